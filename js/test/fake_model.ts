// A fake anywidget model for node tests (lonboard's src/tests/fake-widget-model.ts is the model): traitlets in a
// plain object, change events on set (as Backbone fires them), sent messages recorded. And scene replies made by
// hand (docs/protocol.md).
import type { AnyModel } from "../src/controllers/model";
import type { EntityMsg, SceneMsg } from "../src/protocol";

type Handler = (...args: never[]) => void;

export class FakeModel implements AnyModel {
  readonly sent: unknown[] = [];
  saves = 0;
  private handlers = new Map<string, Handler[]>();

  constructor(public state: Record<string, unknown> = {}) {}

  get(name: string): unknown {
    return this.state[name];
  }

  set(name: string, value: unknown): void {
    const old = this.state[name];
    this.state[name] = value;
    if (JSON.stringify(old) !== JSON.stringify(value)) this.emit(`change:${name}`, value);
  }

  on(event: string, cb: Handler): void {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), cb]);
  }

  off(event?: string | null, cb?: Handler | null): void {
    if (!event) this.handlers.clear();
    else if (!cb) this.handlers.delete(event);
    else this.handlers.set(event, (this.handlers.get(event) ?? []).filter((h) => h !== cb));
  }

  send(content: unknown): void {
    this.sent.push(content);
  }

  save_changes(): void {
    this.saves++;
  }

  /** What the kernel does: change a traitlet (no echo to save) or deliver a custom message. */
  emit(event: string, ...args: unknown[]): void {
    for (const cb of [...(this.handlers.get(event) ?? [])]) (cb as (...a: unknown[]) => void)(...args);
  }

  handlerCount(): number {
    let n = 0;
    for (const v of this.handlers.values()) n += v.length;
    return n;
  }

  /** The messages of `type` sent so far. */
  sentOf<T = Record<string, unknown>>(type: string): T[] {
    return this.sent.filter((m) => (m as { type?: string }).type === type) as T[];
  }
}

/** The traitlets of a fresh viewer on a sequence timeline "frame" 0..10 with marks 0, 5, 10. */
export function viewerState(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    timeline: "frame",
    time: 0,
    playing: false,
    speed: 1,
    loop: false,
    follow: false,
    timelines: [{ name: "frame", kind: "sequence", min: 0, max: 10, marks: [0, 5, 10] }],
    entity_paths: ["a"],
    hidden: [],
    width: 320,
    height: 240,
    data_version: 0,
    camera: null,
    ...over,
  };
}

type Arr = Float32Array | Uint8Array | Uint32Array;

/** An entity of a reply: components as typed arrays of shape (rows, width) (width from the key's known fields). */
export function entity(path: string, comps: Record<string, Arr | string[] | null>): { path: string; comps: Record<string, Arr | string[] | null> } {
  return { path, comps };
}

const WIDTH: Record<string, number> = { positions: 3, half_sizes: 3, centers: 3, vectors: 3, colors: 4, quaternions: 4 };

/** A full scene reply with its buffers (every numeric component one buffer). */
export function sceneMsg(id: number, ents: ReturnType<typeof entity>[], view = "v", over: Partial<SceneMsg> = {}): { msg: SceneMsg; buffers: DataView[] } {
  const buffers: DataView[] = [];
  const entities: EntityMsg[] = ents.map((e) => {
    const comps: EntityMsg["comps"] = {};
    for (const [k, a] of Object.entries(e.comps)) {
      if (a === null || Array.isArray(a)) {
        comps[k] = a === null ? null : { text: a };
        continue;
      }
      const w = WIDTH[k.slice(k.indexOf(":") + 1)] ?? 1;
      const dtype = a instanceof Float32Array ? "float32" : a instanceof Uint8Array ? "uint8" : "uint32";
      buffers.push(new DataView(a.buffer, a.byteOffset, a.byteLength));
      comps[k] = { buf: buffers.length - 1, dtype, shape: w === 1 ? [a.length] : [a.length / w, w] };
    }
    return { path: e.path, color: [200, 200, 200, 255], comps };
  });
  const msg: SceneMsg = { type: "scene", id, view, full: true, timeline: "frame", time: 0, bounds: [-1, -1, -1, 1, 1, 1], entities, ...over };
  return { msg, buffers };
}

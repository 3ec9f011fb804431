// A latest-at view's data without a scene graph (text documents, bar charts): `query` with `space`, scene replies
// applied to a SceneState (QueryClient: one in flight, coalesced, stale replies dropped, pushed scenes taken
// when they continue what the view holds). The view draws from `state` when told.
import { PartAssembler } from "../parts";
import { applyScene, isPush, SceneState, type KernelMsg, type PartMsg, type RawBuffer, type SceneMsg } from "../protocol";
import { QueryClient } from "../query_client";
import type { Cursor } from "./cursor";

export interface LatestAtEvents {
  changed(): void;
  error(message: string | null): void;
}

export class LatestAt {
  readonly state = new SceneState();
  readonly client: QueryClient;
  /** replies over 4 MB (a big graph) come in `part` messages */
  private readonly parts = new PartAssembler();

  constructor(
    readonly view: string,
    space: string | null,
    private readonly cursor: Cursor,
    send: (msg: unknown) => void,
    private readonly ev: LatestAtEvents,
  ) {
    this.client = new QueryClient(view, send);
    this.client.space = space;
  }

  query(): void {
    this.client.request({ timeline: this.cursor.timeline, time: this.cursor.time });
  }

  onMessage(content: unknown, buffers: readonly RawBuffer[]): void {
    if (!content || typeof content !== "object") return;
    if (isPush(content)) {
      const head = { view: content.view, base: content.base, id_as: content.id_as, timeline: String(content.timeline ?? ""), time: Number(content.time) };
      if (!this.client.acceptPush(head)) return;
      if (this.apply({ ...content, id: content.id_as } as SceneMsg, buffers)) this.client.pushed(head);
      return;
    }
    let msg = content as KernelMsg;
    if (msg.type === "part") {
      const whole = this.assemble(msg, buffers);
      if (!whole) return;
      msg = whole.content as KernelMsg;
      buffers = whole.buffers;
    }
    const v = this.client.onMessage(msg);
    if (v.action === "drop") return;
    if (v.action === "error") {
      this.ev.error(v.message);
      this.client.applied(v.query.id, false);
      return;
    }
    this.client.applied(v.query.id, this.apply(msg as SceneMsg, buffers));
  }

  private assemble(msg: PartMsg, buffers: readonly RawBuffer[]): { content: unknown; buffers: DataView[] } | null {
    if (msg.view !== this.view) return null;
    try {
      return this.parts.add(msg, buffers);
    } catch (e) {
      this.ev.error(`bad reply part: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  }

  private apply(msg: SceneMsg, buffers: readonly RawBuffer[]): boolean {
    try {
      applyScene(this.state, msg, buffers);
    } catch (e) {
      this.ev.error(`could not apply the reply: ${e instanceof Error ? e.message : String(e)}`);
      this.client.resetBase();
      return false;
    }
    this.ev.error(null);
    this.ev.changed();
    return true;
  }
}

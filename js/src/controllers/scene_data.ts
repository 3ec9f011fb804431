// A view's scene data: asks the kernel for the scene at the cursor (QueryClient: one query in flight, stale replies
// dropped), reassembles replies sent in parts, applies them to the SceneState and the SceneGraph; while playing,
// asks for windows of frames (Player) and applies those whose time has come. Drawing is the view's (SceneEvents).
// Images that travel compressed are decoded before a reply is applied (replies stay in order meanwhile); once the
// cursor rests on a lossy picture, the view asks again with `exact` for the logged bytes (REFINE_MS).
import { codedDescs, decodeImages, decodeInto } from "../image_transport";
import { PartAssembler } from "../parts";
import { frameBuffers, Player } from "../player";
import { applyScene, isPush, type Changes, SceneState, type PushMsg, type FrameMsg, type FramesMsg, type KernelMsg, type PartMsg, type RawBuffer, type SceneMsg } from "../protocol";
import { QueryClient } from "../query_client";
import { SceneGraph } from "../scene_graph";
import type { TimelineInfo } from "../time_units";
import type { CursorListener } from "../views/view";
import type { RenderCtx } from "../visuals/visual";
import type { Cursor } from "./cursor";

export interface SceneEvents {
  /** A reply was applied to the state; the graph follows next (the camera fits the first bounds here). */
  applied(state: SceneState): void;
  /** Draw now; `finish`: wait for the GPU, so that the reply's render time is measured. */
  draw(finish: boolean): void;
  /** A reply or a batch of playback frames was drawn (test hooks). */
  drawn(stats: Record<string, number>): void;
  error(message: string | null): void;
  /** A window of playback frames arrived. */
  window(): void;
  /** A window failed: playback stops. */
  stopPlaying(): void;
}

export interface SceneHost {
  readonly cursor: Cursor;
  send(msg: unknown): void;
  loop(): boolean;
}

const ms = (x: number): number => Math.round(x * 100) / 100;
const EMPTY = new ArrayBuffer(0);
/** The cursor rested this long on a picture that travelled lossy: ask for the exact bytes. */
export const REFINE_MS = 150;
const errText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class SceneData implements CursorListener {
  readonly state = new SceneState();
  readonly graph: SceneGraph;
  readonly client: QueryClient;
  private parts = new PartAssembler();
  private player: Player | null = null;
  /** a query was wanted while playing (frames are deltas on what the view holds: it waits for the stop) */
  private staleWhilePlaying = false;
  private disposed = false;
  /** replies waiting for an earlier one's images to decode (null: none: replies are applied as they come) */
  private chain: Promise<void> | null = null;
  /** playback frames whose images are still decoding (the player holds them back until they are done) */
  private decoding = new Set<FrameMsg>();
  /** the refinement timer, and the id of the lossy reply it refines */
  private refine: { timer: ReturnType<typeof setTimeout>; id: number } | null = null;

  constructor(
    readonly view: string,
    ctx: RenderCtx,
    private readonly host: SceneHost,
    private readonly ev: SceneEvents,
    /** the layout view id (v2 `space`), or null: the whole spatial scene (v1) */
    readonly space: string | null = null,
  ) {
    this.graph = new SceneGraph(ctx);
    this.client = new QueryClient(view, (msg) => host.send(msg));
    this.client.space = space;
  }

  seek(): void {
    if (this.player) this.player.reset(this.host.cursor.time); // the user moved the playhead: queue from there
    else this.query();
  }

  refresh(): void {
    this.query();
  }

  playStart(tl: TimelineInfo): void {
    this.player = new Player(tl);
    this.player.reset(this.host.cursor.time);
    this.staleWhilePlaying = false;
  }

  playTick(tl: TimelineInfo, speed: number, wrapped: boolean, moved: boolean): void {
    const p = this.player;
    if (!p) {
      if (moved) this.query();
      return;
    }
    p.tl = tl;
    if (wrapped) p.wrapped();
    this.playFrames(p);
    this.requestWindow(p, speed);
  }

  playStop(): void {
    const wasPlaying = this.player !== null;
    this.player = null;
    // the frames shown were thinned to the display rate: ask once for the exact latest-at here
    if (wasPlaying || this.staleWhilePlaying) this.query();
    this.staleWhilePlaying = false;
  }

  private query(): void {
    if (this.disposed) return;
    if (this.player) {
      this.staleWhilePlaying = true;
      return;
    }
    this.client.request({ timeline: this.host.cursor.timeline, time: this.host.cursor.time });
  }

  onMessage(content: unknown, buffers: readonly RawBuffer[]): void {
    if (this.disposed || !content || typeof content !== "object") return;
    let msg = content as KernelMsg;
    if (msg.type === "part") {
      const whole = this.assemble(msg, buffers);
      if (!whole) return;
      [msg, buffers] = whole;
    }
    const coded = this.toDecode(msg).length > 0;
    if (msg.type === "frames" && coded && !this.chain) this.decodeFrames(msg, buffers);
    else if (this.chain || coded) this.later(msg, buffers);
    else this.dispatch(msg, buffers);
  }

  /** Queue a window's frames now and decode their images meanwhile, each frame playable once its own are done
   * (the first frames play while the later ones decode). */
  private decodeFrames(msg: FramesMsg, buffers: readonly RawBuffer[]): void {
    const out = buffers.slice();
    for (const f of msg.frames) {
      if (!codedDescs([f]).length) continue;
      this.decoding.add(f);
      decodeInto([f], out)
        .catch((e: unknown) => console.warn("rerun_nb: could not decode an image of a playback frame", e))
        .finally(() => this.decoding.delete(f));
    }
    this.dispatch(msg, out);
  }

  /** The compressed images of `msg` worth decoding (none for a reply that would be dropped as stale). */
  private toDecode(msg: KernelMsg): ReturnType<typeof codedDescs> {
    if (msg.type === "frames") return msg.view === this.view && this.player ? codedDescs(msg.frames ?? []) : [];
    if (msg.type !== "scene" || msg.view !== this.view) return [];
    if (!isPush(msg) && msg.id !== this.client.inFlight?.id) return [];
    return codedDescs([msg]);
  }

  /** Decode `msg`'s images, then handle it, after every message before it. */
  private later(msg: KernelMsg, buffers: readonly RawBuffer[]): void {
    const descs = this.toDecode(msg);
    const frames = msg.type === "frames" ? (msg.frames ?? []) : [msg as SceneMsg];
    const run = async (): Promise<void> => {
      let bufs = buffers;
      if (descs.length) {
        try {
          bufs = await decodeImages(frames, buffers);
        } catch (e) {
          return this.undecodable(msg, e);
        }
      }
      if (!this.disposed) this.dispatch(msg, bufs, descs.length > 0);
    };
    const p = (this.chain ?? Promise.resolve()).then(run);
    this.chain = p;
    void p.finally(() => {
      if (this.chain === p) this.chain = null;
    });
  }

  private undecodable(msg: KernelMsg, e: unknown): void {
    if (this.disposed) return;
    console.warn("rerun_nb: could not decode an image of a reply", e);
    this.ev.error(`could not decode an image: ${errText(e)}`);
    if (msg.type === "frames") return this.ev.stopPlaying();
    if (isPush(msg)) return;
    this.client.resetBase();
    this.client.applied((msg as SceneMsg).id, false);
  }

  /** Handle a whole reply; `lossy`: pictures in it travelled lossy (decoded already). */
  private dispatch(msg: KernelMsg, buffers: readonly RawBuffer[], lossy = false): void {
    if (msg.type === "frames") return this.onFrames(msg, buffers);
    if (isPush(msg)) return this.onPush(msg, buffers);
    const p = this.player;
    if (msg.type === "error" && p?.inFlight && msg.id === p.inFlight.id && msg.view === this.view) {
      this.ev.error(String(msg.message));
      this.ev.stopPlaying();
      return;
    }
    this.onReply(msg, buffers, lossy);
  }

  private assemble(msg: PartMsg, buffers: readonly RawBuffer[]): [KernelMsg, readonly RawBuffer[]] | null {
    if (msg.view !== this.view) return null;
    try {
      const whole = this.parts.add(msg, buffers);
      return whole ? [whole.content as KernelMsg, whole.buffers] : null;
    } catch (e) {
      console.warn("rerun_nb: bad reply part", e);
      return null;
    }
  }

  private onFrames(msg: FramesMsg, buffers: readonly RawBuffer[]): void {
    if (msg.view !== this.view || !this.player) return;
    this.player.onFrames(msg, buffers, this.host.loop());
    this.ev.window();
  }

  private onReply(msg: KernelMsg, buffers: readonly RawBuffer[], lossy: boolean): void {
    const verdict = this.client.onMessage(msg);
    if (verdict.action === "drop") return;
    if (verdict.action === "error") {
      this.ev.error(verdict.message);
      this.client.applied(verdict.query.id, false);
      return;
    }
    try {
      this.apply(msg as SceneMsg, buffers, verdict.rttMs);
      this.ev.error(null);
      this.client.applied(verdict.query.id, true);
      if (lossy) this.refineLater(verdict.query.id);
    } catch (e) {
      // a reply we cannot apply: say so, and ask for a full scene next time
      console.warn("rerun_nb: could not apply scene reply", e);
      this.ev.error(`could not apply scene reply: ${errText(e)}`);
      this.client.resetBase();
      this.client.applied(verdict.query.id, false);
    }
  }

  /** A scene Python's cursor move made the kernel send: applied when it continues what this view holds. */
  private onPush(msg: PushMsg, buffers: readonly RawBuffer[]): void {
    const head = { view: msg.view, base: msg.base, id_as: msg.id_as, timeline: String(msg.timeline ?? ""), time: Number(msg.time) };
    if (!this.client.acceptPush(head, this.player !== null)) return;
    try {
      this.apply({ ...msg, id: msg.id_as } as SceneMsg, buffers, 0);
      this.ev.error(null);
      this.client.pushed(head);
    } catch (e) {
      console.warn("rerun_nb: could not apply a pushed scene", e);
      this.client.resetBase();
      this.query();
    }
  }

  /** Reply `id` (just applied) had pictures that travelled lossy: ask for them exact once the cursor rests. */
  private refineLater(id: number): void {
    if (this.refine) clearTimeout(this.refine.timer);
    const timer = setTimeout(() => {
      this.refine = null;
      const c = this.client;
      if (this.disposed || this.player || c.base !== id || c.inFlight || c.pending) return;
      c.request({ timeline: this.host.cursor.timeline, time: this.host.cursor.time, exact: true });
    }, REFINE_MS);
    this.refine = { timer, id };
  }

  private apply(msg: SceneMsg, buffers: readonly RawBuffer[], rttMs: number): void {
    const t0 = performance.now();
    const changes = applyScene(this.state, msg, buffers);
    this.ev.applied(this.state);
    this.graph.update(this.state, changes);
    this.ev.draw(true);
    let bytes = 0;
    for (const b of buffers) bytes += (b as ArrayBufferView | ArrayBuffer).byteLength;
    this.ev.drawn({ id: msg.id, time: msg.time, rtt_ms: ms(rttMs), render_ms: ms(performance.now() - t0), bytes });
  }

  /** Apply the queued frames whose time has come, then draw once. */
  private playFrames(p: Player): void {
    const due = p.due(this.host.cursor.time, (f) => !this.decoding.has(f));
    if (!due.length) return;
    const t0 = performance.now();
    let bytes = 0;
    // several frames due at once (a slow tick): the state takes each, the graph is built once for all of them
    let changes: Changes | null = null;
    try {
      for (const q of due) {
        const f = q.frame;
        const scene = { ...f, type: "scene", view: this.view, timeline: this.host.cursor.timeline } as SceneMsg;
        const ch = applyScene(this.state, scene, q.buffers);
        changes = changes ? mergeChanges(changes, ch) : ch;
        this.client.base = f.id;
        bytes += q.bytes;
        // what the state now holds stays alive through it; the window's list lets go of this frame's bytes
        for (const i of frameBuffers(f)) (q.buffers as RawBuffer[])[i] = EMPTY;
      }
    } catch (e) {
      if (changes) this.graph.update(this.state, changes);
      console.warn("rerun_nb: could not apply a playback frame", e);
      this.ev.error(`could not apply a playback frame: ${errText(e)}`);
      this.client.resetBase();
      p.reset(this.host.cursor.time);
      return;
    }
    if (changes) this.graph.update(this.state, changes);
    this.ev.draw(false); // (no GPU wait while playing: it would stall the page)
    const last = due[due.length - 1]!.frame;
    this.ev.drawn({ id: last.id, time: last.time, render_ms: ms(performance.now() - t0), bytes, frames: due.length });
  }

  private requestWindow(p: Player, speed: number): void {
    if (this.client.inFlight) return; // a scrub query still on its way: its reply is the base of the window
    const req = p.wants(this.host.cursor.time, speed);
    if (!req) return;
    const id = this.client.reserve(req.max_frames);
    p.sent(id, req);
    const space = this.space === null ? {} : { space: this.space };
    this.host.send({ type: "window", id, view: this.view, ...space, base: p.lastId ?? this.client.base, ...req });
  }

  dispose(): void {
    this.disposed = true;
    if (this.refine) clearTimeout(this.refine.timer);
    this.graph.dispose();
  }
}


/** What two replies applied one after the other changed (the graph reads the state after both). */
function mergeChanges(a: Changes, b: Changes): Changes {
  const entities = new Map(a.entities);
  for (const [p, archs] of b.entities) entities.set(p, new Set([...(entities.get(p) ?? []), ...archs]));
  return {
    full: a.full || b.full,
    entities,
    removed: new Set([...a.removed, ...b.removed]),
    transforms: new Set([...a.transforms, ...b.transforms]),
  };
}

// One query in flight per view, one pending slot (newest wins), stale-reply drop, `base` bookkeeping.
// Pure logic: the transport (model.send) and the clock are injected.
import type { KernelMsg, QueryMsg } from "./protocol";

export interface QueryTarget {
  timeline: string;
  time: number;
  /** ask for the logged bytes of every image (the refinement of a lossy picture) */
  exact?: boolean;
}

export interface InFlight extends QueryTarget {
  id: number;
  sentAt: number;
  /** a pushed scene was applied meanwhile: this reply is a delta against a state the view no longer holds */
  superseded?: boolean;
}

export type ReplyVerdict =
  | { action: "apply"; query: InFlight; rttMs: number }
  | { action: "error"; query: InFlight; message: string }
  | { action: "drop"; reason: string };

/** A pushed scene (docs/protocol.md "Pushed scenes") as the client sees it. */
export interface PushHeader {
  view: string;
  base: number | null;
  id_as: number;
  timeline: string;
  time: number;
}

export class QueryClient {
  /** id of the last reply this view applied, or null (next query asks for a full scene) */
  base: number | null = null;
  inFlight: InFlight | null = null;
  pending: QueryTarget | null = null;
  private nextId = 1;
  sent = 0;
  dropped = 0;
  /** the layout view id sent as `space` (v2), or null (v1: the whole scene) */
  space: string | null = null;
  /** where the last applied pushed scene put the view (a pending query for the same moment is not sent) */
  private pushedAt: QueryTarget | null = null;

  constructor(
    readonly view: string,
    private readonly send: (msg: QueryMsg) => void,
    private readonly now: () => number = () => performance.now(),
    /** a query with no answer after this long is abandoned (its late reply is dropped) and the newest re-sent */
    private readonly timeoutMs = 60_000,
  ) {}

  /** Ask for the scene at (timeline, time). Sent now if nothing is in flight, else it overwrites the pending slot. */
  request(target: QueryTarget): void {
    if (this.inFlight && this.now() - this.inFlight.sentAt > this.timeoutMs) this.inFlight = null;
    if (this.inFlight) {
      this.pending = { ...target };
      return;
    }
    this.pending = null;
    this.sendNow(target);
  }

  /** Ids for a playback window of up to `n` frames (frame k gets id + k); later queries get later ids. */
  reserve(n: number): number {
    const id = this.nextId;
    this.nextId += Math.max(1, Math.floor(n));
    return id;
  }

  /** Forget the applied state (e.g. the reply could not be applied): the next query asks for a full scene. */
  resetBase(): void {
    this.base = null;
  }

  private sendNow(t: QueryTarget): void {
    const id = this.nextId++;
    this.inFlight = { id, timeline: t.timeline, time: t.time, sentAt: this.now() };
    this.sent++;
    const msg: QueryMsg = { type: "query", id, view: this.view, timeline: t.timeline, time: t.time, base: this.base };
    if (this.space !== null) msg.space = this.space;
    if (t.exact) msg.exact = true;
    this.send(msg);
  }

  /**
   * Classify a kernel message. For "apply" the caller applies the reply, then calls `applied(id, ok)`, which
   * records `base` and sends the pending query if there is one. For "error", call `applied(id, false)` too.
   */
  onMessage(msg: KernelMsg): ReplyVerdict {
    if (msg.type === "scene") {
      if (msg.view !== this.view) return this.drop("other view");
      if (!this.inFlight || msg.id !== this.inFlight.id) return this.drop("stale");
      if (this.inFlight.superseded) {
        this.finishSuperseded();
        return this.drop("superseded by a pushed scene");
      }
      return { action: "apply", query: this.inFlight, rttMs: this.now() - this.inFlight.sentAt };
    }
    if (msg.type === "error") {
      if (msg.view !== undefined && msg.view !== this.view) return this.drop("other view");
      if (!this.inFlight || msg.id !== this.inFlight.id) return this.drop("not ours");
      return { action: "error", query: this.inFlight, message: String(msg.message) };
    }
    return this.drop("not a reply");
  }

  /** The in-flight reply `id` was handled; `ok` = it was applied (it becomes the new base). */
  applied(id: number, ok: boolean): void {
    if (!this.inFlight || this.inFlight.id !== id) return;
    this.inFlight = null;
    if (ok) this.base = id;
    const next = this.pending;
    this.pending = null;
    if (next) this.sendNow(next);
  }

  /** Apply a pushed scene? Only when it is a delta against what this view last applied, and no playback window
   * is on its way (`playing`). Then call `pushed`. */
  acceptPush(p: PushHeader, playing = false): boolean {
    if (p.view !== this.view || playing || !Number.isInteger(p.id_as)) return false;
    return p.base === this.base;
  }

  /** A pushed scene was applied: it is the new base; a reply still on its way is now stale. */
  pushed(p: PushHeader): void {
    this.base = p.id_as;
    this.pushedAt = { timeline: p.timeline, time: p.time };
    if (this.inFlight) this.inFlight.superseded = true;
  }

  private finishSuperseded(): void {
    this.inFlight = null;
    const next = this.pending;
    this.pending = null;
    const at = this.pushedAt;
    if (next && !(at && at.timeline === next.timeline && at.time === next.time)) this.sendNow(next);
  }

  private drop(reason: string): ReplyVerdict {
    this.dropped++;
    return { action: "drop", reason };
  }
}

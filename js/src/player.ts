// Playback without a round trip per frame: the kernel answers `window` requests with a batch of per-frame
// scene deltas (docs/protocol.md); the player queues them and hands out, at each animation frame, those whose
// time has come. The next window is asked for while the queue still holds `lead()` of playback (LOOKAHEAD_S, or 1.5x
// the time the last windows took to arrive). Pure logic:
// the transport and the clock live in controllers/scene_data.ts and controllers/playback.ts. The queue is bounded in
// bytes too (PREFETCH_BYTES: each queued frame's own buffers, decoded; a frame's bytes are let go once it is
// applied): a window asks for at most what is left of it.
import type { FrameMsg, FramesMsg, RawBuffer, WindowRequest } from "./protocol";
import { frameStep, loopSpan, unitsPerSecond, type TimelineInfo } from "./time_units";

/** Seconds of playback (wall clock) the queue should hold before the next window is asked for. */
export const LOOKAHEAD_S = 1.0;
/** Frames per window at most (the kernel caps it too). */
export const WINDOW_FRAMES = 48;
/** Bytes of queued frames (decoded) the page holds at most beyond what is on screen. */
export const PREFETCH_BYTES = 64 * 1024 * 1024;

export interface QueuedFrame {
  lap: number;
  frame: FrameMsg;
  buffers: readonly RawBuffer[];
  /** the bytes of the frame's own buffers */
  bytes: number;
}

/** Indices of the buffers a frame uses (the frames of a window share one buffer list, each its own buffers). */
export function frameBuffers(f: FrameMsg): Set<number> {
  const idx = new Set<number>();
  if (f.transforms && typeof f.transforms.buf === "number") idx.add(f.transforms.buf);
  for (const e of f.entities ?? []) {
    for (const d of Object.values(e.comps ?? {})) {
      if (d && "buf" in d) {
        idx.add(d.buf);
        if (typeof d.offsets === "number") idx.add(d.offsets);
      }
    }
  }
  return idx;
}

/** Bytes a frame's own buffers hold once decoded (a compressed image counts as its decoded size). */
function frameBytes(f: FrameMsg, buffers: readonly RawBuffer[]): number {
  let n = 0;
  const coded = new Set<number>();
  for (const e of f.entities ?? []) {
    for (const d of Object.values(e.comps ?? {})) {
      if (d && "buf" in d && d.codec) {
        coded.add(d.buf);
        n += Number(d.shape[0]) || 0;
      }
    }
  }
  for (const i of frameBuffers(f)) if (!coded.has(i)) n += (buffers[i] as ArrayBufferView | undefined)?.byteLength ?? 0;
  return n;
}

export class Player {
  queue: QueuedFrame[] = [];
  /** the playhead's lap (bumped on each wrap of a looping playback) */
  lap = 0;
  /** id of the window in flight, with the lap its frames belong to */
  inFlight: { id: number; lap: number; end: number } | null = null;
  /** where the next window starts; null = the end was reached (no loop) */
  next: { lap: number; t: number; excl: boolean } | null = null;
  /** id of the last frame queued (the base of the next window), or null: use the view's base */
  lastId: number | null = null;
  received = 0;
  /** bytes the queued frames hold (at most `budget`, or one frame's when a frame alone is over it) */
  queuedBytes = 0;
  /** seconds from asking for the last window to having its frames (kernel, transport, decoding) */
  latency = 0;
  private sentAt = 0;

  constructor(
    public tl: TimelineInfo,
    readonly budget: number = PREFETCH_BYTES,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Seconds of playback to hold queued: LOOKAHEAD_S, or more when windows take longer than that to arrive. */
  lead(): number {
    return Math.max(LOOKAHEAD_S, 1.5 * this.latency);
  }

  /** Start (or restart after a user scrub) at `time`: the queue is dropped, the next window starts there. */
  reset(time: number): void {
    this.queue = [];
    this.queuedBytes = 0;
    this.lap = 0;
    this.inFlight = null;
    this.lastId = null;
    this.next = { lap: 0, t: time, excl: false };
  }

  /** The next window to ask for, if the queue runs short and none is in flight. */
  wants(time: number, speed: number): WindowRequest | null {
    const n = this.next;
    if (this.inFlight || !n) return null;
    const room = this.budget - this.queuedBytes;
    if (room <= 0 && this.queue.length) return null; // full: the queue drains first
    const tl = this.tl;
    const rate = unitsPerSecond(tl, speed);
    const ahead = (n.lap - this.lap) * loopSpan(tl) + (n.t - time);
    const lead = this.lead();
    if (ahead / rate >= lead) return null;
    const end = Math.min(n.t + 2 * lead * rate, tl.max);
    // one frame per display frame at most: frames in between would never be seen
    const max_bytes = Math.max(1, room);
    return { timeline: tl.name, start: n.t, end, start_exclusive: n.excl, max_frames: WINDOW_FRAMES, min_step: frameStep(tl, rate), max_bytes };
  }

  sent(id: number, req: WindowRequest): void {
    this.inFlight = { id, lap: this.next?.lap ?? this.lap, end: req.end };
    this.sentAt = this.now();
  }

  /** A `frames` reply: queue its frames if it is the window in flight; false if it was dropped. */
  onFrames(msg: FramesMsg, buffers: readonly RawBuffer[], loop: boolean): boolean {
    const w = this.inFlight;
    if (!w || msg.id !== w.id) return false;
    this.inFlight = null;
    // the slowest recent window sets the lead (decaying, so that one slow window is forgotten)
    this.latency = Math.max((this.now() - this.sentAt) / 1000, 0.8 * this.latency);
    const frames = Array.isArray(msg.frames) ? msg.frames : [];
    for (const f of frames) {
      const bytes = frameBytes(f, buffers);
      this.queuedBytes += bytes;
      this.queue.push({ lap: w.lap, frame: f, buffers, bytes });
    }
    this.received += frames.length;
    if (frames.length) this.lastId = frames[frames.length - 1]!.id;
    const last = frames.length ? Number(frames[frames.length - 1]!.time) : null;
    if (!msg.complete && last !== null) this.next = { lap: w.lap, t: last, excl: true };
    else if (w.end < this.tl.max) this.next = { lap: w.lap, t: w.end, excl: true };
    else this.next = loop ? { lap: w.lap + 1, t: this.tl.min, excl: false } : null;
    return true;
  }

  /** The playhead wrapped around (looping). */
  wrapped(): void {
    this.lap++;
  }

  /** Frames due at `time` (in order, up to the first not `ready` yet: its images are still decoding); they leave
   * the queue. */
  due(time: number, ready: (f: FrameMsg) => boolean = () => true): QueuedFrame[] {
    let k = 0;
    while (k < this.queue.length) {
      const q = this.queue[k]!;
      if (!ready(q.frame)) break;
      if (q.lap < this.lap || (q.lap === this.lap && Number(q.frame.time) <= time)) k++;
      else break;
    }
    const out = k ? this.queue.splice(0, k) : [];
    for (const q of out) this.queuedBytes -= q.bytes;
    return out;
  }
}

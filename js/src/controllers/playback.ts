// Moves the shared cursor: scrubs, steps between marks, and plays (one animation-frame loop advancing the time
// by wall clock, time_units.advance). Views are told; the kernel is told through a TimeSink (traitlets.ts).
import { stepMark } from "../timeline";
import { advance, type TimelineInfo } from "../time_units";
import type { CursorListener } from "../views/view";
import type { Cursor } from "./cursor";

/** The timeline bar as the playback sees it. */
export interface TimelineUi {
  setTimelines(tls: TimelineInfo[], selected: string): void;
  setTime(t: number): void;
  setPlaying(p: boolean): void;
}

/** Where the cursor goes on the kernel side (the traitlets), and the playback settings read from there. */
export interface TimeSink {
  /** `time` changed: save it, throttled (more while playing). */
  saveTime(): void;
  /** A throttled save is pending: do it now. */
  flushPending(): void;
  /** Playback reached the end (no loop): `playing` and `time` are saved now. */
  ended(): void;
  speed(): number;
  loop(): boolean;
}

export interface FrameClock {
  request(cb: (now: number) => void): number;
  cancel(id: number): void;
  now(): number;
}

export const browserClock: FrameClock = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (id) => cancelAnimationFrame(id),
  now: () => performance.now(),
};

export class Playback {
  private carry = 0;
  private lastTick = 0;
  private raf = 0;
  private disposed = false;

  constructor(
    private readonly cursor: Cursor,
    private readonly views: readonly CursorListener[],
    private readonly ui: TimelineUi,
    private readonly sink: TimeSink,
    private readonly clock: FrameClock = browserClock,
  ) {}

  /** The bar shows the cursor's timelines and time. */
  syncUi(): void {
    this.ui.setTimelines(this.cursor.timelines, this.cursor.timeline);
    this.ui.setTime(this.cursor.time);
  }

  /** Move the cursor to `t`; `save`: tell the kernel; `byPlayback`: the views are fed frames instead. */
  setTime(t: number, save = true, byPlayback = false): void {
    if (!Number.isFinite(t)) return;
    this.cursor.time = t;
    this.ui.setTime(t);
    if (!byPlayback) for (const v of this.views) v.seek();
    if (save) this.sink.saveTime();
  }

  /** To the previous / next mark; false when there is no timeline to step on. */
  step(dir: -1 | 1): boolean {
    const tl = this.cursor.info;
    if (!tl) return false;
    const m = stepMark(tl.marks, this.cursor.time, dir);
    if (m !== null) this.setTime(m);
    return true;
  }

  setPlaying(p: boolean): void {
    this.ui.setPlaying(p);
    if (p === this.cursor.playing) return;
    this.cursor.playing = p;
    if (p) this.start();
    else this.stop();
  }

  private start(): void {
    const tl = this.cursor.info;
    if (tl && this.cursor.time >= tl.max && !this.sink.loop()) this.setTime(tl.min);
    if (tl) for (const v of this.views) v.playStart(tl);
    this.lastTick = this.clock.now();
    this.carry = 0;
    this.raf = this.clock.request((now) => this.tick(now));
  }

  private stop(): void {
    if (this.raf) this.clock.cancel(this.raf);
    this.raf = 0;
    // the kernel (and any linked widget) learns where playback stopped now, not a throttle period later
    this.sink.flushPending();
    for (const v of this.views) v.playStop();
  }

  private tick(now: number): void {
    this.raf = 0;
    if (!this.cursor.playing || this.disposed) return;
    const tl = this.cursor.info;
    if (!tl) return this.setPlaying(false);
    const dt = Math.min((now - this.lastTick) / 1000, 0.25);
    this.lastTick = now;
    const speed = this.sink.speed();
    const before = this.cursor.time;
    const s = advance({ time: before, carry: this.carry, playing: true }, tl, dt, speed, this.sink.loop());
    this.carry = s.carry;
    if (s.time !== before) this.setTime(s.time, true, true);
    for (const v of this.views) v.playTick(tl, speed, s.time < before, s.time !== before);
    if (!s.playing) {
      this.sink.ended();
      this.setPlaying(false);
      return;
    }
    this.raf = this.clock.request((t) => this.tick(t));
  }

  dispose(): void {
    this.disposed = true;
    if (this.raf) this.clock.cancel(this.raf);
    this.raf = 0;
  }
}

// The traitlets both sides change (docs/protocol.md): the kernel's changes move the cursor and the views; the
// user's (timeline bar, entity tree, keyboard) are written back, `time` throttled.
import { parseUndrawn, type Undrawn } from "../entity_tree";
import { parseTimelines } from "../timeline";
import type { CursorListener } from "../views/view";
import type { Cursor } from "./cursor";
import { strings, type ModelEvents } from "./model";
import type { Playback, TimeSink } from "./playback";

const SAVE_THROTTLE_MS = 100;
/** While playing, `time` goes to the kernel at most this often (each save is a comm message and an echo); the
 * slider and the label follow every frame locally. */
const PLAY_SAVE_THROTTLE_MS = 250;

/** The bar's playback settings, shown as the traitlets say. */
export interface SettingsUi {
  setLoop(loop: boolean): void;
  setSpeed(speed: number): void;
}

export interface TreeUi {
  set(paths: readonly string[], hidden: readonly string[], undrawn?: Undrawn): void;
}

export interface HidingView extends CursorListener {
  setHidden(hidden: readonly string[]): void;
}

export class TraitletSync implements TimeSink {
  private playback: Playback | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | 0 = 0;
  private lastSave = 0;
  private disposed = false;

  constructor(
    private readonly events: ModelEvents,
    private readonly cursor: Cursor,
    private readonly views: readonly HidingView[],
    private readonly settings: SettingsUi,
    private readonly tree: TreeUi,
    private readonly now: () => number = () => performance.now(),
  ) {
    const m = events.model;
    cursor.timeline = String(m.get("timeline") ?? "");
    cursor.time = Number(m.get("time")) || 0;
    cursor.timelines = parseTimelines(m.get("timelines"));
    cursor.hidden = strings(m.get("hidden"));
  }

  private get model() {
    return this.events.model;
  }

  private get pb(): Playback {
    if (!this.playback) throw new Error("TraitletSync.start was not called");
    return this.playback;
  }

  /** Listen to the kernel, show the model's state, ask the views for their first scene. */
  start(playback: Playback, onSize: () => void): void {
    this.playback = playback;
    const on = (ev: string, cb: () => void): void => this.events.on(ev, cb);
    on("change:time", () => this.kernelTime());
    on("change:timeline", () => this.kernelTimeline());
    on("change:timelines", () => this.kernelTimelines());
    on("change:entity_paths", () => this.showTree());
    on("change:undrawn", () => this.showTree());
    on("change:hidden", () => this.kernelHidden());
    on("change:data_version", () => this.refresh());
    on("change:playing", () => playback.setPlaying(!!this.model.get("playing")));
    on("change:loop", () => this.settings.setLoop(this.loop()));
    on("change:speed", () => this.settings.setSpeed(this.speed()));
    on("change:width", onSize);
    on("change:height", onSize);
    playback.syncUi();
    this.settings.setLoop(this.loop());
    this.settings.setSpeed(this.speed());
    this.showTree();
    onSize();
    this.refresh();
    if (this.model.get("playing")) playback.setPlaying(true);
  }

  // ---- the kernel's changes

  private kernelTime(): void {
    const t = Number(this.model.get("time"));
    if (!Number.isFinite(t) || t === this.cursor.time) return;
    this.pb.setTime(t, false);
    // a time the kernel chose (Python, a restored UI state) follows new data only if it is the end
    const info = this.cursor.info;
    this.following = !!info && t === info.max;
  }

  private kernelTimeline(): void {
    const t = String(this.model.get("timeline") ?? "");
    if (t === this.cursor.timeline) return;
    this.cursor.timeline = t;
    this.pb.syncUi();
    this.refresh();
  }

  /** the cursor is at its timeline's end and moves with it as data comes in */
  private following = true;

  private kernelTimelines(): void {
    const c = this.cursor;
    const before = c.info;
    // A view follows the latest time as data comes in while its cursor is at the end (a new view too). A cursor
    // left before the end stays where it is — also through a re-run of the logging cell, which empties the
    // timeline and logs it again from the start: while the data has not caught up with the cursor
    // (time > max), whether it follows is left as it was. Rerun keeps the time across a re-run the same way.
    if (before && c.time <= before.max) this.following = c.time >= before.max;
    const atEnd = this.following;
    c.timelines = parseTimelines(this.model.get("timelines"));
    this.pb.syncUi();
    const tl = c.info;
    if (tl && (this.model.get("follow") || atEnd) && !c.playing && c.time !== tl.max) this.pb.setTime(tl.max);
  }

  private kernelHidden(): void {
    const h = strings(this.model.get("hidden"));
    if (JSON.stringify(h) !== JSON.stringify(this.cursor.hidden)) this.setHidden(h);
  }

  private refresh(): void {
    for (const v of this.views) v.refresh();
  }

  private showTree(): void {
    this.tree.set(strings(this.model.get("entity_paths")), this.cursor.hidden, parseUndrawn(this.model.get("undrawn")));
  }

  private setHidden(h: string[]): void {
    this.cursor.hidden = h;
    this.showTree();
    for (const v of this.views) v.setHidden(h);
  }

  // ---- the user's changes

  userTimeline(name: string): void {
    const c = this.cursor;
    c.timeline = name;
    this.model.set("timeline", name);
    const tl = c.info;
    if (tl && (c.time < tl.min || c.time > tl.max)) c.time = tl.max;
    this.model.set("time", c.time);
    this.model.save_changes();
    this.pb.syncUi();
    this.refresh();
  }

  userPlaying(p: boolean): void {
    this.model.set("playing", p);
    this.model.save_changes();
    this.pb.setPlaying(p);
  }

  /** Space: play / pause (nothing without a timeline, as the bar's button is disabled then). */
  togglePlaying(): void {
    if (this.cursor.info) this.userPlaying(!this.cursor.playing);
  }

  userLoop(loop: boolean): void {
    this.model.set("loop", loop);
    this.model.save_changes();
  }

  userSpeed(speed: number): void {
    this.model.set("speed", speed);
    this.model.save_changes();
  }

  userHidden(h: string[]): void {
    this.setHidden(h); // first, so that the change:hidden echo of model.set is a no-op
    this.model.set("hidden", h);
    this.model.save_changes();
  }

  // ---- TimeSink

  speed(): number {
    return Number(this.model.get("speed")) || 1;
  }

  loop(): boolean {
    return !!this.model.get("loop");
  }

  saveTime(): void {
    const wait = (this.cursor.playing ? PLAY_SAVE_THROTTLE_MS : SAVE_THROTTLE_MS) - (this.now() - this.lastSave);
    if (wait <= 0 && !this.saveTimer) this.flushTime();
    else if (!this.saveTimer) this.saveTimer = setTimeout(() => this.flushTime(), Math.max(wait, 0));
  }

  flushPending(): void {
    if (!this.saveTimer) return;
    clearTimeout(this.saveTimer);
    this.flushTime();
  }

  ended(): void {
    this.model.set("playing", false);
    this.flushTime();
  }

  /** A playback window failed (the view said why): stop, and tell the kernel. */
  stopPlaying(): void {
    this.userPlaying(false);
  }

  private flushTime(): void {
    this.saveTimer = 0;
    this.lastSave = this.now();
    if (this.disposed) return;
    this.model.set("time", this.cursor.time);
    this.model.save_changes();
  }

  dispose(): void {
    this.flushPending();
    this.disposed = true;
  }
}

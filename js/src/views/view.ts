// A view shows the shared cursor's moment of the recording in its own way (3D today; 2D, time series, text later).
// The widget holds a list of them beside one timeline bar; each asks the kernel for its own data (its own view id).
import type { TimelineInfo } from "../time_units";
import type { RawBuffer } from "../protocol";

/** What the cursor's controllers tell every view. */
export interface CursorListener {
  /** The cursor was moved (by the user or the kernel, not by playback): show the new moment. */
  seek(): void;
  /** What is shown changed (timeline, data, visibility): ask again at the cursor. */
  refresh(): void;
  playStart(tl: TimelineInfo): void;
  /** One playback frame; `wrapped`: a looping playback went back to the start; `moved`: the time changed. */
  playTick(tl: TimelineInfo, speed: number, wrapped: boolean, moved: boolean): void;
  playStop(): void;
}

export interface View extends CursorListener {
  readonly id: string;
  readonly el: HTMLElement;
  /** A custom message from the kernel (replies to this view's requests; others are ignored). */
  onMessage(content: unknown, buffers: readonly RawBuffer[]): void;
  setHidden(hidden: readonly string[]): void;
  dispose(): void;
}

// A view shows the shared cursor's moment of the recording in its own way (3D, 2D, time series, text log, ...).
// The widget holds a list of them beside one timeline bar; each asks the kernel for its own data under its own
// protocol view id (`<widget id>/<layout view id>`, docs/protocol.md "Views (v2)").
import type { Cursor } from "../controllers/cursor";
import type { ModelEvents } from "../controllers/model";
import type { ViewNode } from "../layout_tree";
import type { RawBuffer } from "../protocol";
import type { TimelineInfo } from "../time_units";

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
  /** the protocol view id */
  readonly id: string;
  readonly el: HTMLElement;
  /** A custom message from the kernel (replies to this view's requests; others are ignored). */
  onMessage(content: unknown, buffers: readonly RawBuffer[]): void;
  setHidden(hidden: readonly string[]): void;
  /** The layout changed but kept this view (same id and class): its entities or properties may differ. */
  setNode?(node: ViewNode): void;
  /** The time range the user zoomed this view to (a plot's time axis), or null. */
  shownRange?(): [number, number] | null;
  /** The v1 single view sizes itself from the `width` / `height` traitlets. */
  applySize?(): void;
  /** `release`: tell the kernel to forget this view's state (false when the whole widget is released at once). */
  dispose(release?: boolean): void;
}

/** What a view may use of the widget. */
export interface ViewHost {
  readonly cursor: Cursor;
  readonly events: ModelEvents;
  /** test hooks (data-* of the widget's root) */
  readonly hooks: DOMStringMap;
  stopPlaying(): void;
  /** a view's size changed (the timeline bar redraws its marks) */
  resized(): void;
  /** the user picked a time in a view (a click on a plot) */
  setTime(t: number): void;
  /** the user clicked an entity (an instance of it, or null) in a view */
  select(path: string, instance: number | null): void;
  /** per-view UI state the widget keeps (camera, zoom) by layout view id; null = nothing kept */
  uiGet(key: string): unknown;
  uiSet(key: string, value: unknown): void;
}

/** Which view to make: its protocol id, and its layout node (null: the v1 single 3D view of the whole scene). */
export interface ViewSpec {
  id: string;
  node: ViewNode | null;
}

export type ViewFactory = (host: ViewHost, spec: ViewSpec) => View;

const factories = new Map<string, ViewFactory>();

/** Register the view of a layout class ("3D", "TimeSeries", ...): views/index.ts is the one list. */
export function registerView(cls: string, f: ViewFactory): void {
  if (factories.has(cls)) throw new Error(`two views registered for ${cls}`);
  factories.set(cls, f);
}

export function viewFactory(cls: string): ViewFactory | null {
  return factories.get(cls) ?? null;
}

export function registeredViews(): string[] {
  return [...factories.keys()].sort();
}

/** The test hooks of one view (data-* of its element): frames drawn, requests answered. */
export function bump(hooks: DOMStringMap, key: string): void {
  hooks[key] = String(Number(hooks[key] ?? "0") + 1);
}

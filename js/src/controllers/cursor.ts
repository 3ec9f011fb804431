// What every view shows: the timeline, the time on it, whether it plays, which entities are hidden. One cursor
// per widget, shared by its views and the timeline bar; the controllers change it, the views read it.
import type { TimelineInfo } from "../time_units";

export class Cursor {
  timeline = "";
  time = 0;
  timelines: TimelineInfo[] = [];
  playing = false;
  hidden: string[] = [];

  /** The timeline shown, or null (none selected, or static data only). */
  get info(): TimelineInfo | null {
    return this.timelines.find((t) => t.name === this.timeline) ?? null;
  }
}

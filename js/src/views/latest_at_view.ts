// The base of views that show the latest-at components of their entities and nothing over time (text document,
// bar chart): one `LatestAt` query per cursor move, an error line, hidden entities left out; a view draws.
import { div } from "../controllers/layout";
import { LatestAt } from "../controllers/latest_at";
import type { RawBuffer } from "../protocol";
import type { TimelineInfo } from "../time_units";
import type { View, ViewHost, ViewSpec } from "./view";

export abstract class LatestAtView implements View {
  readonly id: string;
  readonly el: HTMLDivElement;
  protected readonly errorEl = div("rrnb-error");
  protected readonly data: LatestAt;
  protected hidden: readonly string[];

  constructor(
    protected readonly host: ViewHost,
    spec: ViewSpec,
    className: string,
  ) {
    this.id = spec.id;
    this.el = div(className);
    this.hidden = host.cursor.hidden;
    this.el.append(this.errorEl);
    this.errorEl.style.display = "none";
    this.data = new LatestAt(this.id, spec.node?.id ?? null, host.cursor, (m) => host.events.model.send(m), {
      changed: () => this.dataChanged(),
      error: (m) => {
        this.errorEl.textContent = m ?? "";
        this.errorEl.style.display = m ? "" : "none";
      },
    });
  }

  /** Draw the current state (`this.data.state`) without the hidden entities. */
  protected abstract draw(): void;

  /** A new reply was applied. */
  protected dataChanged(): void {
    this.draw();
  }

  /** What the view holds besides its element (observers), given back before the element goes. */
  protected teardown(): void {}

  seek(): void {
    this.data.query();
  }

  refresh(): void {
    this.data.query();
  }

  playStart(_tl: TimelineInfo): void {}

  playTick(_tl: TimelineInfo, _speed: number, _wrapped: boolean, moved: boolean): void {
    if (moved) this.data.query();
  }

  playStop(): void {
    this.data.query();
  }

  onMessage(content: unknown, buffers: readonly RawBuffer[]): void {
    this.data.onMessage(content, buffers);
  }

  setHidden(hidden: readonly string[]): void {
    this.hidden = hidden;
    this.draw();
  }

  dispose(release = true): void {
    this.teardown();
    if (release) {
      try {
        this.host.events.model.send({ type: "release", view: this.id });
      } catch {
        // the comm may be closed
      }
    }
    this.el.remove();
  }
}

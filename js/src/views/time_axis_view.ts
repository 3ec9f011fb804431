// The base of the canvas views whose x axis is the shared timeline (time series, state timeline): the canvas,
// error line and tooltip, one coalesced range request per zoom / pan (`{type: kind, start, end, width}`), wheel
// zoom and drag pan of the time axis, a click sets the time, double-click shows all the data again, and the View
// hooks (hidden entities, cursor moves, release). Subclasses draw and read their own reply.
import { div } from "../controllers/layout";
import { Tooltip } from "../entity_tree";
import type { RawBuffer } from "../protocol";
import { Requester } from "../requests";
import { type Scale, zoomRange } from "../series";
import type { TimelineInfo } from "../time_units";
import type { View, ViewHost, ViewSpec } from "./view";

const CLICK_SLOP = 4;

export interface RangeTarget {
  timeline: string;
  start: number | null;
  end: number | null;
  /** the plot's width in px (the kernel decimates / merges to it) */
  width: number;
}

export abstract class TimeAxisView implements View {
  readonly id: string;
  readonly el: HTMLDivElement;
  protected readonly canvas = document.createElement("canvas");
  protected readonly errorEl = div("rrnb-error");
  protected readonly tooltip = new Tooltip();
  private readonly req: Requester<RangeTarget>;
  private readonly ro: ResizeObserver;
  /** the time range the user zoomed / panned to (null: the data's) */
  protected userRange: [number, number] | null = null;
  private timeline = "";
  protected hidden: readonly string[] = [];
  protected hover: { x: number; y: number } | null = null;
  private press: { x: number; range: [number, number]; moved: boolean } | null = null;
  private raf = 0;

  /**
   * @param kind the request and reply type (`"series"`, `"states"`)
   * @param inset the plot's left and right margins (px): the time axis spans the width between them
   * @param extras elements placed between the canvas and the error line (a legend)
   */
  constructor(
    protected readonly host: ViewHost,
    protected readonly spec: ViewSpec,
    className: string,
    private readonly kind: string,
    private readonly inset: readonly [number, number],
    extras: readonly HTMLElement[] = [],
  ) {
    this.id = spec.id;
    this.el = div(className);
    this.canvas.className = "rrnb-plot-canvas";
    this.el.append(this.canvas, ...extras, this.errorEl, this.tooltip.root);
    this.errorEl.style.display = "none";
    this.hidden = host.cursor.hidden;
    this.req = new Requester((id, t) => this.send(id, t));
    const cv = this.canvas;
    cv.addEventListener("wheel", this.onWheel, { passive: false });
    cv.addEventListener("pointerdown", this.onDown);
    cv.addEventListener("pointermove", this.onMove);
    cv.addEventListener("pointerup", this.onUp);
    cv.addEventListener("pointerleave", this.onLeave);
    cv.addEventListener("dblclick", this.onDbl);
    this.ro = new ResizeObserver(() => this.resized());
    this.ro.observe(this.el);
  }

  /** The time axis shown now (null: nothing to show yet). */
  protected abstract timeScale(): Scale | null;
  /** Draw everything now. */
  protected abstract draw(): void;
  /** Read a reply of this view's kind (the request it answers is settled and expected). */
  protected abstract received(m: Record<string, unknown>, buffers: readonly RawBuffer[]): void;
  /** The canvas changed size (after the redraw). */
  protected afterResize(): void {}

  // ---- geometry

  protected get size(): [number, number] {
    return [Math.max(1, this.el.clientWidth), Math.max(1, this.el.clientHeight)];
  }

  private get plotWidth(): number {
    return Math.max(1, Math.min(8192, Math.round(this.size[0] - this.inset[0] - this.inset[1])));
  }

  // ---- requests

  protected ask(): void {
    const r = this.userRange;
    this.req.request({ timeline: this.host.cursor.timeline, start: r ? r[0] : null, end: r ? r[1] : null, width: this.plotWidth });
  }

  private send(id: number, t: RangeTarget): void {
    this.host.events.model.send({ type: this.kind, id, view: this.id, space: this.spec.node?.id ?? "", ...t });
  }

  onMessage(content: unknown, buffers: readonly RawBuffer[]): void {
    const m = content as Record<string, unknown> | null;
    if (!m || m["view"] !== this.id || !this.req.expects(m["id"])) return;
    this.req.settle(m["id"]);
    if (m["type"] === "error") return this.showError(String(m["message"]));
    if (m["type"] !== this.kind) return;
    this.received(m, buffers);
  }

  protected showError(msg: string | null): void {
    this.errorEl.textContent = msg ?? "";
    this.errorEl.style.display = msg ? "" : "none";
  }

  // ---- drawing

  private resized(): void {
    const [w, h] = this.size;
    const dpr = window.devicePixelRatio || 1;
    const cv = this.canvas;
    if (cv.width === Math.round(w * dpr) && cv.height === Math.round(h * dpr)) return;
    cv.width = Math.round(w * dpr);
    cv.height = Math.round(h * dpr);
    cv.style.width = `${w}px`;
    cv.style.height = `${h}px`;
    this.host.resized();
    this.draw();
    this.afterResize();
  }

  protected requestDraw(): void {
    if (!this.raf) this.raf = requestAnimationFrame(() => ((this.raf = 0), this.draw()));
  }

  // ---- pointer

  private readonly onWheel = (e: WheelEvent): void => {
    const sx = this.timeScale();
    if (!sx) return;
    e.preventDefault();
    const r = this.canvas.getBoundingClientRect();
    const at = sx.fromPx(e.clientX - r.left);
    this.userRange = zoomRange(sx.d0, sx.d1, at, Math.exp(Math.max(-1, Math.min(1, e.deltaY * 0.002))));
    this.draw();
    this.ask();
  };

  private readonly onDown = (e: PointerEvent): void => {
    const sx = this.timeScale();
    if (e.button !== 0 || !sx) return;
    this.press = { x: e.clientX, range: [sx.d0, sx.d1], moved: false };
    this.canvas.setPointerCapture?.(e.pointerId);
  };

  private readonly onMove = (e: PointerEvent): void => {
    const r = this.canvas.getBoundingClientRect();
    const p = this.press;
    if (p) {
      const dx = e.clientX - p.x;
      if (!p.moved && Math.abs(dx) <= CLICK_SLOP) return;
      p.moved = true;
      const dt = (-dx / Math.max(1, this.size[0] - this.inset[0] - this.inset[1])) * (p.range[1] - p.range[0]);
      this.userRange = [p.range[0] + dt, p.range[1] + dt];
      this.hover = null;
      this.requestDraw();
      this.ask();
      return;
    }
    this.hover = { x: e.clientX - r.left, y: e.clientY - r.top };
    this.requestDraw();
  };

  private readonly onUp = (e: PointerEvent): void => {
    const p = this.press;
    this.press = null;
    const sx = this.timeScale();
    const tl = this.host.cursor.info;
    if (!p || p.moved || !sx || !tl) return;
    let t = sx.fromPx(e.clientX - this.canvas.getBoundingClientRect().left);
    if (tl.kind === "sequence") t = Math.round(t);
    this.host.setTime(Math.min(Math.max(t, tl.min), tl.max));
  };

  private readonly onLeave = (): void => {
    this.hover = null;
    this.tooltip.hide();
    this.requestDraw();
  };

  private readonly onDbl = (): void => {
    this.userRange = null;
    this.ask();
  };

  // ---- View

  shownRange(): [number, number] | null {
    return this.userRange ? [this.userRange[0], this.userRange[1]] : null;
  }

  seek(): void {
    this.requestDraw();
  }

  refresh(): void {
    if (this.host.cursor.timeline !== this.timeline) {
      this.timeline = this.host.cursor.timeline;
      this.userRange = null;
    }
    this.ask();
  }

  playStart(_tl: TimelineInfo): void {}

  playTick(_tl: TimelineInfo, _speed: number, _wrapped: boolean, moved: boolean): void {
    if (moved) this.requestDraw();
  }

  playStop(): void {}

  setHidden(hidden: readonly string[]): void {
    this.hidden = hidden;
    this.requestDraw();
  }

  dispose(release = true): void {
    this.ro.disconnect();
    if (this.raf) cancelAnimationFrame(this.raf);
    if (release) this.host.events.model.send({ type: "release", view: this.id });
    this.el.remove();
  }
}

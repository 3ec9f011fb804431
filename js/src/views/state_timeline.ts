// The state timeline view: one horizontal lane per entity with `StateChange` (the `states` reply), each state a
// coloured band until the next change, its label inside when it fits; the shared time cursor as a line; wheel
// zoom and drag pan of the time axis ask for the range shown; hover names the lane, state and its time span; a
// click sets the time, double-click fits the data again (Rerun's auto-fit).
import { div } from "../controllers/layout";
import { Tooltip, fmtNum } from "../entity_tree";
import { isUnder, type RawBuffer } from "../protocol";
import { Requester } from "../requests";
import { Scale, ticks, zoomRange } from "../series";
import { describe, fitRange, openEnd, parseStates, phaseAt, textColor, type Lane, type StatesData } from "../state_lanes";
import { formatTime, type TimelineInfo } from "../time_units";
import { bump, registerView, type View, type ViewHost, type ViewSpec } from "./view";

/** Rerun's layout: a time ruler on top, then per lane a label row and a band. */
const AXIS = 20;
const TOP = 4;
const LABEL = 14;
const BAND = 22;
const GAP = 4;
const LANE = LABEL + BAND + GAP;
const X0 = 8;
const X1 = 8;
const CLICK_SLOP = 4;

interface StatesTarget {
  timeline: string;
  start: number | null;
  end: number | null;
  /** the lanes' width in px: the kernel merges phases narrower than 4 px */
  width: number;
}

const css = (c: readonly number[]): string => `rgba(${c[0]},${c[1]},${c[2]},${(c[3] ?? 255) / 255})`;

export class StateTimelineView implements View {
  readonly id: string;
  readonly el = div("rrnb-view rrnb-plot rrnb-states");
  private readonly canvas = document.createElement("canvas");
  private readonly errorEl = div("rrnb-error");
  private readonly tooltip = new Tooltip();
  private readonly req: Requester<StatesTarget>;
  private readonly ro: ResizeObserver;
  private data: StatesData | null = null;
  private userRange: [number, number] | null = null;
  private timeline = "";
  private hidden: readonly string[] = [];
  private hover: { x: number; y: number } | null = null;
  private press: { x: number; range: [number, number]; moved: boolean } | null = null;
  private raf = 0;

  constructor(
    private readonly host: ViewHost,
    private readonly spec: ViewSpec,
  ) {
    this.id = spec.id;
    this.canvas.className = "rrnb-plot-canvas";
    this.el.append(this.canvas, this.errorEl, this.tooltip.root);
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

  // ---- geometry

  private get size(): [number, number] {
    return [Math.max(1, this.el.clientWidth), Math.max(1, this.el.clientHeight)];
  }

  private get timelineMax(): number | null {
    return this.host.cursor.info?.max ?? null;
  }

  private scale(): Scale | null {
    const dr = this.data?.dataRange;
    const r = this.userRange ?? (dr ? fitRange(dr, this.timelineMax) : null);
    if (!r) return null;
    return new Scale(r[0], r[1], X0, this.size[0] - X1);
  }

  private lanes(): Lane[] {
    return (this.data?.lanes ?? []).filter((l) => !this.hidden.some((h) => isUnder(l.path, h)));
  }

  /** The band's top of lane `i` (px). */
  private bandTop(i: number): number {
    return AXIS + TOP + i * LANE + LABEL;
  }

  // ---- requests

  private ask(): void {
    const r = this.userRange;
    const width = Math.max(1, Math.min(8192, Math.round(this.size[0] - X0 - X1)));
    this.req.request({ timeline: this.host.cursor.timeline, start: r ? r[0] : null, end: r ? r[1] : null, width });
  }

  private send(id: number, t: StatesTarget): void {
    this.host.events.model.send({ type: "states", id, view: this.id, space: this.spec.node?.id ?? "", ...t });
  }

  onMessage(content: unknown, _buffers: readonly RawBuffer[]): void {
    const m = content as Record<string, unknown> | null;
    if (!m || m["view"] !== this.id || !this.req.expects(m["id"])) return;
    this.req.settle(m["id"]);
    if (m["type"] === "error") return this.showError(String(m["message"]));
    if (m["type"] !== "states") return;
    this.data = parseStates(m);
    this.showError(null);
    this.draw();
    bump(this.el.dataset, "frames");
    this.el.dataset.lanes = String(this.data.lanes.length);
  }

  private showError(msg: string | null): void {
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
  }

  private requestDraw(): void {
    if (!this.raf) this.raf = requestAnimationFrame(() => ((this.raf = 0), this.draw()));
  }

  private draw(): void {
    const g = this.canvas.getContext("2d");
    if (!g) return;
    const [w, h] = this.size;
    const dpr = window.devicePixelRatio || 1;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.fillStyle = "#1b1b1f";
    g.fillRect(0, 0, w, h);
    const sx = this.scale();
    const dr = this.data?.dataRange;
    if (!sx || !dr) return;
    this.drawAxis(g, sx);
    const end = openEnd(dr, this.timelineMax);
    const lanes = this.lanes();
    lanes.forEach((lane, i) => this.drawLane(g, sx, lane, this.bandTop(i), end));
    this.drawCursor(g, sx, h);
    this.drawHover(sx, end);
    const rows = lanes.map((l, i) => ({ path: l.path, y0: this.bandTop(i), y1: this.bandTop(i) + BAND }));
    this.el.dataset.plot = JSON.stringify({ x0: sx.p0, x1: sx.p1, t0: sx.d0, t1: sx.d1, lanes: rows });
  }

  private drawAxis(g: CanvasRenderingContext2D, sx: Scale): void {
    const [w, h] = this.size;
    const kind = this.host.cursor.info?.kind ?? "sequence";
    g.font = "10px system-ui, sans-serif";
    g.textAlign = "center";
    g.textBaseline = "middle";
    g.lineWidth = 1;
    for (const t of ticks(sx.d0, sx.d1, Math.max(2, Math.floor((w - X0 - X1) / 90)))) {
      const x = Math.round(sx.toPx(t)) + 0.5;
      g.strokeStyle = "#2c2c36";
      g.beginPath();
      g.moveTo(x, AXIS);
      g.lineTo(x, h);
      g.stroke();
      g.fillStyle = "#9a9ab0";
      g.fillText(kind === "sequence" ? fmtNum(t) : formatTime(t, kind), x, AXIS / 2);
    }
    g.strokeStyle = "#55556a";
    g.beginPath();
    g.moveTo(0, AXIS + 0.5);
    g.lineTo(w, AXIS + 0.5);
    g.stroke();
  }

  private drawLane(g: CanvasRenderingContext2D, sx: Scale, lane: Lane, top: number, end: number): void {
    g.font = "11px system-ui, sans-serif";
    g.textAlign = "left";
    g.textBaseline = "middle";
    g.fillStyle = "#c8c8d8";
    g.fillText(lane.path, X0, top - LABEL / 2); // data → canvas text only
    for (const p of lane.phases) {
      const a = Math.max(sx.p0, sx.toPx(p.start));
      const b = Math.min(sx.p1, sx.toPx(p.end ?? end));
      if (b <= a) continue;
      g.fillStyle = css(p.color);
      g.fillRect(a, top, Math.max(1, b - a - 1), BAND); // a 1 px seam between neighbours
      const tw = g.measureText(p.label).width;
      if (tw + 8 <= b - a) {
        g.fillStyle = textColor(p.color);
        g.fillText(p.label, a + 4, top + BAND / 2);
      }
    }
  }

  private drawCursor(g: CanvasRenderingContext2D, sx: Scale, h: number): void {
    if (!this.host.cursor.info) return;
    const x = Math.round(sx.toPx(this.host.cursor.time)) + 0.5;
    g.strokeStyle = "#e8e8f0";
    g.lineWidth = 1.5;
    g.beginPath();
    g.moveTo(x, AXIS);
    g.lineTo(x, h);
    g.stroke();
  }

  private drawHover(sx: Scale, end: number): void {
    const p = this.hover;
    const i = p ? Math.floor((p.y - AXIS - TOP - LABEL) / LANE) : -1;
    const lane = this.lanes()[i];
    const inBand = p && lane && p.y - this.bandTop(i) <= BAND;
    const ph = inBand ? phaseAt(lane, sx.fromPx(p.x), end) : null;
    if (!p || !lane || !ph) return this.tooltip.hide();
    const kind = this.host.cursor.info?.kind ?? "sequence";
    const fmt = (t: number): string => (kind === "sequence" ? fmtNum(t) : formatTime(t, kind));
    const span = `${this.host.cursor.timeline}: ${fmt(ph.start)} – ${ph.end === null ? "…" : fmt(ph.end)}`;
    this.tooltip.show(p.x, p.y, [lane.path, describe(ph), span]);
  }

  // ---- pointer

  private readonly onWheel = (e: WheelEvent): void => {
    const sx = this.scale();
    if (!sx) return;
    e.preventDefault();
    const r = this.canvas.getBoundingClientRect();
    this.userRange = zoomRange(sx.d0, sx.d1, sx.fromPx(e.clientX - r.left), Math.exp(Math.max(-1, Math.min(1, e.deltaY * 0.002))));
    this.draw();
    this.ask();
  };

  private readonly onDown = (e: PointerEvent): void => {
    const sx = this.scale();
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
      const dt = (-dx / Math.max(1, this.size[0] - X0 - X1)) * (p.range[1] - p.range[0]);
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
    const sx = this.scale();
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

registerView("StateTimeline", (host, spec) => new StateTimelineView(host, spec));

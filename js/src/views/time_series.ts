// The time series view: a 2D canvas plot of the `series` reply (lines or points per series, M4-decimated by the
// kernel), a legend (names as text), the shared time cursor as a line (moving it needs no request), wheel zoom and
// drag pan of the time axis (a new, coalesced `series` request for the range shown), hover shows the nearest
// point's time and value, a click sets the time, double-click shows all the data again.
import { div } from "../controllers/layout";
import { Tooltip, fmtNum } from "../entity_tree";
import { isUnder, type RawBuffer } from "../protocol";
import { Requester } from "../requests";
import { bandRuns, nearestPoint, paddedRange, parseSeries, Scale, ticks, zoomRange, type Series, type SeriesData } from "../series";
import { formatTime, type TimelineInfo } from "../time_units";
import { bump, registerView, type View, type ViewHost, type ViewSpec } from "./view";

const M = { l: 52, r: 10, t: 8, b: 20 };
const CLICK_SLOP = 4;

interface SeriesTarget {
  timeline: string;
  start: number | null;
  end: number | null;
  width: number;
}

const css = (c: readonly number[], a = 1): string => `rgba(${c[0]},${c[1]},${c[2]},${((c[3] ?? 255) / 255) * a})`;

export class TimeSeriesView implements View {
  readonly id: string;
  readonly el = div("rrnb-view rrnb-plot");
  private readonly canvas = document.createElement("canvas");
  private readonly legend = div("rrnb-legend");
  private readonly errorEl = div("rrnb-error");
  private readonly tooltip = new Tooltip();
  private readonly req: Requester<SeriesTarget>;
  private readonly ro: ResizeObserver;
  private data: SeriesData | null = null;
  /** the time range the user zoomed / panned to (null: the data's) */
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
    this.el.append(this.canvas, this.legend, this.errorEl, this.tooltip.root);
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

  private get plotWidth(): number {
    return Math.max(1, Math.min(8192, Math.round(this.size[0] - M.l - M.r)));
  }

  /** The time range shown. */
  private get range(): [number, number] | null {
    if (this.userRange) return this.userRange;
    const d = this.data;
    if (!d) return null;
    if (d.start !== null && d.end !== null && d.end > d.start) return [d.start, d.end];
    return d.dataRange;
  }

  private scales(): { sx: Scale; sy: Scale } | null {
    const r = this.range;
    if (!r) return null;
    const [w, h] = this.size;
    const [t0, t1] = r[1] > r[0] ? r : [r[0] - 0.5, r[0] + 0.5];
    const [v0, v1] = this.valueRange();
    return { sx: new Scale(t0, t1, M.l, w - M.r), sy: new Scale(v0, v1, h - M.b, M.t) };
  }

  private valueRange(): [number, number] {
    const sa = this.spec.node?.properties["ScalarAxis"]?.["range"];
    if (Array.isArray(sa) && sa.length === 2 && sa.every((v) => Number.isFinite(Number(v)))) return [Number(sa[0]), Number(sa[1])];
    return paddedRange(this.data?.valueRange ?? null);
  }

  private shown(): Series[] {
    return (this.data?.series ?? []).filter((s) => s.visible && !this.hidden.some((h) => isUnder(s.path, h)));
  }

  // ---- requests

  private ask(): void {
    const r = this.userRange;
    this.req.request({ timeline: this.host.cursor.timeline, start: r ? r[0] : null, end: r ? r[1] : null, width: this.plotWidth });
  }

  private send(id: number, t: SeriesTarget): void {
    this.host.events.model.send({ type: "series", id, view: this.id, space: this.spec.node?.id ?? "", ...t });
  }

  onMessage(content: unknown, buffers: readonly RawBuffer[]): void {
    const m = content as Record<string, unknown> | null;
    if (!m || m["view"] !== this.id || !this.req.expects(m["id"])) return;
    this.req.settle(m["id"]);
    if (m["type"] === "error") return this.showError(String(m["message"]));
    if (m["type"] !== "series") return;
    try {
      this.data = parseSeries(m, buffers);
      this.showError(null);
    } catch (e) {
      this.showError(`could not read the series reply: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    this.showLegend();
    this.draw();
    bump(this.el.dataset, "frames");
    this.el.dataset.series = String(this.data.series.length);
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
    if (this.data) this.ask(); // the decimation follows the width
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
    const sc = this.scales();
    if (!sc) return;
    this.drawAxes(g, sc.sx, sc.sy);
    g.save();
    g.beginPath();
    g.rect(M.l, M.t, w - M.l - M.r, h - M.t - M.b);
    g.clip();
    for (const s of this.shown()) drawSeries(g, s, sc.sx, sc.sy);
    this.drawCursor(g, sc.sx, h);
    this.drawHover(g, sc.sx, sc.sy);
    g.restore();
    this.el.dataset.plot = JSON.stringify({ x0: sc.sx.p0, x1: sc.sx.p1, t0: sc.sx.d0, t1: sc.sx.d1, y0: sc.sy.p0, y1: sc.sy.p1, v0: sc.sy.d0, v1: sc.sy.d1 });
  }

  private drawAxes(g: CanvasRenderingContext2D, sx: Scale, sy: Scale): void {
    const [w, h] = this.size;
    const kind = this.host.cursor.info?.kind ?? "sequence";
    g.font = "10px system-ui, sans-serif";
    g.lineWidth = 1;
    g.textBaseline = "middle";
    g.textAlign = "right";
    for (const v of ticks(sy.d0, sy.d1, Math.max(2, Math.floor((h - M.t - M.b) / 40)))) {
      const y = Math.round(sy.toPx(v)) + 0.5;
      g.strokeStyle = "#2c2c36";
      g.beginPath();
      g.moveTo(M.l, y);
      g.lineTo(w - M.r, y);
      g.stroke();
      g.fillStyle = "#9a9ab0";
      g.fillText(fmtNum(v), M.l - 4, y);
    }
    g.textAlign = "center";
    g.textBaseline = "top";
    for (const t of ticks(sx.d0, sx.d1, Math.max(2, Math.floor((w - M.l - M.r) / 90)))) {
      const x = Math.round(sx.toPx(t)) + 0.5;
      g.strokeStyle = "#2c2c36";
      g.beginPath();
      g.moveTo(x, M.t);
      g.lineTo(x, h - M.b);
      g.stroke();
      g.fillStyle = "#9a9ab0";
      g.fillText(kind === "sequence" ? fmtNum(t) : formatTime(t, kind), x, h - M.b + 4);
    }
  }

  private drawCursor(g: CanvasRenderingContext2D, sx: Scale, h: number): void {
    if (!this.host.cursor.info) return;
    const x = Math.round(sx.toPx(this.host.cursor.time)) + 0.5;
    g.strokeStyle = "#e8e8f0";
    g.lineWidth = 1.5;
    g.beginPath();
    g.moveTo(x, M.t);
    g.lineTo(x, h - M.b);
    g.stroke();
  }

  private drawHover(g: CanvasRenderingContext2D, sx: Scale, sy: Scale): void {
    const p = this.hover;
    const near = p ? nearestPoint(this.shown(), sx, sy, p.x, p.y) : null;
    if (!p || !near) return this.tooltip.hide();
    const s = near.series;
    const x = sx.toPx(s.x[near.index]!);
    const y = sy.toPx(s.y[near.index]!);
    g.fillStyle = css(s.color);
    g.beginPath();
    g.arc(x, y, 4, 0, 2 * Math.PI);
    g.fill();
    const kind = this.host.cursor.info?.kind ?? "sequence";
    const sig = s.sigma?.[near.index];
    const unit = s.unit ? ` ${s.unit}` : "";
    const value = fmtNum(s.y[near.index]!) + (sig !== undefined && Number.isFinite(sig) ? ` ± ${fmtNum(sig)}` : "") + unit;
    this.tooltip.show(x, y, [s.name, `${this.host.cursor.timeline}: ${formatTime(s.x[near.index]!, kind)}`, value]);
  }

  private showLegend(): void {
    const vis = this.spec.node?.properties["PlotLegend"]?.["visible"];
    this.legend.style.display = vis === false ? "none" : "";
    this.legend.replaceChildren(
      ...(this.data?.series ?? []).map((s) => {
        const row = div("rrnb-legend-row");
        const sw = div("rrnb-swatch", row);
        sw.style.background = css(s.color);
        const name = document.createElement("span");
        name.textContent = s.name; // data → text only
        row.appendChild(name);
        if (!s.visible) row.classList.add("rrnb-hidden");
        return row;
      }),
    );
  }

  // ---- pointer

  private readonly onWheel = (e: WheelEvent): void => {
    const sc = this.scales();
    if (!sc) return;
    e.preventDefault();
    const r = this.canvas.getBoundingClientRect();
    const at = sc.sx.fromPx(e.clientX - r.left);
    this.userRange = zoomRange(sc.sx.d0, sc.sx.d1, at, Math.exp(Math.max(-1, Math.min(1, e.deltaY * 0.002))));
    this.draw();
    this.ask();
  };

  private readonly onDown = (e: PointerEvent): void => {
    const sc = this.scales();
    if (e.button !== 0 || !sc) return;
    this.press = { x: e.clientX, range: [sc.sx.d0, sc.sx.d1], moved: false };
    this.canvas.setPointerCapture?.(e.pointerId);
  };

  private readonly onMove = (e: PointerEvent): void => {
    const r = this.canvas.getBoundingClientRect();
    const p = this.press;
    if (p) {
      const dx = e.clientX - p.x;
      if (!p.moved && Math.abs(dx) <= CLICK_SLOP) return;
      p.moved = true;
      const span = p.range[1] - p.range[0];
      const dt = (-dx / Math.max(1, this.size[0] - M.l - M.r)) * span;
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
    if (!p || p.moved) return;
    const sc = this.scales();
    const tl = this.host.cursor.info;
    if (!sc || !tl) return;
    const r = this.canvas.getBoundingClientRect();
    let t = sc.sx.fromPx(e.clientX - r.left);
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

/** Measurements' ±1 σ band: a translucent polygon (y + σ forwards, y − σ back) per run of points with a σ. */
function drawBand(g: CanvasRenderingContext2D, s: Series, sx: Scale, sy: Scale): void {
  if (!s.sigma) return;
  const [r, gr, b, a] = s.color;
  g.fillStyle = `rgba(${r},${gr},${b},${(0.25 * a) / 255})`;
  for (const [i0, i1] of bandRuns(s.y, s.sigma)) {
    g.beginPath();
    for (let i = i0; i < i1; i++) g.lineTo(sx.toPx(s.x[i]!), sy.toPx(s.y[i]! + s.sigma[i]!));
    for (let i = i1 - 1; i >= i0; i--) g.lineTo(sx.toPx(s.x[i]!), sy.toPx(s.y[i]! - s.sigma[i]!));
    g.closePath();
    g.fill();
  }
}

function drawSeries(g: CanvasRenderingContext2D, s: Series, sx: Scale, sy: Scale): void {
  const n = s.x.length;
  drawBand(g, s, sx, sy);
  g.strokeStyle = g.fillStyle = css(s.color);
  if (s.kind === "points") {
    const r = s.markerSize;
    for (let i = 0; i < n; i++) {
      g.beginPath();
      g.arc(sx.toPx(s.x[i]!), sy.toPx(s.y[i]!), r, 0, 2 * Math.PI);
      g.fill();
    }
    return;
  }
  g.lineWidth = s.width;
  g.lineJoin = "round";
  g.beginPath();
  let pen = false;
  for (let i = 0; i < n; i++) {
    const y = s.y[i]!;
    if (!Number.isFinite(y)) {
      pen = false; // a gap
      continue;
    }
    const px = sx.toPx(s.x[i]!);
    const py = sy.toPx(y);
    if (pen) g.lineTo(px, py);
    else g.moveTo(px, py);
    pen = true;
  }
  g.stroke();
}

registerView("TimeSeries", (host, spec) => new TimeSeriesView(host, spec));

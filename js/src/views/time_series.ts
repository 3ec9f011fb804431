// The time series view: a 2D canvas plot of the `series` reply (lines or points per series, M4-decimated by the
// kernel), a legend (names as text), the shared time cursor as a line (moving it needs no request), wheel zoom and
// drag pan of the time axis (a new, coalesced `series` request for the range shown), hover shows the nearest
// point's time and value, a click sets the time, double-click shows all the data again.
import { div } from "../controllers/layout";
import { fmtNum } from "../entity_tree";
import { isUnder, type RawBuffer } from "../protocol";
import { bandRuns, nearestPoint, paddedRange, parseSeries, Scale, ticks, type Series, type SeriesData } from "../series";
import { formatTime } from "../time_units";
import { TimeAxisView } from "./time_axis_view";
import { bump, registerView, type ViewHost, type ViewSpec } from "./view";

const M = { l: 52, r: 10, t: 8, b: 20 };

const css = (c: readonly number[], a = 1): string => `rgba(${c[0]},${c[1]},${c[2]},${((c[3] ?? 255) / 255) * a})`;

export class TimeSeriesView extends TimeAxisView {
  private readonly legend: HTMLDivElement;
  private data: SeriesData | null = null;

  constructor(host: ViewHost, spec: ViewSpec) {
    const legend = div("rrnb-legend");
    super(host, spec, "rrnb-view rrnb-plot", "series", [M.l, M.r], [legend]);
    this.legend = legend;
  }

  // ---- geometry

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

  protected timeScale(): Scale | null {
    return this.scales()?.sx ?? null;
  }

  // ---- replies

  protected received(m: Record<string, unknown>, buffers: readonly RawBuffer[]): void {
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

  // ---- drawing

  protected override afterResize(): void {
    if (this.data) this.ask(); // the decimation follows the width
  }

  protected draw(): void {
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

// The state timeline view: one horizontal lane per entity with `StateChange` (the `states` reply), each state a
// coloured band until the next change, its label inside when it fits; the shared time cursor as a line; wheel
// zoom and drag pan of the time axis ask for the range shown; hover names the lane, state and its time span; a
// click sets the time, double-click fits the data again (Rerun's auto-fit).
import { fmtNum } from "../entity_tree";
import { isUnder, type RawBuffer } from "../protocol";
import { Scale, ticks } from "../series";
import { describe, fitRange, openEnd, parseStates, phaseAt, textColor, type Lane, type StatesData } from "../state_lanes";
import { formatTime } from "../time_units";
import { TimeAxisView } from "./time_axis_view";
import { bump, registerView, type ViewHost, type ViewSpec } from "./view";

/** Rerun's layout: a time ruler on top, then per lane a label row and a band. */
const AXIS = 20;
const TOP = 4;
const LABEL = 14;
const BAND = 22;
const GAP = 4;
const LANE = LABEL + BAND + GAP;
const X0 = 8;
const X1 = 8;

const css = (c: readonly number[]): string => `rgba(${c[0]},${c[1]},${c[2]},${(c[3] ?? 255) / 255})`;

// The request's width is the lanes' width in px: the kernel merges phases narrower than 4 px.
export class StateTimelineView extends TimeAxisView {
  private data: StatesData | null = null;

  constructor(host: ViewHost, spec: ViewSpec) {
    super(host, spec, "rrnb-view rrnb-plot rrnb-states", "states", [X0, X1]);
  }

  // ---- geometry

  private get timelineMax(): number | null {
    return this.host.cursor.info?.max ?? null;
  }

  protected timeScale(): Scale | null {
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

  // ---- replies

  protected received(m: Record<string, unknown>, _buffers: readonly RawBuffer[]): void {
    this.data = parseStates(m);
    this.showError(null);
    this.draw();
    bump(this.el.dataset, "frames");
    this.el.dataset.lanes = String(this.data.lanes.length);
  }

  // ---- drawing

  protected draw(): void {
    const g = this.canvas.getContext("2d");
    if (!g) return;
    const [w, h] = this.size;
    const dpr = window.devicePixelRatio || 1;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.fillStyle = "#1b1b1f";
    g.fillRect(0, 0, w, h);
    const sx = this.timeScale();
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
}

registerView("StateTimeline", (host, spec) => new StateTimelineView(host, spec));

// The bar chart view: the latest-at `BarChart:values` of its (first shown) entity as canvas bars, coloured by
// `BarChart:color` (else the entity's colour), with a value axis; hover shows the bar's index and value.
import { rgba8 } from "../comps";
import { fmtNum, Tooltip } from "../entity_tree";
import { isUnder, type NumComp } from "../protocol";
import { paddedRange, Scale, ticks } from "../series";
import { LatestAtView } from "./latest_at_view";
import { bump, registerView, type ViewHost, type ViewSpec } from "./view";

const M = { l: 52, r: 10, t: 8, b: 18 };

export class BarChartView extends LatestAtView {
  private readonly canvas = document.createElement("canvas");
  private readonly tooltip = new Tooltip();
  private readonly ro: ResizeObserver;

  constructor(host: ViewHost, spec: ViewSpec) {
    super(host, spec, "rrnb-view rrnb-plot");
    this.canvas.className = "rrnb-plot-canvas";
    this.el.prepend(this.canvas);
    this.el.append(this.tooltip.root);
    this.canvas.addEventListener("pointermove", this.onMove);
    this.canvas.addEventListener("pointerleave", () => this.tooltip.hide());
    this.ro = new ResizeObserver(() => this.draw());
    this.ro.observe(this.el);
  }

  protected override dataChanged(): void {
    this.draw();
    bump(this.el.dataset, "frames");
  }

  protected override teardown(): void {
    this.ro.disconnect();
  }

  /** The values and colour of the first shown entity with values. */
  private bars(): { values: NumComp; color: Uint8Array } | null {
    for (const [path, e] of this.data.state.entities) {
      if (this.hidden.some((h) => isUnder(path, h))) continue;
      const v = e.comps.get("BarChart:values");
      if (!v || v.kind !== "num" || v.data.length === 0) continue;
      const c = e.comps.get("BarChart:color");
      return { values: v, color: rgba8(c && c.kind === "num" ? c : null, 1, e.color) };
    }
    return null;
  }

  private scales(n: number, values: NumComp): { sx: Scale; sy: Scale } {
    const w = Math.max(1, this.el.clientWidth);
    const h = Math.max(1, this.el.clientHeight);
    let lo = 0;
    let hi = 0;
    for (const x of values.data) if (Number.isFinite(x)) (lo = Math.min(lo, x)), (hi = Math.max(hi, x));
    const [v0, v1] = paddedRange([lo, hi]);
    return { sx: new Scale(0, n, M.l, w - M.r), sy: new Scale(Math.min(0, v0), v1, h - M.b, M.t) };
  }

  protected draw(): void {
    const w = Math.max(1, this.el.clientWidth);
    const h = Math.max(1, this.el.clientHeight);
    const dpr = window.devicePixelRatio || 1;
    const cv = this.canvas;
    if (cv.width !== Math.round(w * dpr) || cv.height !== Math.round(h * dpr)) {
      cv.width = Math.round(w * dpr);
      cv.height = Math.round(h * dpr);
      cv.style.width = `${w}px`;
      cv.style.height = `${h}px`;
    }
    const g = cv.getContext("2d");
    if (!g) return;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.fillStyle = "#1b1b1f";
    g.fillRect(0, 0, w, h);
    const b = this.bars();
    if (!b) return;
    const n = b.values.data.length;
    const { sx, sy } = this.scales(n, b.values);
    g.font = "10px system-ui, sans-serif";
    g.textAlign = "right";
    g.textBaseline = "middle";
    for (const v of ticks(sy.d0, sy.d1, 5)) {
      const y = Math.round(sy.toPx(v)) + 0.5;
      g.fillStyle = "#2c2c36";
      g.fillRect(M.l, y, w - M.l - M.r, 1);
      g.fillStyle = "#9a9ab0";
      g.fillText(fmtNum(v), M.l - 4, y);
    }
    const c = b.color;
    g.fillStyle = `rgba(${c[0]},${c[1]},${c[2]},${c[3]! / 255})`;
    const y0 = sy.toPx(0);
    const bw = Math.max(1, sx.toPx(1) - sx.toPx(0));
    for (let i = 0; i < n; i++) {
      const v = Number(b.values.data[i]);
      if (!Number.isFinite(v)) continue;
      const x = sx.toPx(i) + (bw > 3 ? 1 : 0);
      const y = sy.toPx(v);
      g.fillRect(x, Math.min(y, y0), Math.max(1, bw - (bw > 3 ? 2 : 0)), Math.abs(y - y0));
    }
  }

  private readonly onMove = (e: PointerEvent): void => {
    const b = this.bars();
    if (!b) return this.tooltip.hide();
    const r = this.canvas.getBoundingClientRect();
    const x = e.clientX - r.left;
    const { sx } = this.scales(b.values.data.length, b.values);
    const i = Math.floor(sx.fromPx(x));
    if (i < 0 || i >= b.values.data.length) return this.tooltip.hide();
    this.tooltip.show(x, e.clientY - r.top, [`#${i}`, fmtNum(Number(b.values.data[i]))]);
  };
}

registerView("BarChart", (host, spec) => new BarChartView(host, spec));

// Time series data (docs/protocol.md "Time series: series"): the reply's series with their float64 x / y buffers
// (M4-decimated by the kernel), the mapping between time / value and plot pixels, axis ticks, the nearest point to
// the pointer, zoom and pan of the time range. Pure (no DOM): node-tested.
import { typedView, type RawBuffer, type RGBA } from "./protocol";

export interface Series {
  path: string;
  index: number;
  name: string;
  color: RGBA;
  kind: "line" | "points";
  width: number;
  markerSize: number;
  visible: boolean;
  x: Float64Array;
  y: Float64Array;
  /** Measurements: σ per point, drawn as a translucent ±1 σ band (NaN: none there); null for Scalars. */
  sigma: Float64Array | null;
  unit: string | null;
}

export interface SeriesData {
  start: number | null;
  end: number | null;
  dataRange: [number, number] | null;
  valueRange: [number, number] | null;
  series: Series[];
}

type Obj = Record<string, unknown>;

function range(x: unknown): [number, number] | null {
  if (!Array.isArray(x) || x.length !== 2) return null;
  const a = Number(x[0]);
  const b = Number(x[1]);
  return Number.isFinite(a) && Number.isFinite(b) ? [Math.min(a, b), Math.max(a, b)] : null;
}

function rgba(c: unknown): RGBA {
  if (!Array.isArray(c) || c.length < 3) return [120, 160, 255, 255];
  const v = c.map((x) => Math.max(0, Math.min(255, Math.round(Number(x)) || 0)));
  return [v[0]!, v[1]!, v[2]!, v[3] ?? 255];
}

const num = (x: unknown, d: number): number => (Number.isFinite(Number(x)) && x !== null ? Number(x) : d);

/** A `series` reply's content and buffers as typed series (throws ProtocolError on a bad buffer index). */
export function parseSeries(msg: Obj, buffers: readonly RawBuffer[]): SeriesData {
  const list = Array.isArray(msg["series"]) ? (msg["series"] as unknown[]) : [];
  const series = list.map((s0): Series => {
    const s = (s0 ?? {}) as Obj;
    const n = Math.max(0, Math.floor(num(s["n"], 0)));
    const buf = (i: unknown): Float64Array => {
      const b = typeof i === "number" ? buffers[i] : undefined;
      return b ? (typedView(b, "float64", n) as Float64Array) : new Float64Array(0);
    };
    const x = buf(s["x"]);
    const y = buf(s["y"]);
    const sig = s["sigma"] === undefined || s["sigma"] === null ? null : buf(s["sigma"]);
    const m = Math.min(x.length, y.length, sig ? sig.length : Infinity);
    return {
      path: String(s["path"] ?? ""),
      index: num(s["index"], 0),
      name: String(s["name"] ?? s["path"] ?? ""),
      color: rgba(s["color"]),
      kind: s["kind"] === "points" ? "points" : "line",
      width: Math.max(0.5, num(s["width"], 1)),
      markerSize: Math.max(1, num(s["marker_size"], 3)),
      visible: s["visible"] !== false,
      x: x.subarray(0, m),
      y: y.subarray(0, m),
      sigma: sig ? sig.subarray(0, m) : null,
      unit: typeof s["unit"] === "string" ? s["unit"] : null,
    };
  });
  const start = msg["start"] === null || msg["start"] === undefined ? null : num(msg["start"], 0);
  const end = msg["end"] === null || msg["end"] === undefined ? null : num(msg["end"], 0);
  return { start, end, dataRange: range(msg["data_range"]), valueRange: range(msg["value_range"]), series };
}

/** A linear map between [d0, d1] (data) and [p0, p1] (pixels). */
export class Scale {
  constructor(
    public d0: number,
    public d1: number,
    public p0: number,
    public p1: number,
  ) {}

  toPx(d: number): number {
    const span = this.d1 - this.d0;
    return span === 0 ? (this.p0 + this.p1) / 2 : this.p0 + ((d - this.d0) / span) * (this.p1 - this.p0);
  }

  fromPx(p: number): number {
    const span = this.p1 - this.p0;
    return span === 0 ? this.d0 : this.d0 + ((p - this.p0) / span) * (this.d1 - this.d0);
  }
}

/** The y range shown: the values' range plus 5% each side (a flat series gets ±1, or ±5% of its value). */
export function paddedRange(r: [number, number] | null): [number, number] {
  if (!r) return [0, 1];
  let [a, b] = r;
  if (b <= a) {
    const d = Math.abs(a) * 0.05 || 1;
    return [a - d, a + d];
  }
  const pad = (b - a) * 0.05;
  a -= pad;
  b += pad;
  return [a, b];
}

/** "Nice" tick values (1, 2, 5 × 10^k steps) inside [a, b], about `count` of them. */
export function ticks(a: number, b: number, count = 5): number[] {
  if (!(b > a) || !Number.isFinite(a) || !Number.isFinite(b)) return [];
  const raw = (b - a) / Math.max(1, count);
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const f = raw / mag;
  const step = (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * mag;
  const out: number[] = [];
  for (let v = Math.ceil(a / step) * step; v <= b + step * 1e-9 && out.length < 100; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return out;
}

/** Index of the point of sorted `x` nearest to `t` (-1 when empty). */
export function nearestIndex(x: Float64Array, t: number): number {
  if (x.length === 0) return -1;
  let lo = 0;
  let hi = x.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return 0;
  if (lo === x.length) return x.length - 1;
  return t - x[lo - 1]! <= x[lo]! - t ? lo - 1 : lo;
}

export interface Nearest {
  series: Series;
  index: number;
  /** pixel distance to the pointer */
  dist: number;
}

/** The drawn point nearest the pointer (px, py): for each series its point nearest in time, then the closest. */
export function nearestPoint(series: readonly Series[], sx: Scale, sy: Scale, px: number, py: number, maxDist = 40): Nearest | null {
  let best: Nearest | null = null;
  const t = sx.fromPx(px);
  for (const s of series) {
    const i = nearestIndex(s.x, t);
    if (i < 0) continue;
    const dist = Math.hypot(sx.toPx(s.x[i]!) - px, sy.toPx(s.y[i]!) - py);
    if (dist <= maxDist && (!best || dist < best.dist)) best = { series: s, index: i, dist };
  }
  return best;
}

/** The range [a, b] zoomed by `factor` (< 1 zooms in) about `at`. */
export function zoomRange(a: number, b: number, at: number, factor: number): [number, number] {
  const f = Math.min(Math.max(factor, 1e-3), 1e3);
  const na = at - (at - a) * f;
  const nb = at + (b - at) * f;
  return nb - na > 1e-12 ? [na, nb] : [a, b];
}

/** The runs `[start, end)` of consecutive points with a finite value and σ: one band polygon each (Measurements). */
export function bandRuns(y: Float64Array, sigma: Float64Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  const n = Math.min(y.length, sigma.length);
  for (let i = 0; i <= n; i++) {
    const ok = i < n && Number.isFinite(y[i]!) && Number.isFinite(sigma[i]!);
    if (ok && start < 0) start = i;
    else if (!ok && start >= 0) {
      out.push([start, i]);
      start = -1;
    }
  }
  return out;
}

// A tensor view's reply and pixels: the `tensor` reply read into typed fields (docs/protocol.md), the view's
// TensorScalarMapping / TensorViewFit read from its properties, and a float slice → RGBA8 through a colour map
// (visuals/image_decode.ts `colormapAt`) over the value range with Rerun's gamma. Pure (node-tested).
import { colormapAt } from "./visuals/image_decode";

export interface TensorReply {
  path: string;
  shape: number[];
  names: (string | null)[] | null;
  width: number | null;
  height: number | null;
  invertWidth: boolean;
  invertHeight: boolean;
  indices: [number, number][];
  slider: number[];
  valueRange: [number, number];
  w: number;
  h: number;
  step: number;
  buf: number;
}

function ints(x: unknown): number[] {
  return Array.isArray(x) ? x.filter((v): v is number => Number.isInteger(v)) : [];
}

function dimOrNull(x: unknown): number | null {
  return Number.isInteger(x) ? (x as number) : null;
}

/** The reply's fields, checked; null when the view has no tensor at this time. */
export function parseTensorReply(m: Record<string, unknown>): TensorReply | null {
  if (typeof m["path"] !== "string") return null;
  const w = m["w"];
  const h = m["h"];
  if (!Number.isInteger(w) || !Number.isInteger(h) || (w as number) < 0 || (h as number) < 0) throw new Error("bad slice size");
  const vr = Array.isArray(m["value_range"]) ? (m["value_range"] as unknown[]).map(Number) : [0, 1];
  const names = Array.isArray(m["names"]) ? (m["names"] as unknown[]).map((n) => (typeof n === "string" ? n : null)) : null;
  const idx = Array.isArray(m["indices"]) ? (m["indices"] as unknown[]).map(ints).filter((p) => p.length === 2) : [];
  return {
    path: m["path"],
    shape: ints(m["shape"]),
    names,
    width: dimOrNull(m["width"]),
    height: dimOrNull(m["height"]),
    invertWidth: m["invert_width"] === true,
    invertHeight: m["invert_height"] === true,
    indices: idx as [number, number][],
    slider: ints(m["slider"]),
    valueRange: [Number.isFinite(vr[0]) ? vr[0]! : 0, Number.isFinite(vr[1]) ? vr[1]! : 1],
    w: w as number,
    h: h as number,
    step: Number.isInteger(m["step"]) ? (m["step"] as number) : 1,
    buf: Number.isInteger(m["buf"]) ? (m["buf"] as number) : 0,
  };
}

/** Rerun's Colormap values by lower-case name (the ones `colormapAt` draws). */
const COLORMAPS: Record<string, number> = { grayscale: 1, inferno: 2, magma: 3, plasma: 4, turbo: 5, viridis: 6, cyantoyellow: 7 };

export interface ScalarMapping {
  /** a Colormap value for `colormapAt` */
  colormap: number;
  gamma: number;
  magFilter: "Nearest" | "Linear" | "Bicubic";
}

/** The view's TensorScalarMapping over Rerun's defaults (viridis, gamma 1, nearest). */
export function scalarMapping(p: Record<string, unknown> | undefined): ScalarMapping {
  const cm = String(p?.["colormap"] ?? "viridis").toLowerCase().replace(/[^a-z]/g, "");
  const gamma = Number(p?.["gamma"]);
  const mf = String(p?.["mag_filter"] ?? "nearest").toLowerCase();
  return {
    colormap: COLORMAPS[cm] ?? 6,
    gamma: Number.isFinite(gamma) && gamma > 0 ? gamma : 1,
    magFilter: mf === "linear" ? "Linear" : mf === "bicubic" ? "Bicubic" : "Nearest",
  };
}

/** The view's TensorViewFit: "Original", "Fill" or "FillKeepAspectRatio" (Rerun's default). */
export function viewFit(p: Record<string, unknown> | undefined): string {
  const v = String(p?.["scaling"] ?? p?.["value"] ?? "").toLowerCase();
  return v === "original" ? "Original" : v === "fill" ? "Fill" : "FillKeepAspectRatio";
}

/** RGBA8 of a slice: (v - lo) / (hi - lo), raised to `gamma`, through the colour map; NaN transparent. */
export function sliceRGBA(v: Float32Array, range: [number, number], m: ScalarMapping): Uint8ClampedArray {
  const [lo, hi] = range;
  const span = hi !== lo ? hi - lo : 1;
  const out = new Uint8ClampedArray(4 * v.length);
  const px = new Uint8Array(3);
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    if (Number.isNaN(x)) continue;
    const t = Math.max(0, Math.min(1, (x - lo) / span));
    colormapAt(m.gamma === 1 ? t : Math.pow(t, m.gamma), m.colormap, px, 0);
    out[4 * i] = px[0]!;
    out[4 * i + 1] = px[1]!;
    out[4 * i + 2] = px[2]!;
    out[4 * i + 3] = 255;
  }
  return out;
}

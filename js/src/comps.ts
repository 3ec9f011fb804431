// Component arrays → the flat forms the renderers upload: vec3 positions, RGBA8 colours, radii; splatting
// (one instance applies to all) and defaults. Pure (no three.js).
import type { Comp, NumComp, RGBA } from "./protocol";

/** Number of instances (rows) of a component. */
export function rows(c: Comp | null): number {
  if (!c) return 0;
  if (c.kind === "text") return c.text.length;
  return c.shape.length === 0 ? 1 : c.shape[0]!;
}

function cols(c: NumComp): number {
  let k = 1;
  for (let i = 1; i < c.shape.length; i++) k *= c.shape[i]!;
  return k;
}

/** Rows as xyz float32 (2D rows get z = 0; missing columns are 0). */
export function vec3(c: NumComp): Float32Array {
  const n = rows(c);
  const k = cols(c);
  if (k === 3 && c.data instanceof Float32Array) return c.data.subarray(0, n * 3);
  const out = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) for (let j = 0; j < Math.min(k, 3); j++) out[3 * i + j] = Number(c.data[i * k + j]);
  return out;
}

/** `n` values of a per-instance vector component of width `k`, splatted; `fill` when absent or empty. */
export function splatVec(c: NumComp | null, n: number, k: number, fill: number[]): Float32Array {
  const out = new Float32Array(n * k);
  const m = c ? rows(c) : 0;
  const kc = c ? cols(c) : 0;
  for (let i = 0; i < n; i++) {
    const src = m === 0 ? -1 : m === 1 ? 0 : i < m ? i : m - 1;
    for (let j = 0; j < k; j++) out[i * k + j] = src < 0 || j >= kc ? fill[j]! : Number(c!.data[src * kc + j]);
  }
  return out;
}

/** `n` RGBA8 colours from a colors component (the kernel always sends uint8 (N, 4)), splatted; `dflt` when absent. */
export function rgba8(c: NumComp | null, n: number, dflt: RGBA): Uint8Array {
  const m = c ? rows(c) : 0;
  const data = c?.data as Uint8Array | undefined;
  if (data && m >= n) return data.subarray(0, 4 * n);
  const out = new Uint8Array(n * 4);
  for (let i = 0; i < n; i++) {
    const s = 4 * Math.min(i, m - 1); // one colour applies to all; a short batch repeats its last
    out.set(data && m > 0 ? data.subarray(s, s + 4) : dflt, 4 * i);
  }
  return out;
}

/** `n` radii, splatted, or null when the component is absent or empty (the renderer's default applies). */
export function radii(c: NumComp | null, n: number): Float32Array | null {
  const m = c ? rows(c) : 0;
  if (!c || m === 0) return null;
  if (m >= n && c.data instanceof Float32Array) return c.data.subarray(0, n);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = Number(c.data[m === 1 ? 0 : Math.min(i, m - 1)]);
  return out;
}

/** Does any colour have alpha < 255? */
export function hasAlpha(c: Uint8Array): boolean {
  for (let i = 3; i < c.length; i += 4) if (c[i]! < 255) return true;
  return false;
}

/** The default point radius: a small fraction of the bounds' diagonal. */
export function defaultRadiusFor(bounds: number[] | null, fraction = 0.005): number {
  if (!bounds || bounds.length !== 6) return 0.01;
  const dx = bounds[3]! - bounds[0]!;
  const dy = bounds[4]! - bounds[1]!;
  const dz = bounds[5]! - bounds[2]!;
  const d = Math.hypot(dx, dy, dz);
  return Number.isFinite(d) && d > 0 ? d * fraction : 0.01;
}

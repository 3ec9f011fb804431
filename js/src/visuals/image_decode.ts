// Image buffers (bytes as logged + Rerun's ImageFormat) as RGBA8 for a texture: every colour model and channel
// type, the YUV pixel formats (NV12, YUY2, Y_U_V12/16/24, Y8), the 8-bit Bayer mosaics (bilinear demosaic), colour
// maps for depth, class colour tables for segmentation. The same rules as the kernel's pictures
// (rerun_nb/render/image_decode.py). Pure (no three.js).
import type { NumComp } from "../protocol";

export interface ImageFormat {
  w: number;
  h: number;
  /** Rerun's PixelFormat value (0: none) */
  pf: number;
  /** Rerun's ColorModel value (0: none) */
  cm: number;
  /** Rerun's ChannelDatatype value */
  dt: number;
}

const CHANNELS: Record<number, number> = { 1: 1, 2: 3, 3: 4, 4: 3, 5: 4 };
type Ctor = new (b: ArrayBufferLike, o: number, n: number) => ArrayLike<number>;
const DTYPES: Record<number, [Ctor, number]> = {
  6: [Uint8Array, 1], 7: [Int8Array, 1], 8: [Uint16Array, 2], 9: [Int16Array, 2], 10: [Uint32Array, 4],
  11: [Int32Array, 4], 12: [BigUint64Array as unknown as Ctor, 8], 13: [BigInt64Array as unknown as Ctor, 8],
  34: [Float32Array, 4], 35: [Float64Array, 8],
};

/** The last format row of a format component (uint32 (N, 5)), or null. */
export function formatOf(c: NumComp | null): ImageFormat | null {
  if (!c || c.data.length < 5) return null;
  const o = c.data.length - 5;
  const d = c.data;
  return { w: Number(d[o]), h: Number(d[o + 1]), pf: Number(d[o + 2]), cm: Number(d[o + 3]), dt: Number(d[o + 4]) };
}

export function channelsOf(f: ImageFormat): number {
  return CHANNELS[f.cm] ?? 1;
}

/** The buffer's channel values (aligned copy when needed), or null when the bytes do not fit the format. */
export function channelValues(bytes: Uint8Array, f: ImageFormat): ArrayLike<number> | null {
  const n = f.w * f.h * channelsOf(f);
  if (f.dt === 33) return halfFloats(bytes, n);
  const t = DTYPES[f.dt];
  if (!t || bytes.length < n * t[1]) return null;
  const [C, size] = t;
  const src = bytes.byteOffset % size === 0 ? bytes : bytes.slice();
  const arr = new C(src.buffer, src.byteOffset, n);
  return size === 8 && f.dt !== 35 ? Array.from(arr as unknown as Iterable<bigint>, Number) : arr;
}

function halfFloats(bytes: Uint8Array, n: number): Float32Array | null {
  if (bytes.length < 2 * n) return null;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const h = bytes[2 * i]! | (bytes[2 * i + 1]! << 8);
    const e = (h >> 10) & 31, m = h & 1023, s = h & 32768 ? -1 : 1;
    out[i] = e === 0 ? s * m * 2 ** -24 : e === 31 ? (m ? NaN : s * Infinity) : s * (1 + m / 1024) * 2 ** (e - 15);
  }
  return out;
}

/** The range shown as black..white: 0..1 for floats in it, 0..255 for values that fit a byte, else min..max. */
export function valueRange(v: ArrayLike<number>, isFloat: boolean): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    if (Number.isFinite(x)) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
  }
  if (lo === Infinity) return [0, 1];
  if (isFloat && lo >= 0 && hi <= 1) return [0, 1];
  if (lo >= 0 && hi <= 255) return [0, 255];
  return hi > lo ? [lo, hi] : [lo, lo + 1];
}

function yuv(out: Uint8Array, i: number, y: number, u: number, v: number, full: boolean): void {
  let yy = y, uu = u - 128, vv = v - 128;
  if (!full) {
    yy = (y - 16) * (255 / 219);
    uu *= 255 / 224;
    vv *= 255 / 224;
  }
  out[4 * i] = Math.max(0, Math.min(255, yy + 1.402 * vv));
  out[4 * i + 1] = Math.max(0, Math.min(255, yy - 0.344136 * uu - 0.714136 * vv));
  out[4 * i + 2] = Math.max(0, Math.min(255, yy + 1.772 * uu));
  out[4 * i + 3] = 255;
}

/** Bayer formats (Rerun's values) -> the colour (0 R, 1 G, 2 B) at (0,0), (0,1), (1,0), (1,1) of each 2x2 tile. */
const BAYER: Record<number, number[]> = { 128: [0, 1, 1, 2], 129: [2, 1, 1, 0], 130: [1, 2, 0, 1], 131: [1, 0, 2, 1] };
const K_G = [0, 1, 0, 1, 4, 1, 0, 1, 0];
const K_RB = [1, 2, 1, 2, 4, 2, 1, 2, 1];

/** RGBA8 of an 8-bit Bayer mosaic, bilinear (render/image_decode.py `demosaic`): each colour at its own sites as
 * logged, elsewhere the weighted mean of its sites among the 8 neighbours (green: the 4 nearest). */
export function demosaic(b: Uint8Array, w: number, h: number, pf: number): Uint8Array | null {
  const tile = BAYER[pf];
  if (!tile || b.length < w * h) return null;
  const out = new Uint8Array(4 * w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const sum = [0, 0, 0], wt = [0, 0, 0];
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= w) continue;
          const c = tile[2 * (yy & 1) + (xx & 1)]!;
          const k = (c === 1 ? K_G : K_RB)[3 * (dy + 1) + dx + 1]!;
          sum[c]! += k * b[yy * w + xx]!;
          wt[c]! += k;
        }
      }
      const o = 4 * (y * w + x);
      for (let c = 0; c < 3; c++) out[o + c] = wt[c] ? Math.min(255, Math.floor(sum[c]! / wt[c]! + 0.5)) : 0;
      out[o + 3] = 255;
    }
  }
  return out;
}

function pixelFormat(b: Uint8Array, f: ImageFormat): Uint8Array | null {
  const { w, h, pf } = f;
  if (BAYER[pf]) return demosaic(b, w, h, pf);
  const n = w * h, cw = (w + 1) >> 1, ch = (h + 1) >> 1;
  const out = new Uint8Array(4 * n);
  const need = pf === 27 || pf === 49 || pf === 50 ? 2 * n : pf === 39 || pf === 40 ? 3 * n : pf === 26 || pf === 20 || pf === 44 ? n + 2 * cw * ch : n;
  if (b.length < need) return null;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const c2 = (y >> 1) * cw + (x >> 1);
      if (pf === 26) yuv(out, i, b[i]!, b[n + 2 * c2]!, b[n + 2 * c2 + 1]!, false);
      else if (pf === 20 || pf === 44) yuv(out, i, b[i]!, b[n + c2]!, b[n + cw * ch + c2]!, pf === 44);
      else if (pf === 27) {
        const q = 4 * (i >> 1);
        yuv(out, i, b[q + (x & 1 ? 2 : 0)]!, b[q + 1]!, b[q + 3]!, false);
      } else if (pf === 39 || pf === 40) yuv(out, i, b[i]!, b[n + i]!, b[2 * n + i]!, pf === 40);
      else if (pf === 49 || pf === 50) {
        const c = y * cw + (x >> 1);
        yuv(out, i, b[i]!, b[n + c]!, b[n + cw * h + c]!, pf === 50);
      } else {
        const g = pf === 41 ? Math.max(0, Math.min(255, (b[i]! - 16) * (255 / 219))) : b[i]!;
        out.set([g, g, g, 255], 4 * i);
      }
    }
  }
  return out;
}

/** RGBA8 (w * h * 4) of a colour or grey image; null when its bytes do not fit its format. */
export function toRGBA(bytes: Uint8Array, f: ImageFormat): Uint8Array | null {
  if (f.pf) return pixelFormat(bytes, f);
  const v = channelValues(bytes, f);
  if (!v) return null;
  const c = channelsOf(f);
  const n = f.w * f.h;
  const [lo, hi] = f.dt === 6 ? [0, 255] : valueRange(v, f.dt >= 33);
  const k = 255 / (hi - lo);
  const q = (x: number): number => (f.dt === 6 ? x : Math.max(0, Math.min(255, Math.round((x - lo) * k))));
  const out = new Uint8Array(4 * n);
  const bgr = f.cm === 4 || f.cm === 5;
  for (let i = 0; i < n; i++) {
    const s = i * c;
    if (c === 1) {
      const g = q(v[s]!);
      out[4 * i] = out[4 * i + 1] = out[4 * i + 2] = g;
      out[4 * i + 3] = 255;
    } else {
      out[4 * i] = q(v[s + (bgr ? 2 : 0)]!);
      out[4 * i + 1] = q(v[s + 1]!);
      out[4 * i + 2] = q(v[s + (bgr ? 0 : 2)]!);
      out[4 * i + 3] = c === 4 ? q(v[s + 3]!) : 255;
    }
  }
  return out;
}

// Colour maps by Rerun's Colormap value: control points (sRGB), interpolated linearly.
const MAPS: Record<number, number[][]> = {
  1: [[0, 0, 0], [255, 255, 255]],
  2: [[0, 0, 4], [87, 16, 110], [188, 55, 84], [249, 142, 9], [252, 255, 164]],
  3: [[0, 0, 4], [81, 18, 124], [183, 55, 121], [252, 137, 97], [252, 253, 191]],
  4: [[13, 8, 135], [126, 3, 168], [204, 71, 120], [248, 149, 64], [240, 249, 33]],
  5: [[48, 18, 59], [70, 134, 251], [26, 228, 182], [164, 252, 60], [251, 185, 56], [228, 70, 10], [122, 4, 3]],
  6: [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]],
  7: [[0, 255, 255], [255, 255, 0]],
};

/** The colour of t in 0..1 in colour map `which` (turbo when unknown), written at out[o..o+2]. */
export function colormapAt(t: number, which: number, out: Uint8Array, o: number): void {
  const stops = MAPS[which] ?? MAPS[5]!;
  const x = (Number.isFinite(t) ? Math.max(0, Math.min(1, t)) : 0) * (stops.length - 1);
  const i = Math.min(Math.floor(x), stops.length - 2);
  const f = x - i;
  for (let j = 0; j < 3; j++) out[o + j] = Math.round(stops[i]![j]! * (1 - f) + stops[i + 1]![j]! * f);
}

/** RGBA8 of a depth image through a colour map over `range` (else the valid data's range); 0 depth: transparent. */
export function depthRGBA(v: ArrayLike<number>, which: number, range: [number, number] | null): Uint8Array {
  let [lo, hi] = range ?? [Infinity, -Infinity];
  if (!range) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i]!;
      if (Number.isFinite(x) && x > 0) {
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
    }
    if (lo === Infinity) [lo, hi] = [0, 1];
  }
  const span = hi > lo ? hi - lo : 1;
  const out = new Uint8Array(4 * v.length);
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    colormapAt((x - lo) / span, which, out, 4 * i);
    out[4 * i + 3] = Number.isFinite(x) && x > 0 ? 255 : 0;
  }
  return out;
}

/** RGBA8 of class ids through a colour table (uint8 (K, 4)); ids beyond it are transparent. */
export function classRGBA(v: ArrayLike<number>, table: Uint8Array | null): Uint8Array {
  const out = new Uint8Array(4 * v.length);
  const k = table ? table.length >> 2 : 0;
  for (let i = 0; i < v.length; i++) {
    const id = v[i]!;
    if (table && id >= 0 && id < k) out.set(table.subarray(4 * id, 4 * id + 4), 4 * i);
  }
  return out;
}

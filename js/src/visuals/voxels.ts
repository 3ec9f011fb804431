// VoxelGridMap and Volume3D as cubes in the grid's frame (translation · rotation), as the pygfx visual
// (rerun_nb/render/visuals/voxels.py, which says what is simplified): voxel [i, j, k] spans [i, j, k] * size to
// [i + 1, j + 1, k + 1] * size. A voxel map: lit cubes coloured by colors, else values through the colour map,
// times opacity. A volume (Rerun ray-marches it): values outside value_range ignored, density = normalised^gamma
// (default 3), cubes for the voxels whose density reaches a threshold, each absorbing
// 1 - exp(-density * optical_density * s / axis), every s-th voxel per axis above MAX_VOXELS.
import * as THREE from "three";
import { rgba8, rows, splatVec } from "../comps";
import type { NumComp } from "../protocol";
import { colormapAt } from "./image_decode";
import { rotationsFrom } from "./poses";
import { registerVisual, type Components } from "./registry";
import type { Visual } from "./visual";

const DEFAULT_COLORMAP = 5; // Turbo, Rerun's default
export const VOLUME_THRESHOLD = 0.1;
const DEFAULT_GAMMA = 3; // Rerun's: suppresses low densities
const MAX_VOXELS = 65536;

function first(c: NumComp | null, k: number, fill: number[]): number[] {
  return Array.from(splatVec(c && rows(c) > 0 ? c : null, 1, k, fill));
}

/** entity_from_grid: translation · (axis-angle or quaternion) rotation. */
function gridPose(c: Components): THREE.Matrix4 {
  const q = c.num("quaternion");
  const aa = c.num("rotation_axis_angle");
  const rot = rotationsFrom(q && rows(q) > 0 ? Float32Array.from(first(q, 4, [0, 0, 0, 1])) : null, aa && rows(aa) > 0 ? Float32Array.from(first(aa, 4, [1, 0, 0, 0])) : null, 1);
  const t = first(c.num("translation"), 3, [0, 0, 0]);
  return new THREE.Matrix4().compose(new THREE.Vector3(t[0], t[1], t[2]), new THREE.Quaternion(rot[0], rot[1], rot[2], rot[3]), new THREE.Vector3(1, 1, 1));
}

/** Values over `range` (else their finite range) → 0..1, clamped. */
function normalised(v: ArrayLike<number>, range: NumComp | null): Float32Array {
  let lo = Infinity;
  let hi = -Infinity;
  if (range && rows(range) > 0) [lo, hi] = [Number(range.data[0]), Number(range.data[1])];
  else for (let i = 0; i < v.length; i++) if (Number.isFinite(v[i]!)) [lo, hi] = [Math.min(lo, v[i]!), Math.max(hi, v[i]!)];
  if (!Number.isFinite(lo)) [lo, hi] = [0, 1];
  const span = hi !== lo ? hi - lo : 1;
  const out = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = Math.max(0, Math.min(1, (v[i]! - lo) / span)) || 0;
  return out;
}

/** One merged mesh of unit cubes at `ijk` (voxel indices, xyz) scaled by `size`, RGBA per cube (vertex alpha). */
function cubes(ijk: Int32Array, size: number[], rgba: Uint8Array, pose: THREE.Matrix4, name: string): Visual {
  const n = ijk.length / 3;
  const box = new THREE.BoxGeometry(1, 1, 1).translate(0.5, 0.5, 0.5);
  const bp = box.attributes.position!.array as Float32Array;
  const bn = box.attributes.normal!.array as Float32Array;
  const bi = box.index!.array as ArrayLike<number>;
  const nv = bp.length / 3;
  const pos = new Float32Array(n * nv * 3);
  const nrm = new Float32Array(n * nv * 3);
  const col = new Uint8Array(n * nv * 4);
  const idx = new Uint32Array(n * bi.length);
  const [sx, sy, sz] = size as [number, number, number];
  for (let c = 0; c < n; c++) {
    const x = ijk[3 * c]!, y = ijk[3 * c + 1]!, z = ijk[3 * c + 2]!;
    const r = rgba[4 * c]!, g = rgba[4 * c + 1]!, b = rgba[4 * c + 2]!, a = rgba[4 * c + 3]!;
    for (let v = 0, o = c * nv * 3, q = c * nv * 4; v < nv; v++, o += 3, q += 4) {
      pos[o] = (x + bp[3 * v]!) * sx;
      pos[o + 1] = (y + bp[3 * v + 1]!) * sy;
      pos[o + 2] = (z + bp[3 * v + 2]!) * sz;
      col[q] = r;
      col[q + 1] = g;
      col[q + 2] = b;
      col[q + 3] = a;
    }
    nrm.set(bn, c * nv * 3);
    for (let k = 0; k < bi.length; k++) idx[c * bi.length + k] = bi[k]! + c * nv;
  }
  box.dispose();
  const geom = new THREE.BufferGeometry();
  geom.setAttribute("position", new THREE.BufferAttribute(pos, 3));
  geom.setAttribute("normal", new THREE.BufferAttribute(nrm, 3));
  geom.setAttribute("color", new THREE.BufferAttribute(col, 4, true));
  geom.setIndex(new THREE.BufferAttribute(idx, 1));
  let translucent = false;
  for (let c = 0; c < n; c++) if (rgba[4 * c + 3]! < 255) translucent = true;
  const mat = new THREE.MeshLambertMaterial({ vertexColors: true, transparent: translucent, depthWrite: !translucent });
  const mesh = new THREE.Mesh(geom, mat);
  mesh.matrixAutoUpdate = false;
  mesh.matrix.copy(pose);
  mesh.name = name;
  return {
    object: mesh,
    dispose() {
      geom.dispose();
      mat.dispose();
      mesh.removeFromParent();
    },
  };
}

function buildVoxelGrid(c: Components): Visual | null {
  const vi = c.num("voxel_indices");
  const n = rows(vi);
  if (!vi || n === 0) return null;
  const ijk = Int32Array.from(vi.data.subarray(0, 3 * n) as ArrayLike<number>, Number);
  const values = c.num("values");
  let rgba: Uint8Array;
  if (!c.num("colors") && values && rows(values) > 0) {
    const range = c.num("value_range");
    const t = normalised(splatVec(values, n, 1, [0]), range && rows(range) > 0 ? range : { kind: "num", data: Float64Array.of(0, 1), shape: [1, 2] }); // Rerun's default 0..1
    const map = first(c.num("colormap"), 1, [DEFAULT_COLORMAP])[0]!;
    rgba = new Uint8Array(4 * n);
    for (let i = 0; i < n; i++) {
      colormapAt(t[i]!, map, rgba, 4 * i);
      rgba[4 * i + 3] = 255;
    }
  } else rgba = Uint8Array.from(rgba8(c.num("colors"), n, c.color));
  const opacity = Math.max(0, Math.min(1, first(c.num("opacity"), 1, [1])[0]!));
  for (let i = 0; i < n; i++) rgba[4 * i + 3] = Math.round(rgba[4 * i + 3]! * opacity);
  return cubes(ijk, first(c.num("voxel_size"), 3, [1, 1, 1]), rgba, gridPose(c), "voxels");
}

function buildVolume(c: Components): Visual | null {
  const tensor = decodeTensor(c.num("values"));
  if (!tensor || tensor.shape.length !== 3) return null;
  const [d, h, w] = tensor.shape as [number, number, number];
  const gamma = first(c.num("gamma"), 1, [DEFAULT_GAMMA])[0]!;
  const range = c.num("value_range");
  const [lo, hi] = range && rows(range) > 0 ? [Number(range.data[0]), Number(range.data[1])] : [-Infinity, Infinity];
  const t = normalised(tensor.values, range);
  for (let i = 0; i < t.length; i++) {
    const v = tensor.values[i]!;
    t[i] = v >= lo && v <= hi ? Math.pow(t[i]!, gamma) : -1; // outside value_range: ignored
  }
  let count = 0;
  for (const x of t) if (x >= VOLUME_THRESHOLD) count++;
  const step = Math.max(1, Math.ceil(Math.cbrt(count / MAX_VOXELS)));
  const ijk: number[] = [];
  const vals: number[] = [];
  for (let k = 0; k < d; k += step)
    for (let j = 0; j < h; j += step)
      for (let i = 0; i < w; i += step) {
        const x = t[(k * h + j) * w + i]!;
        if (x >= VOLUME_THRESHOLD) {
          ijk.push(i / step, j / step, k / step);
          vals.push(x);
        }
      }
  if (vals.length === 0) return null;
  const map = first(c.num("colormap"), 1, [DEFAULT_COLORMAP])[0]!;
  // optical depth: optical_density across the volume's mean axis at full density (Rerun's definition)
  const density = (Math.max(0, first(c.num("optical_density"), 1, [1])[0]!) * step) / ((w + h + d) / 3);
  const rgba = new Uint8Array(4 * vals.length);
  vals.forEach((x, i) => {
    colormapAt(x, map, rgba, 4 * i);
    rgba[4 * i + 3] = Math.round(255 * (1 - Math.exp(-density * x)));
  });
  const size = first(c.num("voxel_size"), 3, [1, 1, 1]).map((s) => s * step);
  return cubes(Int32Array.from(ijk), size, rgba, gridPose(c), "volume");
}

/** The first tensor of a blob component (rerun_nb/components/_tensor.py: "RNBT", u32 header length, JSON, data). */
export function decodeTensor(c: NumComp | null): { shape: number[]; values: Float64Array } | null {
  if (!c || !c.offsets || c.offsets.length < 2) return null;
  const all = c.data as Uint8Array;
  const b = all.subarray(c.offsets[0], c.offsets[1]);
  if (b.length < 8 || String.fromCharCode(b[0]!, b[1]!, b[2]!, b[3]!) !== "RNBT") return null;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const n = dv.getUint32(4, true);
  if (8 + n > b.length) return null;
  let head: { dtype?: string; shape?: number[] };
  try {
    head = JSON.parse(new TextDecoder().decode(b.subarray(8, 8 + n)));
  } catch {
    return null;
  }
  const shape = Array.isArray(head.shape) ? head.shape.map(Number) : [];
  const count = shape.reduce((a, x) => a * x, 1);
  const read = READERS[String(head.dtype)];
  if (!read || (b.length - 8 - n) !== count * read[0]) return null;
  const values = new Float64Array(count);
  for (let i = 0; i < count; i++) values[i] = read[1](dv, 8 + n + i * read[0]);
  return { shape, values };
}

function half(bits: number): number {
  const e = (bits >> 10) & 0x1f;
  const f = bits & 0x3ff;
  const s = bits & 0x8000 ? -1 : 1;
  if (e === 0) return s * f * 2 ** -24;
  if (e === 31) return f ? NaN : s * Infinity;
  return s * (1 + f / 1024) * 2 ** (e - 15);
}

const READERS: Record<string, [number, (dv: DataView, o: number) => number]> = {
  "|u1": [1, (dv, o) => dv.getUint8(o)],
  "|i1": [1, (dv, o) => dv.getInt8(o)],
  "<u2": [2, (dv, o) => dv.getUint16(o, true)],
  "<i2": [2, (dv, o) => dv.getInt16(o, true)],
  "<u4": [4, (dv, o) => dv.getUint32(o, true)],
  "<i4": [4, (dv, o) => dv.getInt32(o, true)],
  "<u8": [8, (dv, o) => Number(dv.getBigUint64(o, true))],
  "<i8": [8, (dv, o) => Number(dv.getBigInt64(o, true))],
  "<f2": [2, (dv, o) => half(dv.getUint16(o, true))],
  "<f4": [4, (dv, o) => dv.getFloat32(o, true)],
  "<f8": [8, (dv, o) => dv.getFloat64(o, true)],
};

registerVisual({ archetypes: ["VoxelGridMap"], build: buildVoxelGrid });
registerVisual({ archetypes: ["Volume3D"], build: buildVolume });

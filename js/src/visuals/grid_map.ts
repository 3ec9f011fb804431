// GridMap: the grid as a textured quad in 3D, as the pygfx visual (rerun_nb/render/visuals/grid_map.py, which says
// how): cell (column i, row j) covers [i, i + 1] x [j, j + 1] times cell_size from the pose's origin (row 0 at
// y = 0); single-channel grids through the ROS palettes (RvizMap 10, RvizCostmap 11, Costmap 12 as RvizCostmap) on
// U8 values, or a colour map over the value range, or grey; other colour models as images are.
import * as THREE from "three";
import { rows, splatVec } from "../comps";
import type { NumComp } from "../protocol";
import { channelValues, colormapAt, formatOf, toRGBA, valueRange } from "./image_decode";
import { imageQuad } from "./image_quad";
import { rotationsFrom } from "./poses";
import { registerVisual, type Components } from "./registry";
import { firstBlob } from "./shape_helpers";
import type { Visual } from "./visual";

const RVIZ_MAP = 10;
const ROS_PALETTES = new Set([10, 11, 12]);
const UNKNOWN = [112, 137, 134];

/** rviz's "map" (RvizMap) or "costmap" palette: RGBA8 of a U8 cell value. */
export function rosColor(v: number, which: number, out: Uint8Array, o: number): void {
  let c: number[];
  if (v <= 100) {
    if (which === RVIZ_MAP) c = [255 - Math.floor((v * 255) / 100), 255 - Math.floor((v * 255) / 100), 255 - Math.floor((v * 255) / 100), 255];
    else if (v === 0) c = [0, 0, 0, 0];
    else if (v === 99) c = [0, 255, 255, 255];
    else if (v === 100) c = [255, 0, 255, 255];
    else c = [Math.floor((v * 255) / 100), 0, 255 - Math.floor((v * 255) / 100), 255];
  } else if (v < 128) c = [0, 255, 0, 255];
  else if (v < 255) c = [255, Math.floor(((v - 128) * 255) / 126), 0, 255];
  else c = [...UNKNOWN, 255];
  out.set(c, o);
}

function last(c: NumComp | null, dflt: number): number {
  return c && c.data.length ? Number(c.data[c.data.length - 1]) : dflt;
}

function gridRGBA(bytes: Uint8Array, f: NonNullable<ReturnType<typeof formatOf>>, which: number | null): Uint8Array | null {
  if (f.cm !== 1) return toRGBA(bytes, f);
  const v = channelValues(bytes, f);
  if (!v) return null;
  const out = new Uint8Array(4 * v.length);
  if (which !== null && ROS_PALETTES.has(which) && f.dt === 6) {
    for (let i = 0; i < v.length; i++) rosColor(v[i]!, which, out, 4 * i);
    return out;
  }
  const [lo, hi] = valueRange(v, f.dt >= 33);
  const span = hi > lo ? hi - lo : 1;
  for (let i = 0; i < v.length; i++) {
    const t = (v[i]! - lo) / span;
    if (which) colormapAt(t, which, out, 4 * i);
    else out.fill(Math.round(Math.max(0, Math.min(1, t)) * 255), 4 * i, 4 * i + 3);
    out[4 * i + 3] = 255;
  }
  return out;
}

function build(c: Components): Visual | null {
  const bytes = firstBlob(c.num("data"));
  const f = formatOf(c.num("format"));
  const cell = c.num("cell_size");
  if (!bytes || !f || f.w <= 0 || f.h <= 0 || !cell || rows(cell) === 0) return null;
  const cm = c.num("colormap");
  const rgba = gridRGBA(bytes, f, cm && rows(cm) > 0 ? Number(cm.data[0]) : null);
  if (!rgba) return null;
  const quad = imageQuad(rgba, f.w, f.h, Math.max(0, Math.min(1, last(c.num("opacity"), 1))), last(c.num("draw_order"), 0));
  const q = c.num("quaternion");
  const aa = c.num("rotation_axis_angle");
  const rot = rotationsFrom(q && rows(q) > 0 ? splatVec(q, 1, 4, [0, 0, 0, 1]) : null, aa && rows(aa) > 0 ? splatVec(aa, 1, 4, [1, 0, 0, 0]) : null, 1);
  const t = splatVec(c.num("translation"), 1, 3, [0, 0, 0]);
  const s = last(cell, 1);
  const group = new THREE.Group();
  group.matrixAutoUpdate = false;
  group.matrix.compose(new THREE.Vector3(t[0], t[1], t[2]), new THREE.Quaternion(rot[0], rot[1], rot[2], rot[3]), new THREE.Vector3(s, s, 1));
  group.add(quad.object);
  group.name = "grid_map";
  return { ...quad, object: group, dispose: () => (quad.dispose(), group.removeFromParent()) };
}

registerVisual({ archetypes: ["GridMap"], build });

// Pinhole: the camera's frustum in 3D views, drawn in the entity's image space (rerun_nb/archetypes/pinhole.py):
// lines from the camera centre (cx, cy, -d) to the image's corners and the image's outline at z = 0, which the
// pinhole's transform puts on the image plane. Not drawn in 2D views (orthographic camera).
import { rgba8 } from "../comps";
import type { NumComp } from "../protocol";
import { onlyUnder } from "./image_quad";
import { registerVisual, type Components } from "./registry";
import { buildSegmentBatches } from "./segments";
import type { RenderCtx, Visual } from "./visual";

const DEFAULT_DISTANCE = 1;
const WHITE: [number, number, number, number] = [255, 255, 255, 255];

function lastRow(c: NumComp | null, k: number): number[] | null {
  return c && c.data.length >= k ? Array.from(c.data.subarray(c.data.length - k), Number) : null;
}

/** Segment end points (x0 y0 z0 x1 y1 z1 per segment) of the frustum in image space. */
export function frustum(k: number[], w: number, h: number, d: number): Float32Array {
  const apex = [k[2]!, k[5]!, -d];
  const corners = [[0, 0, 0], [w, 0, 0], [w, h, 0], [0, h, 0]];
  const out: number[] = [];
  corners.forEach((p, i) => out.push(...apex, ...p, ...p, ...corners[(i + 1) % 4]!));
  return Float32Array.from(out);
}

function build(c: Components, ctx: RenderCtx): Visual | null {
  const k = lastRow(c.num("image_from_camera"), 9); // row-major 3x3
  if (!k) return null;
  const res = lastRow(c.num("resolution"), 2);
  const [w, h] = res ?? [2 * k[2]!, 2 * k[5]!];
  const d = lastRow(c.num("image_plane_distance"), 1)?.[0] ?? DEFAULT_DISTANCE;
  const positions = frustum(k, w!, h!, d);
  const rgba = rgba8(c.num("color"), 1, WHITE);
  const colors = new Float32Array(positions.length);
  for (let i = 0; i < colors.length; i += 3) colors.set([rgba[0]! / 255, rgba[1]! / 255, rgba[2]! / 255], i);
  const lw = lastRow(c.num("line_width"), 1)?.[0] ?? null;
  const v = buildSegmentBatches(new Map([[lw, { positions, colors }]]), ctx);
  v.object.name = "frustum";
  onlyUnder(v.object, false);
  return v;
}

registerVisual({ archetypes: ["Pinhole"], build });

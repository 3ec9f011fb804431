// LineStrips3D / LineStrips2D (and box wireframes): LineSegments2 from three's examples, one batch per distinct
// radius (a radius is in scene units; no radius or a negative one = a width in UI pixels, as in Rerun).
import * as THREE from "three";
import { LineMaterial } from "three/examples/jsm/lines/LineMaterial.js";
import { LineSegments2 } from "three/examples/jsm/lines/LineSegments2.js";
import { LineSegmentsGeometry } from "three/examples/jsm/lines/LineSegmentsGeometry.js";
import type { RenderCtx, Visual } from "./visual";

/** Default line width in pixels when no radius is logged. */
export const DEFAULT_LINE_PX = 2;

export interface Segments {
  /** per segment: x0 y0 z0 x1 y1 z1 */
  positions: Float32Array;
  /** per segment: r0 g0 b0 r1 g1 b1 in 0..1 */
  colors: Float32Array;
}

/** One Group holding a LineSegments2 per batch of segments sharing a radius (`null` = default pixel width). */
export function buildSegmentBatches(batches: Map<number | null, Segments>, ctx: RenderCtx): Visual {
  const group = new THREE.Group();
  group.name = "lines";
  for (const [radius, seg] of batches) {
    if (seg.positions.length === 0) continue;
    const geom = new LineSegmentsGeometry();
    geom.setPositions(seg.positions);
    geom.setColors(seg.colors);
    const world = radius !== null && radius >= 0;
    const mat = new LineMaterial({
      vertexColors: true,
      worldUnits: world,
      linewidth: radius === null ? DEFAULT_LINE_PX : world ? 2 * radius : -2 * radius,
    });
    mat.uniforms["resolution"]!.value = ctx.resolution; // shared, updated on resize
    const obj = new LineSegments2(geom, mat);
    obj.frustumCulled = false;
    group.add(obj);
  }
  return {
    object: group,
    dispose() {
      for (const c of group.children) {
        const l = c as LineSegments2;
        l.geometry.dispose();
        l.material.dispose();
      }
      group.removeFromParent();
    },
  };
}

/** Line strips: `points` (xyz per row), `offsets` (N+1 row offsets), per-strip colours and radii. */
export function buildStrips(
  points: Float32Array,
  offsets: Uint32Array,
  stripColors: Uint8Array,
  stripRadii: Float32Array | null,
  ctx: RenderCtx,
): Visual {
  const nStrips = Math.max(0, offsets.length - 1);
  // count segments per radius batch first, then fill
  const counts = new Map<number | null, number>();
  const key = (i: number): number | null => (stripRadii ? stripRadii[i]! : null);
  for (let s = 0; s < nStrips; s++) {
    const m = Math.max(0, offsets[s + 1]! - offsets[s]! - 1);
    counts.set(key(s), (counts.get(key(s)) ?? 0) + m);
  }
  const batches = new Map<number | null, Segments & { k: number }>();
  for (const [r, m] of counts) batches.set(r, { positions: new Float32Array(6 * m), colors: new Float32Array(6 * m), k: 0 });
  for (let s = 0; s < nStrips; s++) {
    const b = batches.get(key(s))!;
    const cr = stripColors[4 * s]! / 255, cg = stripColors[4 * s + 1]! / 255, cb = stripColors[4 * s + 2]! / 255;
    for (let p = offsets[s]!; p + 1 < offsets[s + 1]!; p++) {
      const o = 6 * b.k++;
      b.positions.set(points.subarray(3 * p, 3 * p + 6), o);
      b.colors[o] = b.colors[o + 3] = cr;
      b.colors[o + 1] = b.colors[o + 4] = cg;
      b.colors[o + 2] = b.colors[o + 5] = cb;
    }
  }
  return buildSegmentBatches(batches, ctx);
}

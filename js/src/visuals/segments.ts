// Thick line segments for the visuals that draw lines (strips, box and ellipsoid wireframes): LineSegments2 from
// three's examples, one batch per distinct radius (a radius is in scene units; no radius or a negative one = a
// width in UI pixels, as in Rerun).
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

/**
 * `n` posed copies of a wireframe `template` (x0 y0 z0 x1 y1 z1 per segment, in the instance's unit space):
 * instance i is placed by `pose(i, m)` (which fills `m`), coloured and sized by its RGBA8 colour and radius.
 */
export function posedWireframe(
  template: Float32Array,
  n: number,
  pose: (i: number, m: THREE.Matrix4) => void,
  colors: Uint8Array,
  radii: Float32Array | null,
  ctx: RenderCtx,
): Visual {
  const per = template.length / 6;
  const counts = new Map<number | null, number>();
  const key = (i: number): number | null => (radii ? radii[i]! : null);
  for (let i = 0; i < n; i++) counts.set(key(i), (counts.get(key(i)) ?? 0) + per);
  const batches = new Map<number | null, Segments & { k: number }>();
  for (const [r, m] of counts) batches.set(r, { positions: new Float32Array(6 * m), colors: new Float32Array(6 * m), k: 0 });
  const m = new THREE.Matrix4();
  const v = new THREE.Vector3();
  for (let i = 0; i < n; i++) {
    pose(i, m);
    const b = batches.get(key(i))!;
    const r = colors[4 * i]! / 255, g = colors[4 * i + 1]! / 255, bl = colors[4 * i + 2]! / 255;
    for (let s = 0; s < per; s++) {
      const o = 6 * b.k++;
      v.fromArray(template, 6 * s).applyMatrix4(m).toArray(b.positions, o);
      v.fromArray(template, 6 * s + 3).applyMatrix4(m).toArray(b.positions, o + 3);
      b.colors.set([r, g, bl, r, g, bl], o);
    }
  }
  return buildSegmentBatches(batches, ctx);
}

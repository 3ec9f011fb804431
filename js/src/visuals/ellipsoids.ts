// Ellipsoids3D: by fill_mode, three axis rings per ellipsoid (MajorWireframe, the default when none is logged, as
// the pygfx visual), meridians and parallels (DenseWireframe), a lit sphere mesh (Solid), or a translucent mesh
// under the rings (TransparentFillMajorWireframe). Each is the unit sphere posed by half_sizes, rotation, center.
import * as THREE from "three";
import { radii, rgba8, rows } from "../comps";
import { labelOf } from "./labels";
import { shownLabels } from "./shape_helpers";
import {
  FILL_DENSE_WIREFRAME,
  FILL_SOLID,
  FILL_TRANSPARENT_FILL_MAJOR_WIREFRAME,
  fillMode,
  poseMatrix,
  posedMeshes,
  readPoses,
  type Poses,
} from "./poses";
import { registerVisual, type Components } from "./registry";
import { posedWireframe } from "./segments";
import type { PickHit, RenderCtx, Visual } from "./visual";

const RING_SEGMENTS = 64;
/** Opacity of the fill under the rings (TransparentFillMajorWireframe), relative to the colour's alpha. */
const TRANSPARENT_FILL_ALPHA = 0.25;

type Ring = (angle: number) => [number, number, number];

/** Closed rings on the unit sphere as segments (x0 y0 z0 x1 y1 z1 each). */
function ringsTemplate(rings: Ring[]): Float32Array {
  const out: number[] = [];
  for (const ring of rings) {
    for (let k = 0; k < RING_SEGMENTS; k++) {
      out.push(...ring((2 * Math.PI * k) / RING_SEGMENTS), ...ring((2 * Math.PI * (k + 1)) / RING_SEGMENTS));
    }
  }
  return Float32Array.from(out);
}

/** The three axis-aligned great circles (XY, YZ, ZX planes). */
const MAJOR = ringsTemplate([
  (a) => [Math.cos(a), Math.sin(a), 0],
  (a) => [0, Math.cos(a), Math.sin(a)],
  (a) => [Math.sin(a), 0, Math.cos(a)],
]);

/** 8 meridians (4 great circles through the poles) and 7 parallels. */
const DENSE = ringsTemplate([
  ...[0, 1, 2, 3].map((j): Ring => {
    const lon = (j * Math.PI) / 4;
    return (a) => [Math.cos(a) * Math.cos(lon), Math.cos(a) * Math.sin(lon), Math.sin(a)];
  }),
  ...[1, 2, 3, 4, 5, 6, 7].map((j): Ring => {
    const lat = -Math.PI / 2 + (j * Math.PI) / 8;
    return (a) => [Math.cos(lat) * Math.cos(a), Math.cos(lat) * Math.sin(a), Math.sin(lat)];
  }),
]);

/** Number of ellipsoids: the longest of half sizes and poses (0 without half sizes), as the pygfx visual. */
function instances(c: Components): number {
  const n = rows(c.num("half_sizes"));
  if (n === 0) return 0;
  return Math.max(n, ...["centers", "quaternions", "rotation_axis_angles"].map((f) => rows(c.num(f))));
}

function sphere(p: Poses, n: number, colors: Uint8Array, opacity = 1): Visual {
  return posedMeshes(new THREE.SphereGeometry(1, 32, 16), p, n, colors, "ellipsoids", opacity);
}

function build(c: Components, ctx: RenderCtx): Visual | null {
  const n = instances(c);
  if (n === 0) return null;
  const p = readPoses(c, n);
  const colors = rgba8(c.num("colors"), n, c.color);
  const mode = fillMode(c);
  const wire = (t: Float32Array): Visual => posedWireframe(t, n, (i, m) => poseMatrix(p, i, m), colors, radii(c.num("line_radii"), n), ctx);
  let v: Visual;
  if (mode === FILL_SOLID) v = sphere(p, n, colors);
  else if (mode === FILL_DENSE_WIREFRAME) v = wire(DENSE);
  else if (mode === FILL_TRANSPARENT_FILL_MAJOR_WIREFRAME) v = both(sphere(p, n, colors, (TRANSPARENT_FILL_ALPHA * colors[3]!) / 255), wire(MAJOR));
  else v = wire(MAJOR);
  v.object.name = "ellipsoids";
  v.labelAnchors = shownLabels(c, p.centers, n);
  v.pick = picker(v.object, p, n);
  return v;
}

function both(a: Visual, b: Visual): Visual {
  const group = new THREE.Group();
  group.add(a.object, b.object);
  return {
    object: group,
    dispose() {
      a.dispose();
      b.dispose();
      group.removeFromParent();
    },
  };
}

/** Hover: the nearest ellipsoid the ray passes through (the ray in each one's unit-sphere space). */
function picker(obj: THREE.Object3D, p: Poses, n: number): (ray: THREE.Ray) => PickHit | null {
  const m = new THREE.Matrix4();
  const inv = new THREE.Matrix4();
  const local = new THREE.Ray();
  const hit = new THREE.Vector3();
  const unit = new THREE.Sphere(new THREE.Vector3(), 1);
  return (rayWorld) => {
    let best: PickHit | null = null;
    for (let i = 0; i < n; i++) {
      poseMatrix(p, i, m).premultiply(obj.matrixWorld);
      if (m.determinant() === 0) continue;
      local.copy(rayWorld).applyMatrix4(inv.copy(m).invert());
      if (!local.intersectSphere(unit, hit)) continue;
      const t = hit.applyMatrix4(m).distanceTo(rayWorld.origin);
      if (!best || t < best.t) best = { t, index: i, position: [p.centers[3 * i]!, p.centers[3 * i + 1]!, p.centers[3 * i + 2]!] };
    }
    return best;
  };
}

registerVisual({ archetypes: ["Ellipsoids3D"], build, label: labelOf });

// Arrows3D: instanced cylinders (shafts) and cones (heads) from origins + vectors, radius per arrow.
import * as THREE from "three";
import { radii, rgba8, rows, splatVec } from "../comps";
import { labelOf } from "./labels";
import { shownLabels } from "./shape_helpers";
import { registerVisual, type Components } from "./registry";
import type { RenderCtx, Visual } from "./visual";

export function buildArrows(
  origins: Float32Array,
  vectors: Float32Array,
  colors: Uint8Array,
  radii: Float32Array | null,
  ctx: RenderCtx,
): Visual {
  const n = Math.floor(vectors.length / 3);
  const shaftGeom = new THREE.CylinderGeometry(1, 1, 1, 10).translate(0, 0.5, 0);
  const headGeom = new THREE.ConeGeometry(1, 1, 16).translate(0, 0.5, 0);
  const mat = new THREE.MeshLambertMaterial({ color: 0xffffff });
  const shafts = new THREE.InstancedMesh(shaftGeom, mat, n);
  const heads = new THREE.InstancedMesh(headGeom, mat, n);
  const up = new THREE.Vector3(0, 1, 0);
  const dir = new THREE.Vector3();
  const o = new THREE.Vector3();
  const q = new THREE.Quaternion();
  const s = new THREE.Vector3();
  const m = new THREE.Matrix4();
  const c = new THREE.Color();
  for (let i = 0; i < n; i++) {
    dir.fromArray(vectors, 3 * i);
    o.fromArray(origins, 3 * i);
    const len = dir.length();
    const r = radii ? Math.abs(radii[i]!) : Math.max(ctx.defaultRadius.value, len * 0.02);
    if (len > 0) q.setFromUnitVectors(up, dir.clone().divideScalar(len));
    else q.identity();
    const headLen = Math.min(len * 0.5, 6 * r);
    shafts.setMatrixAt(i, m.compose(o, q, s.set(r, Math.max(len - headLen, 0), r)));
    heads.setMatrixAt(i, m.compose(o.clone().addScaledVector(dir, len > 0 ? (len - headLen) / len : 0), q, s.set(2 * r, headLen, 2 * r)));
    c.setRGB(colors[4 * i]! / 255, colors[4 * i + 1]! / 255, colors[4 * i + 2]! / 255);
    shafts.setColorAt(i, c);
    heads.setColorAt(i, c);
  }
  const group = new THREE.Group();
  group.name = "arrows";
  shafts.frustumCulled = heads.frustumCulled = false;
  group.add(shafts, heads);
  return {
    object: group,
    dispose() {
      shaftGeom.dispose();
      headGeom.dispose();
      mat.dispose();
      shafts.dispose();
      heads.dispose();
      group.removeFromParent();
    },
  };
}

registerVisual({
  archetypes: ["Arrows3D"],
  build(c: Components, ctx: RenderCtx): Visual | null {
    const vc = c.num("vectors");
    const n = rows(vc);
    if (!vc || n === 0) return null;
    const vecs = splatVec(vc, n, 3, [0, 0, 0]);
    const origins = splatVec(c.num("origins"), n, 3, [0, 0, 0]);
    const v = buildArrows(origins, vecs, rgba8(c.num("colors"), n, c.color), radii(c.num("radii"), n), ctx);
    const tips = new Float32Array(3 * n); // labels sit at the tips
    for (let i = 0; i < 3 * n; i++) tips[i] = origins[i]! + vecs[i]!;
    v.labelAnchors = shownLabels(c, tips, n);
    return v;
  },
  label: labelOf,
});

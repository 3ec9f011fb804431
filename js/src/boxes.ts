// Boxes3D: centers / half_sizes / quaternions | rotation_axis_angles; solid (fill_mode 3) as an InstancedMesh,
// otherwise a wireframe of the 12 edges (line radius from radii).
import * as THREE from "three";
import { buildSegmentBatches, type Segments } from "./lines";
import type { RenderCtx, Visual } from "./visual";

export const FILL_SOLID = 3;

/** per-instance unit quaternions (xyzw) from quaternions or axis-angles (axis xyz + angle), identity if none */
export function rotationsFrom(quats: Float32Array | null, axisAngles: Float32Array | null, n: number): Float32Array {
  const out = new Float32Array(4 * n);
  const q = new THREE.Quaternion();
  const axis = new THREE.Vector3();
  for (let i = 0; i < n; i++) {
    if (quats) {
      q.set(quats[4 * i]!, quats[4 * i + 1]!, quats[4 * i + 2]!, quats[4 * i + 3]!);
      if (q.lengthSq() === 0 || !Number.isFinite(q.lengthSq())) q.identity();
      else q.normalize();
    } else if (axisAngles) {
      axis.set(axisAngles[4 * i]!, axisAngles[4 * i + 1]!, axisAngles[4 * i + 2]!);
      if (axis.lengthSq() === 0) q.identity();
      else q.setFromAxisAngle(axis.normalize(), axisAngles[4 * i + 3]!);
    } else q.identity();
    out.set([q.x, q.y, q.z, q.w], 4 * i);
  }
  return out;
}

const CORNERS = [
  [-1, -1, -1], [1, -1, -1], [1, 1, -1], [-1, 1, -1],
  [-1, -1, 1], [1, -1, 1], [1, 1, 1], [-1, 1, 1],
] as const;
const EDGES = [[0, 1], [1, 2], [2, 3], [3, 0], [4, 5], [5, 6], [6, 7], [7, 4], [0, 4], [1, 5], [2, 6], [3, 7]] as const;

export function buildBoxes(
  centers: Float32Array,
  halfSizes: Float32Array,
  rotations: Float32Array,
  colors: Uint8Array,
  radii: Float32Array | null,
  solid: boolean,
  _ctx: RenderCtx,
): Visual {
  const n = Math.floor(halfSizes.length / 3);
  const m = new THREE.Matrix4();
  const pos = new THREE.Vector3();
  const quat = new THREE.Quaternion();
  const scl = new THREE.Vector3();
  if (solid) {
    const geom = new THREE.BoxGeometry(2, 2, 2);
    const mat = new THREE.MeshLambertMaterial({ color: 0xffffff });
    const mesh = new THREE.InstancedMesh(geom, mat, n);
    const c = new THREE.Color();
    for (let i = 0; i < n; i++) {
      pos.fromArray(centers, 3 * i);
      quat.fromArray(rotations, 4 * i);
      scl.fromArray(halfSizes, 3 * i);
      mesh.setMatrixAt(i, m.compose(pos, quat, scl));
      mesh.setColorAt(i, c.setRGB(colors[4 * i]! / 255, colors[4 * i + 1]! / 255, colors[4 * i + 2]! / 255));
    }
    mesh.frustumCulled = false;
    mesh.name = "boxes";
    return {
      object: mesh,
      labelAnchors: undefined,
      dispose() {
        geom.dispose();
        mat.dispose();
        mesh.dispose();
        mesh.removeFromParent();
      },
    };
  }
  const batches = new Map<number | null, Segments & { k: number }>();
  const key = (i: number): number | null => (radii ? radii[i]! : null);
  for (let i = 0; i < n; i++) {
    const b = batches.get(key(i));
    if (b) b.k += 12;
    else batches.set(key(i), { positions: new Float32Array(0), colors: new Float32Array(0), k: 12 });
  }
  for (const b of batches.values()) {
    b.positions = new Float32Array(6 * b.k);
    b.colors = new Float32Array(6 * b.k);
    b.k = 0;
  }
  const corner = new THREE.Vector3();
  const cs: THREE.Vector3[] = CORNERS.map(() => new THREE.Vector3());
  for (let i = 0; i < n; i++) {
    pos.fromArray(centers, 3 * i);
    quat.fromArray(rotations, 4 * i);
    scl.fromArray(halfSizes, 3 * i);
    m.compose(pos, quat, scl);
    CORNERS.forEach((c, j) => cs[j]!.copy(corner.set(c[0], c[1], c[2]).applyMatrix4(m)));
    const b = batches.get(key(i))!;
    const r = colors[4 * i]! / 255, g = colors[4 * i + 1]! / 255, bl = colors[4 * i + 2]! / 255;
    for (const [a, z] of EDGES) {
      const o = 6 * b.k++;
      cs[a]!.toArray(b.positions, o);
      cs[z]!.toArray(b.positions, o + 3);
      b.colors.set([r, g, bl, r, g, bl], o);
    }
  }
  return buildSegmentBatches(batches, _ctx);
}

// What the posed archetypes (Boxes3D, Ellipsoids3D) share: centers, half sizes and rotations per instance,
// splatted, the fill mode, and solid instanced meshes.
import * as THREE from "three";
import { rows, splatVec } from "../comps";
import type { Components } from "./registry";
import type { Visual } from "./visual";

/** `fill_mode` values (rerun_nb/components.py `_FILL_MODES`). */
export const FILL_MAJOR_WIREFRAME = 1;
export const FILL_DENSE_WIREFRAME = 2;
export const FILL_SOLID = 3;
export const FILL_TRANSPARENT_FILL_MAJOR_WIREFRAME = 4;

/** The fill mode (one for the whole batch), or 0 when none was logged. */
export function fillMode(c: Components): number {
  const fm = c.num("fill_mode");
  return fm && fm.data.length > 0 ? Number(fm.data[0]) : 0;
}

export interface Poses {
  centers: Float32Array;
  halfSizes: Float32Array;
  /** unit quaternions, xyzw */
  rotations: Float32Array;
}

/** `n` instances' poses from `half_sizes`, `centers`, `quaternions` | `rotation_axis_angles`, splatted. */
export function readPoses(c: Components, n: number): Poses {
  const q = c.num("quaternions");
  const aa = c.num("rotation_axis_angles");
  const quats = q && rows(q) > 0 ? splatVec(q, n, 4, [0, 0, 0, 1]) : null;
  const axisAngles = aa && rows(aa) > 0 ? splatVec(aa, n, 4, [1, 0, 0, 0]) : null;
  return {
    centers: splatVec(c.num("centers"), n, 3, [0, 0, 0]),
    halfSizes: splatVec(c.num("half_sizes"), n, 3, [0.5, 0.5, 0.5]),
    rotations: rotationsFrom(quats, axisAngles, n),
  };
}

const pos = new THREE.Vector3();
const quat = new THREE.Quaternion();
const scl = new THREE.Vector3();

/** Instance i's matrix: translate(center) · rotate · scale(half size), written into `m`. */
export function poseMatrix(p: Poses, i: number, m: THREE.Matrix4): THREE.Matrix4 {
  pos.fromArray(p.centers, 3 * i);
  quat.fromArray(p.rotations, 4 * i);
  scl.fromArray(p.halfSizes, 3 * i);
  return m.compose(pos, quat, scl);
}

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

/** Instanced meshes of `geom` (unit space), posed, coloured per instance. */
export function posedMeshes(geom: THREE.BufferGeometry, p: Poses, n: number, colors: Uint8Array, name: string, opacity = 1): Visual {
  const transparent = opacity < 1;
  const mat = new THREE.MeshLambertMaterial({ color: 0xffffff, transparent, opacity, depthWrite: !transparent });
  const mesh = new THREE.InstancedMesh(geom, mat, n);
  const m = new THREE.Matrix4();
  const c = new THREE.Color();
  for (let i = 0; i < n; i++) {
    mesh.setMatrixAt(i, poseMatrix(p, i, m));
    mesh.setColorAt(i, c.setRGB(colors[4 * i]! / 255, colors[4 * i + 1]! / 255, colors[4 * i + 2]! / 255));
  }
  mesh.frustumCulled = false;
  mesh.name = name;
  return {
    object: mesh,
    dispose() {
      geom.dispose();
      mat.dispose();
      mesh.dispose();
      mesh.removeFromParent();
    },
  };
}

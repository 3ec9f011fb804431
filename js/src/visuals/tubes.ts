// Capsules3D and Cylinders3D: lit solid tubes (the default, as Rerun draws them) or wireframes of end rings and
// side lines (fill_mode MajorWireframe / DenseWireframe). A cylinder is centred on `centers`, axis along +Z; a
// capsule's axis runs `lengths` along +Z from its `translations` between the centres of its half-sphere caps.
// Both then turn by their rotation. Instances: the longest of lengths, radii and poses, splatted.
import * as THREE from "three";
import { radii, rgba8, rows, splatVec } from "../comps";
import { labelOf } from "./labels";
import { FILL_DENSE_WIREFRAME, FILL_MAJOR_WIREFRAME, fillMode, rotationsFrom } from "./poses";
import { registerVisual, type Components } from "./registry";
import { posedWireframe } from "./segments";
import { meshPicker, shownLabels } from "./shape_helpers";
import type { RenderCtx, Visual } from "./visual";

const RADIAL = 32;

interface Tubes {
  n: number;
  lengths: Float32Array;
  radii: Float32Array;
  positions: Float32Array;
  rotations: Float32Array;
}

function readTubes(c: Components, position: string): Tubes | null {
  const nl = rows(c.num("lengths"));
  const nr = rows(c.num("radii"));
  if (nl === 0 || nr === 0) return null;
  const n = Math.max(nl, nr, ...[position, "quaternions", "rotation_axis_angles"].map((f) => rows(c.num(f))));
  const q = c.num("quaternions");
  const aa = c.num("rotation_axis_angles");
  return {
    n,
    lengths: splatVec(c.num("lengths"), n, 1, [1]),
    radii: splatVec(c.num("radii"), n, 1, [0.5]).map(Math.abs),
    positions: splatVec(c.num(position), n, 3, [0, 0, 0]),
    rotations: rotationsFrom(q && rows(q) > 0 ? splatVec(q, n, 4, [0, 0, 0, 1]) : null, aa && rows(aa) > 0 ? splatVec(aa, n, 4, [1, 0, 0, 0]) : null, n),
  };
}

/** A unit-radius capsule of axis length `len` from z = 0 to z = len (three's Y-up geometry turned to Z-up). */
function capsuleGeometry(len: number): THREE.BufferGeometry {
  return new THREE.CapsuleGeometry(1, len, 8, RADIAL).rotateX(Math.PI / 2).translate(0, 0, len / 2);
}

/** Instance i's matrix: translate · rotate · scale; capsules scale by their radius only (the length is in the geometry). */
function matrixOf(t: Tubes, i: number, capsule: boolean, m: THREE.Matrix4): THREE.Matrix4 {
  const r = t.radii[i]!;
  const s = capsule ? new THREE.Vector3(r, r, r) : new THREE.Vector3(r, r, t.lengths[i]!);
  return m.compose(new THREE.Vector3().fromArray(t.positions, 3 * i), new THREE.Quaternion().fromArray(t.rotations, 4 * i), s);
}

/** Solid tubes: one InstancedMesh per distinct geometry (capsules of one length / radius ratio share one). */
function solid(t: Tubes, capsule: boolean, colors: Uint8Array): Visual {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < t.n; i++) {
    const key = capsule ? t.lengths[i]! / (t.radii[i]! || 1) : 0;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  const group = new THREE.Group();
  const mat = new THREE.MeshLambertMaterial({ color: 0xffffff });
  const m = new THREE.Matrix4();
  const col = new THREE.Color();
  for (const [ratio, idx] of groups) {
    const geom = capsule ? capsuleGeometry(ratio) : new THREE.CylinderGeometry(1, 1, 1, RADIAL).rotateX(Math.PI / 2);
    const mesh = new THREE.InstancedMesh(geom, mat, idx.length);
    idx.forEach((i, k) => {
      mesh.setMatrixAt(k, matrixOf(t, i, capsule, m));
      mesh.setColorAt(k, col.setRGB(colors[4 * i]! / 255, colors[4 * i + 1]! / 255, colors[4 * i + 2]! / 255));
    });
    mesh.userData.instances = idx;
    mesh.frustumCulled = false;
    group.add(mesh);
  }
  return {
    object: group,
    dispose() {
      for (const ch of group.children) {
        (ch as THREE.InstancedMesh).geometry.dispose();
        (ch as THREE.InstancedMesh).dispose();
      }
      mat.dispose();
      group.removeFromParent();
    },
  };
}

/** End rings and side lines of a unit tube from z = z0 to z0 + 1 (x0 y0 z0 x1 y1 z1 per segment). */
function wireTemplate(z0: number, dense: boolean): Float32Array {
  const out: number[] = [];
  const pt = (k: number, z: number): number[] => [Math.cos((2 * Math.PI * k) / RADIAL), Math.sin((2 * Math.PI * k) / RADIAL), z];
  for (let k = 0; k < RADIAL; k++) out.push(...pt(k, z0), ...pt(k + 1, z0), ...pt(k, z0 + 1), ...pt(k + 1, z0 + 1));
  for (let k = 0; k < RADIAL; k += dense ? 2 : RADIAL / 4) out.push(...pt(k, z0), ...pt(k, z0 + 1));
  return Float32Array.from(out);
}

function buildTubes(c: Components, ctx: RenderCtx, capsule: boolean): Visual | null {
  const t = readTubes(c, capsule ? "translations" : "centers");
  if (!t) return null;
  const colors = rgba8(c.num("colors"), t.n, c.color);
  const mode = fillMode(c);
  let v: Visual;
  if (mode === FILL_MAJOR_WIREFRAME || mode === FILL_DENSE_WIREFRAME) {
    const tpl = wireTemplate(capsule ? 0 : -0.5, mode === FILL_DENSE_WIREFRAME);
    const pose = (i: number, m: THREE.Matrix4): void => {
      m.compose(new THREE.Vector3().fromArray(t.positions, 3 * i), new THREE.Quaternion().fromArray(t.rotations, 4 * i), new THREE.Vector3(t.radii[i]!, t.radii[i]!, t.lengths[i]!));
    };
    v = posedWireframe(tpl, t.n, pose, colors, radii(c.num("line_radii"), t.n), ctx);
  } else {
    v = solid(t, capsule, colors);
    v.pick = meshPicker(v.object, (i) => [t.positions[3 * i]!, t.positions[3 * i + 1]!, t.positions[3 * i + 2]!]);
  }
  v.object.name = capsule ? "capsules" : "cylinders";
  v.labelAnchors = shownLabels(c, centres(t, capsule), t.n);
  return v;
}

/** Where labels sit: the middle of each tube's axis. */
function centres(t: Tubes, capsule: boolean): Float32Array {
  const out = t.positions.slice();
  if (!capsule) return out;
  const v = new THREE.Vector3();
  const q = new THREE.Quaternion();
  for (let i = 0; i < t.n; i++) {
    v.set(0, 0, t.lengths[i]! / 2).applyQuaternion(q.fromArray(t.rotations, 4 * i));
    out[3 * i]! += v.x;
    out[3 * i + 1]! += v.y;
    out[3 * i + 2]! += v.z;
  }
  return out;
}

registerVisual({ archetypes: ["Capsules3D"], build: (c, ctx) => buildTubes(c, ctx, true), label: labelOf });
registerVisual({ archetypes: ["Cylinders3D"], build: (c, ctx) => buildTubes(c, ctx, false), label: labelOf });

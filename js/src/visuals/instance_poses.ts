// InstancePoses3D: draws nothing itself; places the entity's other visuals once per pose (Rerun 0.41), after
// the entity's transform, not propagated to children. Points3D, Mesh3D, Asset3D and the posed shapes are drawn
// once per pose (PER_POSE), every other visual under the first pose only; with several shapes and several poses
// the posed shapes pair shape i with pose i (PAIRED), as Rerun documents for them and as the pygfx visual.
import * as THREE from "three";
import { rows } from "../comps";
import type { EntityState, NumComp } from "../protocol";
import { registerVisual, setPlacer } from "./registry";
import type { Visual } from "./visual";

const ARCH = "InstancePoses3D";
export const PER_POSE = new Set(["Points3D", "Mesh3D", "Asset3D", "Boxes3D", "Ellipsoids3D", "Capsules3D", "Cylinders3D"]);
/** Of those, the posed shapes pair shape i with pose i when both are several (the last of the shorter repeated). */
const PAIRED = new Set(["Boxes3D", "Ellipsoids3D", "Capsules3D", "Cylinders3D"]);
/** Fields that do not count instances (a batch of colours may be longer than the shapes). */
const NOT_COUNTED = new Set(["colors", "labels", "radii", "line_radii", "class_ids", "show_labels", "fill_mode"]);

function shapes(e: EntityState, arch: string): number {
  let n = 0;
  for (const [k, c] of e.comps) if (k.startsWith(arch + ":") && !NOT_COUNTED.has(k.slice(arch.length + 1))) n = Math.max(n, rows(c));
  return n;
}

/** `e` with the archetype's per-instance fields cut to instance `i` (clamped; one value applies to all). */
function shape(e: EntityState, arch: string, i: number): EntityState {
  const comps = new Map(e.comps);
  for (const [k, c] of e.comps) {
    const n = rows(c);
    if (!k.startsWith(arch + ":") || n <= 1) continue;
    const j = Math.min(i, n - 1);
    if (c.kind === "text") comps.set(k, { kind: "text", text: [c.text[j]!] });
    else if (!c.offsets) {
      const w = c.data.length / n;
      comps.set(k, { kind: "num", data: c.data.subarray(j * w, (j + 1) * w), shape: [1, ...c.shape.slice(1)] });
    }
  }
  return { ...e, comps };
}

function field(e: EntityState, f: string): NumComp | null {
  const c = e.comps.get(`${ARCH}:${f}`);
  return c && c.kind === "num" && rows(c) > 0 ? c : null;
}

function vec3At(c: NumComp, i: number): [number, number, number] {
  return [Number(c.data[3 * i]), Number(c.data[3 * i + 1]), Number(c.data[3 * i + 2])];
}

/** entity_from_instance per pose: translation · axis-angle · quaternion · scale · mat3x3, fields splatted to the longest. */
export function poseMatrices(e: EntityState): THREE.Matrix4[] | null {
  const t = field(e, "translations");
  const aa = field(e, "rotation_axis_angles");
  const q = field(e, "quaternions");
  const s = field(e, "scales");
  const m3 = field(e, "mat3x3");
  const n = Math.max(rows(t), rows(aa), rows(q), rows(s), rows(m3));
  if (n === 0) return null;
  const last = (c: NumComp | null, i: number): number => Math.min(i, rows(c) - 1);
  const out: THREE.Matrix4[] = [];
  const axis = new THREE.Vector3();
  const quat = new THREE.Quaternion();
  for (let i = 0; i < n; i++) {
    const m = new THREE.Matrix4();
    if (t) m.multiply(new THREE.Matrix4().makeTranslation(...vec3At(t, last(t, i))));
    if (aa) {
      const j = 4 * last(aa, i);
      axis.set(Number(aa.data[j]), Number(aa.data[j + 1]), Number(aa.data[j + 2]));
      if (axis.lengthSq() > 0) m.multiply(new THREE.Matrix4().makeRotationAxis(axis.normalize(), Number(aa.data[j + 3])));
    }
    if (q) {
      const j = 4 * last(q, i);
      quat.set(Number(q.data[j]), Number(q.data[j + 1]), Number(q.data[j + 2]), Number(q.data[j + 3]));
      if (quat.lengthSq() > 0 && Number.isFinite(quat.lengthSq())) m.multiply(new THREE.Matrix4().makeRotationFromQuaternion(quat.normalize()));
    }
    if (s) m.multiply(new THREE.Matrix4().makeScale(...vec3At(s, last(s, i))));
    if (m3) {
      const r = Array.from(m3.data.subarray(9 * last(m3, i), 9 * last(m3, i) + 9), Number); // row-major
      m.multiply(new THREE.Matrix4().set(r[0]!, r[1]!, r[2]!, 0, r[3]!, r[4]!, r[5]!, 0, r[6]!, r[7]!, r[8]!, 0, 0, 0, 0, 1));
    }
    out.push(m);
  }
  return out;
}

/** `v` under each pose (a holder group per pose; copies share geometry and material), or for the posed shapes
 * with several of both, shape i under pose i (built by `rebuild`). */
function place(archetype: string, v: Visual, e: EntityState, rebuild: (sub: EntityState) => Visual | null): Visual {
  const poses = archetype === ARCH ? null : poseMatrices(e);
  if (!poses) return v;
  const used = PER_POSE.has(archetype) ? poses : poses.slice(0, 1);
  const n = PAIRED.has(archetype) ? shapes(e, archetype) : 1;
  const paired = n > 1 && used.length > 1;
  const group = new THREE.Group();
  group.name = v.object.name;
  const copies: THREE.Object3D[] = [];
  const parts: Visual[] = [];
  const anchors = { labels: [] as string[], positions: [] as number[] };
  for (let i = 0; i < (paired ? Math.max(n, used.length) : used.length); i++) {
    const holder = new THREE.Group();
    holder.matrixAutoUpdate = false;
    holder.matrix.copy(used[Math.min(i, used.length - 1)]!);
    let obj: THREE.Object3D | undefined;
    if (paired) {
      const part = rebuild(shape(e, archetype, i)); // shape i alone under pose i
      if (part) parts.push(part);
      if (part?.labelAnchors) {
        anchors.labels.push(...part.labelAnchors.labels);
        anchors.positions.push(...transformed(part.labelAnchors.positions, holder.matrix));
      }
      obj = part?.object;
    } else {
      obj = i === 0 ? v.object : v.object.clone();
      if (i > 0) copies.push(obj);
    }
    if (obj) holder.add(obj);
    group.add(holder);
  }
  const placed: Visual = {
    object: group,
    dispose() {
      v.dispose();
      for (const p of parts) p.dispose();
      for (const c of copies) c.traverse((x) => (x as THREE.InstancedMesh).isInstancedMesh && (x as THREE.InstancedMesh).dispose());
      group.removeFromParent();
    },
  };
  if (paired) {
    if (anchors.labels.length) placed.labelAnchors = { labels: anchors.labels, positions: Float32Array.from(anchors.positions) };
    return placed; // no hover on paired shapes
  }
  if (v.labelAnchors) placed.labelAnchors = { labels: v.labelAnchors.labels, positions: transformed(v.labelAnchors.positions, used[0]!) };
  if (v.pick) placed.pick = v.pick.bind(v); // the first copy (v.object, under its holder's matrixWorld)
  return placed;
}

function transformed(p: Float32Array, m: THREE.Matrix4): Float32Array {
  const out = new Float32Array(p.length);
  const v = new THREE.Vector3();
  for (let i = 0; i < p.length; i += 3) v.fromArray(p, i).applyMatrix4(m).toArray(out, i);
  return out;
}

registerVisual({
  archetypes: [ARCH],
  entityWide: true,
  build: () => {
    const object = new THREE.Group(); // nothing of its own: the poses act through `place`
    object.name = "instance_poses";
    return { object, dispose: () => object.removeFromParent() };
  },
});

setPlacer({ active: (e) => poseMatrices(e) !== null, place });

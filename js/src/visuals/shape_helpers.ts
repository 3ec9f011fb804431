// Helpers of the drawn-geometry visuals (tubes, 2D shapes, axes, meshes, assets): labels that honour
// `show_labels`, raycast picking of mesh objects, and flat (z = 0) segment outlines.
import * as THREE from "three";
import { radii } from "../comps";
import type { NumComp } from "../protocol";
import { labelAnchors, type LabelAnchors } from "./labels";
import type { Components } from "./registry";
import { buildSegmentBatches, type Segments } from "./segments";
import type { PickHit, RenderCtx, Visual } from "./visual";

/** Label anchors at `pos` unless `show_labels` is logged false (Rerun's ShowLabels). */
export function shownLabels(c: Components, pos: Float32Array, n: number): LabelAnchors | undefined {
  const show = c.num("show_labels");
  if (show && show.data.length > 0 && !show.data[0]) return undefined;
  return labelAnchors(pos, n, c.texts("labels"));
}

/**
 * Hover by raycasting the meshes under `obj`. A mesh maps what it hit to an instance index through
 * `userData.instances` (instanced meshes: instanceId → index) or `userData.faceInstance` (merged meshes:
 * faceIndex → index); otherwise the index is 0. `anchor(i)` is the instance's logged position.
 */
export function meshPicker(obj: THREE.Object3D, anchor: (i: number) => [number, number, number]): (ray: THREE.Ray) => PickHit | null {
  const caster = new THREE.Raycaster();
  return (rayWorld) => {
    caster.ray.copy(rayWorld);
    const hits = caster.intersectObject(obj, true);
    for (const h of hits) {
      if (!(h.object as THREE.Mesh).isMesh) continue;
      const ud = h.object.userData as { instances?: number[]; faceInstance?: Uint32Array };
      let index = 0;
      if (ud.instances && h.instanceId !== undefined) index = ud.instances[h.instanceId] ?? 0;
      else if (ud.faceInstance && h.faceIndex != null) index = ud.faceInstance[h.faceIndex] ?? 0;
      return { t: h.distance, index, position: anchor(index) };
    }
    return null;
  };
}

/** Closed outlines in z = 0: instance i is `template` (unit xy pairs) scaled by its half size about its center. */
export function flatOutlines(
  template: Float32Array,
  centers: Float32Array,
  half: Float32Array,
  colors: Uint8Array,
  c: Components,
  radiusField: string,
  ctx: RenderCtx,
): Visual {
  const n = centers.length / 2;
  const k = template.length / 2;
  const rr = radii(c.num(radiusField), n);
  const batches = new Map<number | null, Segments>();
  const count = new Map<number | null, number>();
  const key = (i: number): number | null => (rr ? rr[i]! : null);
  for (let i = 0; i < n; i++) count.set(key(i), (count.get(key(i)) ?? 0) + 1);
  const fill = new Map<number | null, number>();
  for (const [r, m] of count) {
    batches.set(r, { positions: new Float32Array(6 * k * m), colors: new Float32Array(6 * k * m) });
    fill.set(r, 0);
  }
  for (let i = 0; i < n; i++) {
    const b = batches.get(key(i))!;
    let o = fill.get(key(i))!;
    const col = [colors[4 * i]! / 255, colors[4 * i + 1]! / 255, colors[4 * i + 2]! / 255];
    for (let s = 0; s < k; s++) {
      const t = (s + 1) % k;
      b.positions.set([
        centers[2 * i]! + half[2 * i]! * template[2 * s]!, centers[2 * i + 1]! + half[2 * i + 1]! * template[2 * s + 1]!, 0,
        centers[2 * i]! + half[2 * i]! * template[2 * t]!, centers[2 * i + 1]! + half[2 * i + 1]! * template[2 * t + 1]!, 0,
      ], o);
      b.colors.set([...col, ...col], o);
      o += 6;
    }
    fill.set(key(i), o);
  }
  return buildSegmentBatches(batches, ctx);
}

/** xy pairs → xyz with z = 0. */
export function z0(xy: Float32Array): Float32Array {
  const n = xy.length / 2;
  const out = new Float32Array(3 * n);
  for (let i = 0; i < n; i++) {
    out[3 * i] = xy[2 * i]!;
    out[3 * i + 1] = xy[2 * i + 1]!;
  }
  return out;
}

/** The first item of a blob component (Ragged uint8: `offsets` over its bytes), or null. */
export function firstBlob(c: NumComp | null): Uint8Array | null {
  if (!c || !(c.data instanceof Uint8Array)) return null;
  const end = c.offsets && c.offsets.length > 1 ? c.offsets[1]! : c.data.length;
  const start = c.offsets && c.offsets.length > 0 ? c.offsets[0]! : 0;
  return c.data.subarray(start, end);
}

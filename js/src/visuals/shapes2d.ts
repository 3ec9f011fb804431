// Boxes2D, Ellipses2D (outlines) and Arrows2D (flat shafts with triangular heads), in the plane z = 0: the 3D
// scene draws 2D content there, and a 2D view looking down on it shows the same objects.
import * as THREE from "three";
import { radii, rgba8, rows, splatVec } from "../comps";
import { labelOf } from "./labels";
import { registerVisual, type Components } from "./registry";
import { flatOutlines, meshPicker, shownLabels, z0 } from "./shape_helpers";
import type { RenderCtx, Visual } from "./visual";

const RECT = Float32Array.of(-1, -1, 1, -1, 1, 1, -1, 1);
const ELLIPSE_SEGMENTS = 64;
const ELLIPSE = Float32Array.from(
  Array.from({ length: ELLIPSE_SEGMENTS }, (_, k) => [Math.cos((2 * Math.PI * k) / ELLIPSE_SEGMENTS), Math.sin((2 * Math.PI * k) / ELLIPSE_SEGMENTS)]).flat(),
);

/** Outlines of `template` per half size (splatted over centers); null without half sizes. */
function outlines(c: Components, ctx: RenderCtx, template: Float32Array, radiusField: string, name: string): Visual | null {
  const nh = rows(c.num("half_sizes"));
  if (nh === 0) return null;
  const n = Math.max(nh, rows(c.num("centers")));
  const centers = splatVec(c.num("centers"), n, 2, [0, 0]);
  const half = splatVec(c.num("half_sizes"), n, 2, [0.5, 0.5]);
  const v = flatOutlines(template, centers, half, rgba8(c.num("colors"), n, c.color), c, radiusField, ctx);
  v.object.name = name;
  v.labelAnchors = shownLabels(c, z0(centers), n);
  v.pick = rectPicker(v.object, centers, half);
  return v;
}

/** Hover: the smallest rectangle (of the half sizes) around the point where the ray meets z = 0. */
function rectPicker(obj: THREE.Object3D, centers: Float32Array, half: Float32Array): Visual["pick"] {
  const plane = new THREE.Plane();
  const local = new THREE.Ray();
  const p = new THREE.Vector3();
  const inv = new THREE.Matrix4();
  return (rayWorld) => {
    local.copy(rayWorld).applyMatrix4(inv.copy(obj.matrixWorld).invert());
    if (!local.intersectPlane(plane.set(new THREE.Vector3(0, 0, 1), 0), p)) return null;
    let best = -1;
    let area = Infinity;
    for (let i = 0; i < centers.length / 2; i++) {
      const hx = Math.abs(half[2 * i]!), hy = Math.abs(half[2 * i + 1]!);
      if (Math.abs(p.x - centers[2 * i]!) <= hx && Math.abs(p.y - centers[2 * i + 1]!) <= hy && hx * hy < area) {
        best = i;
        area = hx * hy;
      }
    }
    if (best < 0) return null;
    return { t: p.applyMatrix4(obj.matrixWorld).distanceTo(rayWorld.origin), index: best, position: [centers[2 * best]!, centers[2 * best + 1]!, 0] };
  };
}

registerVisual({ archetypes: ["Boxes2D"], build: (c, ctx) => outlines(c, ctx, RECT, "radii", "boxes2d"), label: labelOf });
registerVisual({ archetypes: ["Ellipses2D"], build: (c, ctx) => outlines(c, ctx, ELLIPSE, "line_radii", "ellipses2d"), label: labelOf });

/** Flat arrows: a shaft quad of half width r and a head triangle 4r wide and up to 6r long, per arrow. */
export function flatArrows(origins: Float32Array, vectors: Float32Array, colors: Uint8Array, r: Float32Array): Visual {
  const n = vectors.length / 2;
  const pos = new Float32Array(n * 7 * 3);
  const col = new Float32Array(n * 7 * 3);
  const index: number[] = [];
  for (let i = 0; i < n; i++) {
    const ox = origins[2 * i]!, oy = origins[2 * i + 1]!, vx = vectors[2 * i]!, vy = vectors[2 * i + 1]!;
    const len = Math.hypot(vx, vy);
    const dx = len > 0 ? vx / len : 1, dy = len > 0 ? vy / len : 0;
    const px = -dy, py = dx;
    const w = Math.abs(r[i]!);
    const head = Math.min(len * 0.5, 6 * w);
    const bx = ox + dx * (len - head), by = oy + dy * (len - head);
    const pts = [ox - px * w, oy - py * w, bx - px * w, by - py * w, bx + px * w, by + py * w, ox + px * w, oy + py * w,
      bx - 2 * px * w, by - 2 * py * w, ox + vx, oy + vy, bx + 2 * px * w, by + 2 * py * w];
    for (let k = 0; k < 7; k++) {
      pos.set([pts[2 * k]!, pts[2 * k + 1]!, 0], 21 * i + 3 * k);
      col.set([colors[4 * i]! / 255, colors[4 * i + 1]! / 255, colors[4 * i + 2]! / 255], 21 * i + 3 * k);
    }
    const b = 7 * i;
    index.push(b, b + 1, b + 2, b, b + 2, b + 3, b + 4, b + 5, b + 6);
  }
  const geom = new THREE.BufferGeometry();
  geom.setAttribute("position", new THREE.BufferAttribute(pos, 3));
  geom.setAttribute("color", new THREE.BufferAttribute(col, 3));
  geom.setIndex(index);
  const mat = new THREE.MeshBasicMaterial({ vertexColors: true, side: THREE.DoubleSide });
  const mesh = new THREE.Mesh(geom, mat);
  mesh.name = "arrows2d";
  mesh.userData.faceInstance = Uint32Array.from({ length: 3 * n }, (_, f) => Math.floor(f / 3));
  return {
    object: mesh,
    dispose() {
      geom.dispose();
      mat.dispose();
      mesh.removeFromParent();
    },
  };
}

registerVisual({
  archetypes: ["Arrows2D"],
  build(c: Components, ctx: RenderCtx): Visual | null {
    const n = rows(c.num("vectors"));
    if (n === 0) return null;
    const vecs = splatVec(c.num("vectors"), n, 2, [0, 0]);
    const origins = splatVec(c.num("origins"), n, 2, [0, 0]);
    const rr = radii(c.num("radii"), n) ?? Float32Array.from({ length: n }, (_, i) => Math.max(ctx.defaultRadius.value * 0.5, Math.hypot(vecs[2 * i]!, vecs[2 * i + 1]!) * 0.01));
    const v = flatArrows(origins, vecs, rgba8(c.num("colors"), n, c.color), rr);
    const tips = new Float32Array(2 * n);
    for (let i = 0; i < 2 * n; i++) tips[i] = origins[i]! + vecs[i]!;
    v.labelAnchors = shownLabels(c, z0(tips), n);
    v.pick = meshPicker(v.object, (i) => [origins[2 * i]!, origins[2 * i + 1]!, 0]);
    return v;
  },
  label: labelOf,
});

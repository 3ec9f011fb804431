// Points3D / Points2D: round, shaded impostor sprites, one instanced quad per point, radius in scene units
// (negative radius = UI size in pixels, as in Rerun), per-point RGBA colours; keypoint skeletons (keypoints.ts).
import * as THREE from "three";
import { hasAlpha, radii, rgba8, rows, vec3 } from "../comps";
import { withSkeleton } from "./keypoints";
import { labelOf } from "./labels";
import { shownLabels } from "./shape_helpers";
import { registerVisual, type Components } from "./registry";
import type { PickHit, RenderCtx, Visual } from "./visual";

const VERT = /* glsl */ `
attribute vec3 iPos;
attribute vec4 iColor;
attribute float iRadius;
uniform float uDefaultRadius;
uniform float uUseDefault;
uniform float uViewportHeight;
varying vec2 vUv;
varying vec4 vColor;
void main() {
  float r = uUseDefault > 0.5 ? uDefaultRadius : iRadius;
  vec4 mv = modelViewMatrix * vec4(iPos, 1.0);
  bool persp = projectionMatrix[2][3] != 0.0;
  float depth = persp ? max(-mv.z, 1e-6) : 1.0;
  float pixel = 2.0 * depth / (uViewportHeight * projectionMatrix[1][1]);   // one pixel in view units here
  // a projective model matrix (3D content projected into a camera's 2D view, w = depth): offsets are divided
  // by w, so UI-pixel sizes are multiplied by it, and a scene radius scales by the focal length (the part of
  // row 0 across row 3, the optical axis) so that it ends up r * f / depth
  vec3 row3 = vec3(modelViewMatrix[0][3], modelViewMatrix[1][3], modelViewMatrix[2][3]);
  vec3 row0 = vec3(modelViewMatrix[0][0], modelViewMatrix[1][0], modelViewMatrix[2][0]);
  bool projective = dot(row3, row3) > 0.0;
  float wdiv = projective ? max(abs(mv.w), 1e-6) : 1.0;
  float unit = projective ? length(row0 - dot(row0, row3) / dot(row3, row3) * row3) : length(modelViewMatrix[0].xyz);
  float rv = r >= 0.0 ? r * unit : -r * pixel * wdiv;
  rv = r == 0.0 ? 0.0 : max(rv, 0.75 * pixel * wdiv);                       // never thinner than ~1.5 px
  vUv = position.xy;
  vColor = iColor;
  mv.xy += position.xy * rv;
  gl_Position = projectionMatrix * mv;
}`;

const FRAG = /* glsl */ `
varying vec2 vUv;
varying vec4 vColor;
void main() {
  float d2 = dot(vUv, vUv);
  if (d2 > 1.0) discard;
  vec3 n = vec3(vUv, sqrt(1.0 - d2));
  float lambert = max(dot(n, normalize(vec3(-0.35, 0.45, 0.82))), 0.0);
  gl_FragColor = vec4(vColor.rgb * (0.72 + 0.28 * lambert), vColor.a);
}`;

// CPU rasterisers (SwiftShader) pay a fixed cost per instance of an instanced draw (~25 us: 1 M points took 25 s
// to draw); there each point is a GL point sprite instead, one vertex, sized in the vertex shader.
const VERT_SPRITE = VERT.replace("attribute vec3 iPos;", "#define iPos position\nuniform float uMaxPointSize;")
  .replace("varying vec2 vUv;\n", "")
  .replace("vUv = position.xy;", "gl_PointSize = min(2.0 * rv / (pixel * wdiv), uMaxPointSize);")
  .replace("mv.xy += position.xy * rv;", "");
const FRAG_SPRITE = FRAG.replace("varying vec2 vUv;", "").replace("float d2", "vec2 vUv = vec2(2.0 * gl_PointCoord.x - 1.0, 1.0 - 2.0 * gl_PointCoord.y);\n  float d2");

export interface PointsVisual extends Visual {
  /** Overwrite the data in place (same GPU buffers) when the count, radii-or-not and opacity match; else false. */
  refill(positions: Float32Array, colors: Uint8Array, radii: Float32Array | null): boolean;
}

export function buildPoints(
  positionsIn: Float32Array,
  colorsIn: Uint8Array,
  radiiIn: Float32Array | null,
  ctx: RenderCtx,
): PointsVisual {
  const n = Math.floor(positionsIn.length / 3);
  // own copies: the reply's buffers are then free to go, and later frames are written into these in place
  const positions = positionsIn.slice(0, 3 * n);
  const colors = colorsIn.slice(0, 4 * n);
  const radii = radiiIn ? radiiIn.slice(0, n) : null;
  const sprites = ctx.spritePoints;
  const Attr = sprites ? THREE.BufferAttribute : THREE.InstancedBufferAttribute;
  const aPos = new Attr(positions, 3);
  const aCol = new Attr(colors, 4, true);
  const aRad = new Attr(radii ?? new Float32Array(n), 1);
  let geom: THREE.BufferGeometry;
  if (sprites) {
    geom = new THREE.BufferGeometry();
    geom.setAttribute("position", aPos);
  } else {
    const ig = new THREE.InstancedBufferGeometry();
    ig.setIndex([0, 1, 2, 0, 2, 3]);
    ig.setAttribute("position", new THREE.Float32BufferAttribute([-1, -1, 0, 1, -1, 0, 1, 1, 0, -1, 1, 0], 3));
    ig.setAttribute("iPos", aPos);
    ig.instanceCount = n;
    geom = ig;
  }
  geom.setAttribute("iColor", aCol);
  geom.setAttribute("iRadius", aRad);
  const transparent = hasAlpha(colors);
  const mat = new THREE.ShaderMaterial({
    vertexShader: sprites ? VERT_SPRITE : VERT,
    fragmentShader: sprites ? FRAG_SPRITE : FRAG,
    uniforms: {
      uDefaultRadius: ctx.defaultRadius,
      uUseDefault: { value: radii ? 0 : 1 },
      uViewportHeight: ctx.viewportHeight,
      uMaxPointSize: { value: ctx.maxPointSize },
    },
    transparent,
    depthWrite: !transparent,
  });
  const mesh: THREE.Mesh | THREE.Points = sprites ? new THREE.Points(geom, mat) : new THREE.Mesh(geom, mat);
  mesh.frustumCulled = false;
  mesh.name = "points";

  const inv = new THREE.Matrix4();
  const ray = new THREE.Ray();
  const scaleV = new THREE.Vector3();
  return {
    object: mesh,
    refill(p: Float32Array, c: Uint8Array, r: Float32Array | null): boolean {
      if (Math.floor(p.length / 3) !== n || c.length < 4 * n || !!r !== !!radii || (r && r.length < n) || hasAlpha(c) !== transparent) return false;
      positions.set(p.subarray(0, 3 * n));
      colors.set(c.subarray(0, 4 * n));
      if (r && radii) radii.set(r.subarray(0, n));
      aPos.needsUpdate = aCol.needsUpdate = true;
      if (r) aRad.needsUpdate = true;
      return true;
    },
    pick(rayWorld: THREE.Ray, pxPerUnitDist: number): PickHit | null {
      // Ray in entity-local space; distance test against each point's radius (plus a few pixels of slack).
      inv.copy(mesh.matrixWorld).invert();
      ray.copy(rayWorld).applyMatrix4(inv);
      const ox = ray.origin.x, oy = ray.origin.y, oz = ray.origin.z;
      const dx = ray.direction.x, dy = ray.direction.y, dz = ray.direction.z;
      const dl = Math.hypot(dx, dy, dz) || 1;
      scaleV.setFromMatrixScale(mesh.matrixWorld);
      const worldPerLocal = (Math.abs(scaleV.x) + Math.abs(scaleV.y) + Math.abs(scaleV.z)) / 3 || 1;
      let best: PickHit | null = null;
      const dflt = ctx.defaultRadius.value;
      for (let i = 0; i < n; i++) {
        const px = positions[3 * i]! - ox, py = positions[3 * i + 1]! - oy, pz = positions[3 * i + 2]! - oz;
        const t = (px * dx + py * dy + pz * dz) / dl; // local units along the ray
        if (t <= 0) continue;
        const d2 = px * px + py * py + pz * pz - t * t;
        const tWorld = t * worldPerLocal;
        const slack = (3 * pxPerUnitDist * tWorld) / worldPerLocal;
        const r0 = radii ? radii[i]! : dflt;
        const r = (r0 >= 0 ? r0 : (-r0 * pxPerUnitDist * tWorld) / worldPerLocal) + slack;
        if (d2 <= r * r && (!best || tWorld < best.t)) {
          best = { t: tWorld, index: i, position: [positions[3 * i]!, positions[3 * i + 1]!, positions[3 * i + 2]!] };
        }
      }
      return best;
    },
    dispose() {
      geom.dispose();
      mat.dispose();
      mesh.removeFromParent();
    },
  };
}

registerVisual({
  archetypes: ["Points3D", "Points2D"],
  build(c: Components, ctx: RenderCtx): Visual | null {
    const p = c.num("positions");
    const n = rows(p);
    if (!p || n === 0) return null;
    const pos = vec3(p);
    const v: Visual = buildPoints(pos, rgba8(c.num("colors"), n, c.color), radii(c.num("radii"), n), ctx);
    v.labelAnchors = shownLabels(c, pos, n);
    return withSkeleton(v, c, ctx);
  },
  refill(old: Visual, c: Components): boolean {
    const pv = old as Partial<PointsVisual>;
    const p = c.num("positions");
    const n = rows(p);
    const labels = c.texts("labels");
    // labelled points are rebuilt (their anchors follow the positions), and so are skeletons
    if (!pv.refill || old.labelAnchors || !p || n === 0 || (labels && labels.length > 0)) return false;
    if (c.num("keypoint_segments") || old.object.getObjectByName("keypoint-skeleton")) return false;
    return pv.refill(vec3(p), rgba8(c.num("colors"), n, c.color), radii(c.num("radii"), n));
  },
  label: labelOf,
});

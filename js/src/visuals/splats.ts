// GaussianSplats3D, honestly simplified (as rerun_nb/render/visuals/splats.py): each gaussian is a view-facing
// disc at its center with a gaussian falloff, radius 3 sigma, sigma the geometric mean of its scales (rotation
// and anisotropy are not shown), its colour's alpha times the falloff, blended; spherical harmonics are not
// evaluated (base colours only). Drawn with the points' impostors, their fragment shader swapped.
import type * as THREE from "three";
import { rgba8, rows, splatVec } from "../comps";
import { buildPoints } from "./points";
import { registerVisual, type Components } from "./registry";
import type { RenderCtx, Visual } from "./visual";

/** The points' lit-sphere shading → a gaussian of the distance (t = 3 r / radius: exp(-t^2 / 2)). */
const SHADE = "gl_FragColor = vec4(vColor.rgb * (0.72 + 0.28 * lambert), vColor.a);";
const GAUSS = "gl_FragColor = vec4(vColor.rgb, vColor.a * exp(-4.5 * d2));";

/** Per splat: 3 * the geometric mean of |scales| (the default point radius where scales are absent). */
export function splatRadii(c: Components, n: number): Float32Array | null {
  const s = c.num("scales");
  if (!s || rows(s) === 0) return null;
  const sc = splatVec(s, n, 3, [1, 1, 1]);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = 3 * Math.cbrt(Math.abs(sc[3 * i]! * sc[3 * i + 1]! * sc[3 * i + 2]!));
  return out;
}

function build(c: Components, ctx: RenderCtx): Visual | null {
  const centers = c.num("centers");
  const n = rows(centers);
  if (!centers || n === 0) return null;
  const pos = splatVec(centers, n, 3, [0, 0, 0]);
  const v = buildPoints(pos, rgba8(c.num("colors"), n, c.color), splatRadii(c, n), ctx);
  const mat = (v.object as THREE.Mesh).material as THREE.ShaderMaterial;
  if (!mat.fragmentShader.includes(SHADE)) throw new Error("points shader changed: update splats.ts");
  mat.fragmentShader = mat.fragmentShader.replace(SHADE, GAUSS);
  mat.transparent = true;
  mat.depthWrite = false;
  mat.needsUpdate = true;
  v.object.name = "splats";
  return v;
}

registerVisual({ archetypes: ["GaussianSplats3D"], build });

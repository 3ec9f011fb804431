// Image, EncodedImage, SegmentationImage, DepthImage: pictures in the entity's pixel plane (image_quad.ts). An
// EncodedImage's bytes are decoded here, in the browser (createImageBitmap). A SegmentationImage is coloured by the
// colour table the kernel derives from the annotation context (`class_colors`). A DepthImage under a Pinhole (the
// kernel gives it `projection`: fx, fy, cx, cy, image plane distance) is a point cloud in 3D views and a picture in
// 2D views; the others are pictures in both.
import * as THREE from "three";
import { rows } from "../comps";
import type { NumComp } from "../protocol";
import { channelValues, classRGBA, depthRGBA, formatOf, toRGBA, type ImageFormat } from "./image_decode";
import { DEFAULT_ORDER, imageQuad, onlyUnder, quadMaterial, quadVisual, redrawer, unitQuad } from "./image_quad";
import { registerVisual, type Components } from "./registry";
import { firstBlob } from "./shape_helpers";
import type { RenderCtx, Visual } from "./visual";

/** The last value of a numeric component, or `dflt`. */
function last(c: NumComp | null, dflt: number): number {
  return c && c.data.length ? Number(c.data[c.data.length - 1]) : dflt;
}

function order(c: Components): number {
  return last(c.num("draw_order"), DEFAULT_ORDER[c.archetype] ?? 0);
}

/** Rerun's MagnificationFilter value (1 Nearest when not logged). */
function mag(c: Components): number {
  return last(c.num("magnification_filter"), 1);
}

function opacity(c: Components, dflt = 1): number {
  return Math.max(0, Math.min(1, last(c.num("opacity"), dflt)));
}

function pixels(c: Components): { bytes: Uint8Array; f: ImageFormat } | null {
  const bytes = firstBlob(c.num("buffer"));
  const f = formatOf(c.num("format"));
  return bytes && f && f.w > 0 && f.h > 0 ? { bytes, f } : null;
}

/** An Image picture's texture and what it was built with: a new frame of the same shape refills it in place. */
interface Picture {
  tex: THREE.DataTexture;
  key: string;
}
const pictures = new WeakMap<Visual, Picture>();

const pictureKey = (c: Components, w: number, h: number, alpha: boolean): string =>
  `${w}x${h}:${opacity(c)}:${order(c)}:${mag(c)}:${alpha}`;

function hasAlpha(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i]! < 255) return true;
  return false;
}

function buildImage(c: Components): Visual | null {
  const p = pixels(c);
  const rgba = p && toRGBA(p.bytes, p.f);
  if (!p || !rgba) return null;
  const v = imageQuad(rgba, p.f.w, p.f.h, opacity(c), order(c), mag(c));
  const tex = ((v.object as THREE.Mesh).material as THREE.MeshBasicMaterial).map as THREE.DataTexture;
  pictures.set(v, { tex, key: pictureKey(c, p.f.w, p.f.h, hasAlpha(rgba)) });
  return v;
}

/** A new frame of the same size and look: its pixels go into the texture in place (playback: no new texture). */
function refillImage(old: Visual, c: Components): boolean {
  const pic = pictures.get(old);
  const p = pixels(c);
  const rgba = pic && p && toRGBA(p.bytes, p.f);
  if (!pic || !p || !rgba || pictureKey(c, p.f.w, p.f.h, hasAlpha(rgba)) !== pic.key) return false;
  (pic.tex.image.data as Uint8Array).set(rgba);
  pic.tex.needsUpdate = true;
  return true;
}

function buildSegmentation(c: Components): Visual | null {
  const p = pixels(c);
  const ids = p && channelValues(p.bytes, p.f);
  if (!p || !ids) return null;
  const table = c.num("class_colors");
  return imageQuad(classRGBA(ids, table ? (table.data as Uint8Array) : null), p.f.w, p.f.h, opacity(c, 0.5), order(c));
}

/** The logged meter, else Rerun's fallback: 1000 (millimetres) for integer depth, 1 for floating point. */
export function depthMeter(c: Components, f: ImageFormat): number {
  const isFloat = f.dt === 33 || f.dt === 34 || f.dt === 35;
  return last(c.num("meter"), isFloat ? 1 : 1000) || 1;
}

/** The hover text of pixel `index`: its coordinate and value(s) (depth in metres). */
function pixelLabel(c: Components, index: number): string | null {
  const p = pixels(c);
  if (!p) return null;
  const x = index % p.f.w, y = Math.floor(index / p.f.w);
  const v = p.f.pf ? null : channelValues(p.bytes, p.f);
  if (!v) return `(${x}, ${y})`;
  const k = p.f.cm === 2 || p.f.cm === 4 ? 3 : p.f.cm === 3 || p.f.cm === 5 ? 4 : 1;
  const vals = Array.from({ length: k }, (_, j) => v[index * k + j]!);
  if (c.archetype === "DepthImage" || c.archetype === "EncodedDepthImage") return `(${x}, ${y}) ${(vals[0]! / depthMeter(c, p.f)).toPrecision(4)} m`;
  return `(${x}, ${y}) ${vals.map((n) => (Number.isInteger(n) ? String(n) : n.toPrecision(4))).join(", ")}`;
}

function buildEncoded(c: Components): Visual | null {
  const bytes = firstBlob(c.num("blob"));
  if (!bytes || bytes.length === 0) return null;
  const type = c.texts("media_type")?.[0] ?? "";
  const placeholder = new THREE.DataTexture(new Uint8Array(4), 1, 1);
  placeholder.needsUpdate = true;
  const mat = quadMaterial(placeholder, 0, order(c), true);
  const mesh = new THREE.Mesh(unitQuad(), mat);
  mesh.renderOrder = order(c);
  mesh.name = "image";
  const size: [number, number] = [1, 1];
  const v = quadVisual(mesh, () => size, placeholder);
  const redraw = redrawer(mesh);
  let tex: THREE.Texture | null = null;
  let gone = false;
  if (typeof createImageBitmap === "function") {
    createImageBitmap(new Blob([bytes.slice()], type ? { type } : {})).then(
      (bmp) => {
        if (gone) return bmp.close();
        tex = new THREE.Texture(bmp as unknown as HTMLImageElement);
        tex.flipY = false;
        tex.needsUpdate = true;
        mesh.material = quadMaterial(tex, opacity(c), order(c), true, mag(c));
        mat.dispose();
        mesh.scale.set((size[0] = bmp.width), (size[1] = bmp.height), 1);
        redraw();
      },
      () => undefined, // not decodable: nothing drawn
    );
  }
  return {
    ...v,
    dispose() {
      gone = true;
      tex?.dispose();
      (mesh.material as THREE.Material).dispose();
      v.dispose();
    },
  };
}

/** Points of the valid depth pixels back-projected in image space (pinhole.py): (cx + s(u-cx), cy + s(v-cy), D-d). */
function cloud(depth: ArrayLike<number>, f: ImageFormat, colors: Uint8Array, proj: NumComp, c: Components): THREE.Points {
  const [fx, , cx, cy, d] = Array.from(proj.data.subarray(proj.data.length - 5), Number) as number[];
  const meter = depthMeter(c, f);
  const step = Math.max(1, Math.ceil(Math.sqrt((f.w * f.h) / 1_000_000)));
  const pos: number[] = [];
  const col: number[] = [];
  let sum = 0;
  for (let y = 0; y < f.h; y += step) {
    for (let x = 0; x < f.w; x += step) {
      const i = y * f.w + x;
      const D = depth[i]! / meter;
      if (!(D > 0) || !Number.isFinite(D)) continue;
      const s = D / d!;
      pos.push(cx! + s * (x + 0.5 - cx!), cy! + s * (y + 0.5 - cy!), D - d!);
      col.push(colors[4 * i]! / 255, colors[4 * i + 1]! / 255, colors[4 * i + 2]! / 255);
      sum += D;
    }
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute("position", new THREE.Float32BufferAttribute(pos, 3));
  g.setAttribute("color", new THREE.Float32BufferAttribute(col, 3));
  const n = pos.length / 3;
  // world size of a point: the pixel footprint (step pixels) at the mean depth, times point_fill_ratio; three sizes
  // attenuated points as if the vertical field of view were 90°: the 3D view's is 45°
  const size = (n ? (last(c.num("point_fill_ratio"), 1) * step * (sum / n)) / fx! : 0.01) / Math.tan(Math.PI / 8);
  const m = new THREE.PointsMaterial({ size, vertexColors: true, sizeAttenuation: true });
  const pts = new THREE.Points(g, m);
  pts.name = "depth_points";
  pts.frustumCulled = false;
  return pts;
}

function buildDepth(c: Components): Visual | null {
  const p = pixels(c);
  const v = p && channelValues(p.bytes, p.f);
  if (!p || !v) return null;
  const range = c.num("depth_range");
  const r: [number, number] | null = range && range.data.length >= 2 ? [Number(range.data[0]), Number(range.data[1])] : null;
  const colors = depthRGBA(v, last(c.num("colormap"), 5), r);
  const picture = imageQuad(colors, p.f.w, p.f.h, 1, order(c), mag(c));
  const proj = c.num("projection");
  if (!proj || rows(proj) === 0) return picture;
  const group = new THREE.Group();
  const pts = cloud(v, p.f, colors, proj, c);
  group.add(picture.object, pts);
  onlyUnder(picture.object, true);
  onlyUnder(pts, false);
  return {
    object: group,
    pick: picture.pick,
    dispose() {
      picture.dispose();
      pts.geometry.dispose();
      (pts.material as THREE.Material).dispose();
      group.removeFromParent();
    },
  };
}

const asPicture = (build: (c: Components) => Visual | null) => (c: Components, _ctx: RenderCtx) => build(c);

registerVisual({ archetypes: ["Image"], build: asPicture(buildImage), refill: refillImage, label: pixelLabel });
registerVisual({ archetypes: ["EncodedImage"], build: asPicture(buildEncoded) });
registerVisual({ archetypes: ["SegmentationImage"], build: asPicture(buildSegmentation), label: pixelLabel });
registerVisual({ archetypes: ["DepthImage", "EncodedDepthImage"], build: asPicture(buildDepth), label: pixelLabel }); // encoded: decoded in the kernel

// A picture as a textured quad in its entity's pixel plane: pixel (x, y) covers [x, x+1] x [y, y+1] at z = 0 (y down,
// as Rerun's 2D space), sampled as its magnification filter says (Rerun's MagnificationFilter: 1 Nearest, the
// default; 2 Linear; 3 Bicubic, drawn linear: three.js samples no bicubic). Drawn under 2D overlays by draw order
// (render order, and a polygon offset that keeps it behind shapes at the same depth). Hover gives the pixel's index
// (y * w + x).
import * as THREE from "three";
import type { PickHit, Visual } from "./visual";

/** Rerun's default draw orders: depth below images below segmentation below 2D shapes. */
export const DEFAULT_ORDER: Record<string, number> = { DepthImage: -20, EncodedDepthImage: -20, Image: -10, EncodedImage: -10, SegmentationImage: 0 };

export function unitQuad(): THREE.BufferGeometry {
  const g = new THREE.BufferGeometry();
  g.setAttribute("position", new THREE.Float32BufferAttribute([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0], 3));
  g.setAttribute("uv", new THREE.Float32BufferAttribute([0, 0, 1, 0, 1, 1, 0, 1], 2)); // v = 0 at row 0 (top)
  g.setIndex([0, 1, 2, 0, 2, 3]);
  return g;
}

/** three.js's magnification filter for Rerun's MagnificationFilter value. */
export function magFilter(mag: number): THREE.MagnificationTextureFilter {
  return mag === 2 || mag === 3 ? THREE.LinearFilter : THREE.NearestFilter;
}

export function quadMaterial(tex: THREE.Texture, opacity: number, order: number, alpha: boolean, mag = 1): THREE.MeshBasicMaterial {
  tex.magFilter = magFilter(mag);
  tex.minFilter = THREE.LinearFilter;
  tex.generateMipmaps = false;
  tex.colorSpace = THREE.NoColorSpace; // the bytes as logged: the renderer passes colours through (viewport.ts)
  const m = new THREE.MeshBasicMaterial({ map: tex, side: THREE.DoubleSide, opacity, transparent: alpha || opacity < 1 });
  m.polygonOffset = true; // behind overlays in the same plane; lower draw orders further behind
  m.polygonOffsetFactor = 1;
  m.polygonOffsetUnits = 4 + Math.max(0, Math.min(60, 30 - order));
  if (m.transparent) m.depthWrite = false;
  return m;
}

/** A w x h quad showing RGBA8 `rgba` (row 0 at the top). */
export function imageQuad(rgba: Uint8Array, w: number, h: number, opacity: number, order: number, mag = 1): Visual {
  const tex = new THREE.DataTexture(rgba, w, h, THREE.RGBAFormat, THREE.UnsignedByteType);
  tex.needsUpdate = true;
  let alpha = false;
  for (let i = 3; i < rgba.length && !alpha; i += 4) alpha = rgba[i]! < 255;
  const mesh = new THREE.Mesh(unitQuad(), quadMaterial(tex, opacity, order, alpha, mag));
  mesh.scale.set(w, h, 1);
  mesh.renderOrder = order;
  mesh.name = "image";
  return quadVisual(mesh, () => [w, h], tex);
}

export function quadVisual(mesh: THREE.Mesh, size: () => [number, number], tex: THREE.Texture): Visual {
  return {
    object: mesh,
    pick: pixelPicker(mesh, size),
    dispose() {
      tex.dispose();
      mesh.geometry.dispose();
      (mesh.material as THREE.Material).dispose();
      mesh.removeFromParent();
    },
  };
}

/** Hover: the pixel under the ray (index y * w + x), its centre as the position. */
export function pixelPicker(obj: THREE.Object3D, size: () => [number, number]): (ray: THREE.Ray) => PickHit | null {
  const inv = new THREE.Matrix4();
  const local = new THREE.Ray();
  const plane = new THREE.Plane(new THREE.Vector3(0, 0, 1), 0);
  const hit = new THREE.Vector3();
  return (rayWorld) => {
    const parent = obj.parent ?? obj;
    if (parent.matrixWorld.determinant() === 0) return null;
    local.copy(rayWorld).applyMatrix4(inv.copy(parent.matrixWorld).invert());
    if (!local.intersectPlane(plane, hit)) return null;
    const [w, h] = size();
    const x = Math.floor(hit.x), y = Math.floor(hit.y);
    if (x < 0 || y < 0 || x >= w || y >= h) return null;
    const t = hit.clone().applyMatrix4(parent.matrixWorld).distanceTo(rayWorld.origin);
    return { t, index: y * w + x, position: [x + 0.5, y + 0.5, 0] };
  };
}

/**
 * Shown only under one kind of camera: a 2D view draws with an orthographic camera, a 3D view with a perspective
 * one. (A depth image under a pinhole is a point cloud in 3D and a picture in 2D; a frustum is 3D only.)
 */
export function onlyUnder(obj: THREE.Object3D, ortho: boolean): void {
  obj.traverse((o) => {
    const m = o as THREE.Mesh;
    if (!m.material) return;
    const mats = Array.isArray(m.material) ? m.material : [m.material];
    const depthWrites = mats.map((mat) => mat.depthWrite);
    const before = o.onBeforeRender.bind(o);
    o.onBeforeRender = (renderer, scene, camera, geometry, material, group) => {
      // read by this draw (the state is set after onBeforeRender): nothing written under the other camera
      const show = !!(camera as THREE.OrthographicCamera).isOrthographicCamera === ortho;
      mats.forEach((mat, i) => {
        mat.colorWrite = show;
        mat.depthWrite = show && depthWrites[i]!;
      });
      before(renderer, scene, camera, geometry, material, group);
    };
  });
}

/** Call `redraw` with the renderer, scene and camera that last drew `obj` (to show what decoded after that). */
export function redrawer(obj: THREE.Object3D): () => void {
  let last: [THREE.WebGLRenderer, THREE.Scene, THREE.Camera] | null = null;
  obj.onAfterRender = (renderer, scene, camera) => {
    last = [renderer, scene as THREE.Scene, camera];
  };
  return () => {
    if (last && obj.parent) requestAnimationFrame(() => last && last[0].render(last[1], last[2]));
  };
}

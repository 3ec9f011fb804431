// Mesh3D: one lit triangle mesh per entity: positions, triangle indices (else each three vertices make one
// triangle), normals (computed when absent), vertex colours, texture coordinates with the albedo texture
// (its bytes and ImageFormat, as stored), the albedo factor as a colour multiplier, face_rendering as the side.
import * as THREE from "three";
import { rgba8, rows, splatVec, vec3 } from "../comps";
import type { RGBA } from "../protocol";
import { registerVisual, type Components } from "./registry";
import { firstBlob, meshPicker } from "./shape_helpers";
import type { Visual } from "./visual";

/** MeshFaceRendering values: DoubleSided 1 (the default), Front 2, Back 3. */
const SIDES: Record<number, THREE.Side> = { 1: THREE.DoubleSide, 2: THREE.FrontSide, 3: THREE.BackSide };

/** Rerun's ChannelDatatype values this decoder reads. */
const U8 = 6, U16 = 8, F32 = 34, F64 = 35;

/** The albedo texture as RGBA8 (RGB/RGBA, u8/u16/f32/f64; floats in 0..1), or null if absent or unreadable. */
export function albedoTexture(c: Components): THREE.DataTexture | null {
  const buf = firstBlob(c.num("albedo_texture_buffer"));
  const fmt = c.num("albedo_texture_format");
  if (!buf || !fmt || fmt.data.length < 5) return null;
  const [w, h, , model, dtype] = Array.from(fmt.data.subarray(0, 5), Number) as [number, number, number, number, number];
  const ch = model === 3 ? 4 : model === 2 ? 3 : 0;
  const size = { [U8]: 1, [U16]: 2, [F32]: 4, [F64]: 8 }[dtype];
  if (!ch || !size || w * h === 0 || buf.length < w * h * ch * size) return null;
  const copy = buf.slice(0, w * h * ch * size); // aligned for the typed views below
  const src = dtype === U8 ? copy : dtype === U16 ? new Uint16Array(copy.buffer) : dtype === F32 ? new Float32Array(copy.buffer) : new Float64Array(copy.buffer);
  const scale = dtype === U8 ? 1 : dtype === U16 ? 1 / 257 : 255;
  const out = new Uint8Array(4 * w * h);
  for (let p = 0; p < w * h; p++) {
    for (let k = 0; k < 3; k++) out[4 * p + k] = Math.max(0, Math.min(255, Math.round(Number(src[ch * p + k]) * scale)));
    out[4 * p + 3] = 255; // Rerun: sRGB(A) textures, alpha ignored
  }
  const tex = new THREE.DataTexture(out, w, h, THREE.RGBAFormat);
  tex.colorSpace = THREE.SRGBColorSpace;
  tex.magFilter = THREE.LinearFilter;
  tex.needsUpdate = true;
  return tex;
}

function geometryOf(c: Components, n: number): THREE.BufferGeometry {
  const geom = new THREE.BufferGeometry();
  geom.setAttribute("position", new THREE.BufferAttribute(vec3(c.num("vertex_positions")!).slice(), 3));
  const idx = c.num("triangle_indices");
  if (idx && rows(idx) > 0) {
    const data = Uint32Array.from(idx.data, Number);
    geom.setIndex(new THREE.BufferAttribute(data.filter((_, i) => i < data.length - (data.length % 3)), 1));
  }
  const normals = c.num("vertex_normals");
  if (normals && rows(normals) === n) geom.setAttribute("normal", new THREE.BufferAttribute(vec3(normals).slice(), 3));
  else geom.computeVertexNormals();
  const cols = c.num("vertex_colors");
  if (cols && rows(cols) > 0) geom.setAttribute("color", new THREE.BufferAttribute(rgba8(cols, n, [255, 255, 255, 255]).slice(), 4, true));
  const uv = c.num("vertex_texcoords");
  if (uv && rows(uv) > 0) geom.setAttribute("uv", new THREE.BufferAttribute(splatVec(uv, n, 2, [0, 0]), 2));
  return geom;
}

function materialOf(c: Components, dflt: RGBA, hasColors: boolean, map: THREE.Texture | null): THREE.MeshLambertMaterial {
  const f = c.num("albedo_factor");
  // no colours, no texture and no factor: the entity's default colour, as Rerun
  const base = f && rows(f) > 0 ? rgba8(f, 1, dflt) : hasColors || map ? Uint8Array.of(255, 255, 255, 255) : Uint8Array.from(dflt);
  const fr = c.num("face_rendering");
  const side = SIDES[fr && fr.data.length > 0 ? Number(fr.data[0]) : 1] ?? THREE.DoubleSide;
  const opacity = base[3]! / 255;
  const mat = new THREE.MeshLambertMaterial({ vertexColors: hasColors, side, map, transparent: opacity < 1, opacity });
  mat.color.setRGB(base[0]! / 255, base[1]! / 255, base[2]! / 255, THREE.SRGBColorSpace);
  return mat;
}

registerVisual({
  archetypes: ["Mesh3D"],
  build(c: Components): Visual | null {
    const pos = c.num("vertex_positions");
    const n = rows(pos);
    if (!pos || n === 0) return null;
    const geom = geometryOf(c, n);
    const map = geom.getAttribute("uv") ? albedoTexture(c) : null;
    const mat = materialOf(c, c.color, !!geom.getAttribute("color"), map);
    const mesh = new THREE.Mesh(geom, mat);
    mesh.name = "mesh3d";
    // hover: the first vertex of the triangle under the pointer
    const index = geom.getIndex();
    const faces = index ? index.count / 3 : n / 3;
    mesh.userData.faceInstance = Uint32Array.from({ length: faces }, (_, f) => (index ? index.getX(3 * f) : 3 * f));
    const p = geom.getAttribute("position");
    return {
      object: mesh,
      pick: meshPicker(mesh, (i) => [p.getX(i), p.getY(i), p.getZ(i)]),
      dispose() {
        geom.dispose();
        map?.dispose();
        mat.dispose();
        mesh.removeFromParent();
      },
    };
  },
});

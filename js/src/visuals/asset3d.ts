// Asset3D: glTF / GLB, OBJ and STL files parsed in the page by three's loaders (GLTFLoader, OBJLoader,
// STLLoader), tinted by albedo_factor. OBJ and STL parse at once; glTF parses through promises: a file without
// external images is in place before the next frame is drawn, a textured one shows its images from the frame
// after they decode (the next camera move or time step). The media type, when not logged, is guessed from the
// first bytes, as Rerun's viewer does.
import * as THREE from "three";
import { GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { OBJLoader } from "three/examples/jsm/loaders/OBJLoader.js";
import { STLLoader } from "three/examples/jsm/loaders/STLLoader.js";
import { rgba8, rows } from "../comps";
import { registerVisual, type Components } from "./registry";
import { firstBlob, meshPicker } from "./shape_helpers";
import type { Visual } from "./visual";

const GLB = "model/gltf-binary", GLTF = "model/gltf+json", OBJ = "model/obj", STL = "model/stl";

function isBinaryStl(b: Uint8Array): boolean {
  return b.length >= 84 && 84 + 50 * new DataView(b.buffer, b.byteOffset + 80, 4).getUint32(0, true) === b.length;
}

/** The media type of an asset from its first bytes, or null. */
export function sniffMediaType(b: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(b.subarray(0, 512));
  if (head.startsWith("glTF")) return GLB;
  if (isBinaryStl(b) || head.trimStart().startsWith("solid")) return STL;
  if (head.trimStart().startsWith("{")) return GLTF;
  if (/^(v|f|o|g) |^mtllib/m.test(head)) return OBJ;
  return null;
}

/** Multiply every material's colour under `root` by the albedo factor (and its opacity by the factor's alpha). */
function tint(root: THREE.Object3D, f: Uint8Array | null): void {
  root.traverse((o) => {
    const m = o as THREE.Mesh;
    if (!m.isMesh) return;
    const mats = Array.isArray(m.material) ? m.material : [m.material];
    for (const mat of mats) {
      const c = (mat as THREE.MeshStandardMaterial).color;
      if (f && c) c.multiply(new THREE.Color().setRGB(f[0]! / 255, f[1]! / 255, f[2]! / 255, THREE.SRGBColorSpace));
      if (f && f[3]! < 255) Object.assign(mat, { transparent: true, opacity: mat.opacity * (f[3]! / 255) });
      mat.side = THREE.DoubleSide;
    }
  });
}

/** Parse the asset into `group` (synchronously for OBJ and STL); false when the format is unknown. */
function parseInto(group: THREE.Group, bytes: Uint8Array, type: string, f: Uint8Array | null, alive: () => boolean): boolean {
  const buf = bytes.slice().buffer; // the loaders want an ArrayBuffer of their own
  if (type === STL) {
    const geom = new STLLoader().parse(buf);
    geom.computeVertexNormals(); // facet normals: a file's own are often zero
    const mat = new THREE.MeshLambertMaterial({ color: 0xffffff, vertexColors: !!(geom as THREE.BufferGeometry & { hasColors?: boolean }).hasColors });
    group.add(new THREE.Mesh(geom, mat));
  } else if (type === OBJ) {
    group.add(new OBJLoader().parse(new TextDecoder().decode(bytes)));
  } else if (type === GLB || type === GLTF) {
    new GLTFLoader().parse(
      type === GLB ? buf : new TextDecoder().decode(bytes),
      "",
      (gltf) => {
        if (!alive()) return;
        tint(gltf.scene, f);
        group.add(gltf.scene);
      },
      (err) => console.warn("rerun_nb: Asset3D: could not parse the glTF file:", err),
    );
    return true;
  } else return false;
  tint(group, f);
  return true;
}

registerVisual({
  archetypes: ["Asset3D"],
  build(c: Components): Visual | null {
    const bytes = firstBlob(c.num("blob"));
    if (!bytes || bytes.length === 0) return null;
    const logged = c.texts("media_type");
    const type = logged && logged.length > 0 ? logged[0]! : sniffMediaType(bytes);
    const af = c.num("albedo_factor");
    const f = af && rows(af) > 0 ? rgba8(af, 1, [255, 255, 255, 255]) : null;
    const group = new THREE.Group();
    group.name = "asset3d";
    let disposed = false;
    try {
      if (!type || !parseInto(group, bytes, type, f, () => !disposed)) return null;
    } catch (err) {
      console.warn("rerun_nb: Asset3D: could not parse the file:", err);
      return null;
    }
    return {
      object: group,
      pick: meshPicker(group, () => [0, 0, 0]),
      dispose() {
        disposed = true;
        group.traverse((o) => {
          const m = o as THREE.Mesh;
          if (!m.isMesh) return;
          m.geometry.dispose();
          for (const mat of Array.isArray(m.material) ? m.material : [m.material]) {
            for (const v of Object.values(mat)) if (v instanceof THREE.Texture) v.dispose();
            mat.dispose();
          }
        });
        group.removeFromParent();
      },
    };
  },
});

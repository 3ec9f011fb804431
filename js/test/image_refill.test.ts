// Playback of images: a new frame of the same size and look refills the picture's texture in place (no new
// texture per frame); another size or look builds a new picture.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as THREE from "three";
import type { EntityState, NumComp } from "../src/protocol";
import "../src/visuals";
import { buildVisual, refillVisual } from "../src/visuals/registry";
import { makeCtx } from "../src/visuals/visual";

function image(w: number, h: number, value: number, extra: Record<string, NumComp> = {}): EntityState {
  const px = new Uint8Array(w * h * 3).fill(value);
  const comps = new Map<string, NumComp>([
    ["Image:buffer", { kind: "num", data: px, shape: [px.length], offsets: Uint32Array.of(0, px.length) }],
    ["Image:format", { kind: "num", data: Uint32Array.of(w, h, 0, 2, 6), shape: [1, 5] }],
    ...Object.entries(extra),
  ]);
  return { path: "img", color: [255, 255, 255, 255], comps };
}

const texOf = (o: THREE.Object3D): THREE.DataTexture => ((o as THREE.Mesh).material as THREE.MeshBasicMaterial).map as THREE.DataTexture;

test("a same-size frame refills the texture in place; another size or filter does not", () => {
  const v = buildVisual("Image", image(4, 2, 10), makeCtx())!;
  const tex = texOf(v.object);
  const version = tex.version;
  assert.equal(refillVisual("Image", v, image(4, 2, 200)), true);
  assert.equal(texOf(v.object), tex, "the same texture");
  assert.equal((tex.image.data as Uint8Array)[0], 200, "with the new pixels");
  assert.ok(tex.version > version, "marked for upload");
  assert.equal(refillVisual("Image", v, image(5, 2, 200)), false, "another size: rebuilt");
  const linear = { "Image:magnification_filter": { kind: "num", data: Uint8Array.of(2), shape: [1] } as NumComp };
  assert.equal(refillVisual("Image", v, image(4, 2, 200, linear)), false, "another filter: rebuilt");
});

// Bayer mosaics decoded to colour in the page (visuals/image_decode.ts), by the same bilinear rule as the kernel's
// pictures (rerun_nb/render/image_decode.py demosaic).
import { test } from "node:test";
import assert from "node:assert/strict";
import { demosaic, toRGBA } from "../src/visuals/image_decode";

const TILES: Record<number, number[]> = { 128: [0, 1, 1, 2], 129: [2, 1, 1, 0], 130: [1, 2, 0, 1], 131: [1, 0, 2, 1] };

test("a flat colour recorded through each Bayer pattern decodes to that colour", () => {
  const rgb = [200, 120, 40];
  for (const [pf, tile] of Object.entries(TILES)) {
    const w = 6, h = 4;
    const raw = new Uint8Array(w * h);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) raw[y * w + x] = rgb[tile[2 * (y & 1) + (x & 1)]!]!;
    const out = toRGBA(raw, { w, h, pf: Number(pf), cm: 0, dt: 6 })!;
    for (let i = 0; i < w * h; i++) assert.deepEqual([...out.subarray(4 * i, 4 * i + 4)], [...rgb, 255], `pf ${pf} px ${i}`);
  }
});

test("the page's demosaic equals the kernel's (RGGB, 5x4, values from python)", () => {
  const raw = Uint8Array.from({ length: 20 }, (_, i) => i * 13);
  const want = [0, 39, 78, 13, 13, 78, 26, 48, 91, 39, 39, 104, 52, 78, 104, 65, 65, 78, 78, 78, 78, 91, 91, 91, 104, 104,
    104, 117, 117, 104, 130, 134, 143, 143, 143, 143, 156, 156, 156, 169, 169, 169, 182, 178, 169, 130, 195, 208, 143,
    186, 208, 156, 221, 221, 169, 212, 234, 182, 247, 234];
  const out = demosaic(raw, 5, 4, 128)!;
  const rgb = [...out].filter((_, i) => i % 4 !== 3);
  assert.deepEqual(rgb, want);
  assert.equal(demosaic(raw.subarray(0, 10), 5, 4, 128), null, "too few bytes");
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { fillDiscs } from "../src/disc_raster";

const one = (x: number, y: number, r: number, rgba: number[]) =>
  [Float64Array.of(x), Float64Array.of(y), Float64Array.of(r), Uint8Array.from(rgba)] as const;

test("an opaque disc: its area, its colour, nothing outside", () => {
  const w = 20;
  const px = new Uint8ClampedArray(w * w * 4);
  fillDiscs(px, w, w, ...one(10, 10, 5, [255, 0, 0, 255]), 1);
  let area = 0;
  for (let k = 0; k < w * w; k++) area += px[4 * k + 3]! / 255;
  assert.ok(Math.abs(area - Math.PI * 25) < 1, `area ${area}`);
  assert.deepEqual([...px.subarray(4 * (10 * w + 10), 4 * (10 * w + 10) + 4)], [255, 0, 0, 255]);
  assert.equal(px[4 * (10 * w + 16) + 3], 0); // 6 px right of the centre: outside
  assert.equal(px[4 * (0 * w + 0) + 3], 0);
});

test("translucent discs blend; bad and off-canvas discs are skipped or clipped", () => {
  const w = 8;
  const px = new Uint8ClampedArray(w * w * 4).fill(255); // white
  fillDiscs(px, w, w, ...one(4, 4, 3, [0, 0, 0, 128]), 1);
  const c = 4 * (4 * w + 4);
  assert.ok(Math.abs(px[c]! - 127) <= 1 && px[c + 3] === 255, `${px[c]}`);
  const before = px.slice();
  fillDiscs(px, w, w, ...one(NaN, 4, 3, [0, 0, 0, 255]), 1);
  fillDiscs(px, w, w, ...one(4, 4, -2, [0, 0, 0, 255]), 1);
  fillDiscs(px, w, w, ...one(-50, 4, 3, [0, 0, 0, 255]), 1);
  assert.deepEqual(px, before);
  fillDiscs(px, w, w, ...one(-1, 4, 3, [0, 0, 0, 255]), 1); // half off the left edge: drawn on the canvas only
  assert.equal(px[4 * (4 * w + 0)], 0);
});

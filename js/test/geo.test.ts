import { test } from "node:test";
import assert from "node:assert/strict";
import * as geo from "../src/geo";

const near = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) < eps, `${a} != ${b}`);

test("Web Mercator: known points and the round trip", () => {
  assert.deepEqual(geo.project(0, 0), [0.5, 0.5]);
  near(geo.project(0, 180)[0], 1);
  near(geo.project(geo.MAX_LAT, 0)[1], 0, 1e-8); // the square world's top edge
  near(geo.project(90, 0)[1], geo.project(geo.MAX_LAT, 0)[1]); // clamped, not infinite
  const back = geo.unproject(...geo.project(59.3293, 18.0686));
  near(back.lat, 59.3293);
  near(back.lon, 18.0686);
});

test("camera: screen <-> world, fit and metres", () => {
  const cam = { cx: 0.5, cy: 0.5, zoom: 2 };
  assert.deepEqual(geo.toScreen(cam, 200, 100, 0.5, 0.5), [100, 50]);
  const [x, y] = geo.toWorld(cam, 200, 100, 164, 18);
  assert.deepEqual(geo.toScreen(cam, 200, 100, x, y), [164, 18]);
  const f = geo.fit(0.25, 0.5, 0.75, 0.5, 540, 300, 20); // 0.5 wide in 500 px: 1000 px per world
  near(geo.worldPx(f.zoom), 1000);
  assert.equal(geo.fit(0.3, 0.3, 0.3, 0.3, 100, 100).zoom, 15); // a single point
  near(geo.radiusPx(-5, 3, 40, -2), 5); // UI points
  near(geo.radiusPx(undefined, 3, 40, -2), 2); // the default
  near(geo.radiusPx(1000, 10, 0, -2), (1000 * 256 * 1024) / geo.EQUATOR_M);
});

test("graticule steps and labels", () => {
  assert.equal(geo.degreeStep(1), 90);
  assert.equal(geo.degreeStep(171), 0.5);
  assert.deepEqual(geo.stepsIn(17.9, 19.1, 0.5), [18, 18.5, 19]);
  assert.equal(geo.fmtDeg(59.3, 0.1, "lat"), "59.3°N");
  assert.equal(geo.fmtDeg(-18.25, 0.05, "lon"), "18.25°W");
  assert.equal(geo.fmtDeg(0, 10, "lon"), "0°");
});

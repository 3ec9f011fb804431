import { test } from "node:test";
import assert from "node:assert/strict";
import { Requester } from "../src/requests";
import { bandRuns, nearestIndex, nearestPoint, paddedRange, parseSeries, Scale, ticks, zoomRange } from "../src/series";

const f64 = (...xs: number[]) => new DataView(Float64Array.from(xs).buffer);

/** A series reply as the kernel sends it: M4-decimated points in float64 buffers. */
function reply() {
  const content = {
    type: "series", id: 9, view: "v/ts", timeline: "step", start: null, end: null, data_range: [0, 100], value_range: [-1, 3],
    series: [
      { path: "loss", index: 0, name: "loss", color: [255, 0, 0, 255], kind: "line", width: 2, marker: "circle", marker_size: 3, visible: true, n: 4, x: 0, y: 1 },
      { path: "acc", index: 1, name: "acc[1]", color: [0, 0, 255], kind: "points", width: 1, marker_size: 5, visible: false, n: 2, x: 2, y: 3 },
    ],
  };
  return { content, buffers: [f64(0, 10, 50, 100), f64(3, -1, 0, 1), f64(20, 80), f64(0.5, 0.7)] };
}

test("series reply: float64 x / y per series, styles, ranges", () => {
  const { content, buffers } = reply();
  const d = parseSeries(content, buffers);
  assert.deepEqual(d.dataRange, [0, 100]);
  assert.deepEqual(d.valueRange, [-1, 3]);
  assert.equal(d.start, null);
  assert.equal(d.series.length, 2);
  const [a, b] = d.series;
  assert.deepEqual([...a!.x], [0, 10, 50, 100]);
  assert.deepEqual([...a!.y], [3, -1, 0, 1]);
  assert.deepEqual([a!.kind, a!.width, a!.color, a!.name, a!.visible], ["line", 2, [255, 0, 0, 255], "loss", true]);
  assert.deepEqual([b!.kind, b!.markerSize, b!.color, b!.visible], ["points", 5, [0, 0, 255, 255], false]);
});

test("series reply: a bad buffer index throws; n larger than the buffer throws", () => {
  const { content, buffers } = reply();
  assert.throws(() => parseSeries({ ...content, series: [{ ...content.series[0], n: 99 }] }, buffers));
  const missing = parseSeries({ ...content, series: [{ ...content.series[0], x: 17 }] }, buffers);
  assert.equal(missing.series[0]!.x.length, 0, "an absent buffer: an empty series");
});

test("cursor mapping: time <-> pixel both ways, the y axis upside down", () => {
  const sx = new Scale(0, 100, 50, 450);
  assert.equal(sx.toPx(25), 150);
  assert.equal(sx.fromPx(150), 25);
  assert.equal(sx.fromPx(sx.toPx(73.5)), 73.5);
  const sy = new Scale(-1, 3, 200, 0);
  assert.equal(sy.toPx(-1), 200);
  assert.equal(sy.toPx(3), 0);
  assert.equal(new Scale(5, 5, 0, 100).toPx(5), 50, "a zero span maps to the middle");
});

test("y range: the values' range plus 5% each side; flat or missing ranges still show something", () => {
  assert.deepEqual(paddedRange([0, 10]), [-0.5, 10.5]);
  assert.deepEqual(paddedRange([2, 2]), [1.9, 2.1]);
  assert.deepEqual(paddedRange([0, 0]), [-1, 1]);
  assert.deepEqual(paddedRange(null), [0, 1]);
});

test("ticks: 1-2-5 steps inside the range", () => {
  assert.deepEqual(ticks(0, 10, 5), [0, 2, 4, 6, 8, 10]);
  assert.deepEqual(ticks(-0.5, 10.5, 5), [0, 2, 4, 6, 8, 10]);
  assert.deepEqual(ticks(0.1, 0.35, 5), [0.1, 0.15, 0.2, 0.25, 0.3, 0.35].map((x) => ticks(0.1, 0.35, 5).find((t) => Math.abs(t - x) < 1e-9)!));
  assert.deepEqual(ticks(5, 5), []);
});

test("hover: the nearest point in time per series, then the closest in pixels", () => {
  const { content, buffers } = reply();
  const d = parseSeries(content, buffers);
  assert.equal(nearestIndex(d.series[0]!.x, 42), 2);
  assert.equal(nearestIndex(d.series[0]!.x, 29), 1);
  assert.equal(nearestIndex(d.series[0]!.x, -5), 0);
  assert.equal(nearestIndex(d.series[0]!.x, 500), 3);
  assert.equal(nearestIndex(new Float64Array(0), 1), -1);
  const sx = new Scale(0, 100, 0, 400);
  const sy = new Scale(-1, 3, 400, 0);
  const n = nearestPoint(d.series, sx, sy, 40, sy.toPx(-1) + 3)!;
  assert.equal(n.series.name, "loss");
  assert.equal(n.index, 1);
  const p = nearestPoint(d.series, sx, sy, 80, sy.toPx(0.5))!;
  assert.equal(p.series.name, "acc[1]");
  assert.equal(nearestPoint(d.series, sx, sy, 200, 9999), null, "nothing within reach");
});

test("zoom: about the pointer's time; pan keeps the span", () => {
  assert.deepEqual(zoomRange(0, 100, 50, 0.5), [25, 75]);
  assert.deepEqual(zoomRange(0, 100, 0, 0.5), [0, 50]);
  assert.deepEqual(zoomRange(0, 100, 100, 2), [-100, 100]);
});

test("series requests: one in flight, the newest range waits, stale replies dropped", () => {
  const sent: [number, { start: number }][] = [];
  const r = new Requester<{ start: number }>((id, t) => sent.push([id, t]));
  r.request({ start: 1 });
  r.request({ start: 2 });
  r.request({ start: 3 });
  assert.deepEqual(sent, [[1, { start: 1 }]], "coalesced while one is in flight");
  assert.equal(r.settle(7), null, "not the one in flight");
  assert.deepEqual(r.settle(1), { start: 1 });
  assert.deepEqual(sent, [[1, { start: 1 }], [2, { start: 3 }]], "the newest pending one goes out");
  assert.deepEqual(r.settle(2), { start: 3 });
  assert.equal(r.inFlight, null);
});

test("series reply: a Measurements series carries σ and its unit; band runs skip points without σ", () => {
  const { content, buffers } = reply();
  const meas = { ...content.series[0], sigma: 4, unit: "Pa" };
  const d = parseSeries({ ...content, series: [meas] }, [...buffers, f64(1, NaN, 2, 2)]);
  const s = d.series[0]!;
  assert.deepEqual([...s.sigma!].map((v) => (Number.isNaN(v) ? null : v)), [1, null, 2, 2]);
  assert.equal(s.unit, "Pa");
  assert.equal(parseSeries(content, buffers).series[0]!.sigma, null, "Scalars: no band");
  assert.deepEqual(bandRuns(s.y, s.sigma!), [[0, 1], [2, 4]]);
  assert.deepEqual(bandRuns(Float64Array.from([1, 2]), Float64Array.from([NaN, NaN])), []);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { describe, fitRange, openEnd, parseStates, phaseAt, textColor } from "../src/state_lanes";

const reply = {
  type: "states", id: 3, view: "w/s", timeline: "step", start: null, end: null, data_range: [0, 8],
  lanes: [
    { path: "door", phases: [
      { start: 0, end: 1, value: "open", label: "Open", color: [76, 175, 80, 255] },
      { start: 1, end: 4, value: "closed", label: "Closed", color: [239, 83, 80] },
      { start: 8, end: null, value: "open", label: "Open", color: [76, 175, 80, 255] },
      { start: "x", end: 2, value: "bad" },
    ] },
  ],
};

test("states reply: lanes of phases; a malformed phase is dropped; colours get alpha", () => {
  const d = parseStates(reply);
  assert.deepEqual(d.dataRange, [0, 8]);
  assert.equal(d.start, null);
  const door = d.lanes[0]!;
  assert.deepEqual(door.phases.map((p) => [p.start, p.end, p.label]), [[0, 1, "Open"], [1, 4, "Closed"], [8, null, "Open"]]);
  assert.deepEqual(door.phases[1]!.color, [239, 83, 80, 255]);
  assert.deepEqual(parseStates({}).lanes, []);
});

test("phase at a time: gaps are null, the open phase runs to the drawn end", () => {
  const door = parseStates(reply).lanes[0]!;
  const end = openEnd([0, 8], 10);
  assert.ok(Math.abs(end - 10.4) < 1e-9); // the timeline's end + 5 % of the data span
  assert.equal(phaseAt(door, 0.5, end)!.label, "Open");
  assert.equal(phaseAt(door, 3.9, end)!.label, "Closed");
  assert.equal(phaseAt(door, 5, end), null);
  assert.equal(phaseAt(door, 10, end)!.value, "open");
  assert.equal(phaseAt(door, 11, end), null);
  assert.deepEqual(fitRange([0, 8], null).map((v) => Math.round(v * 100) / 100), [-0.4, 8.8]);
  assert.equal(textColor([255, 241, 118, 255]), "#111");
  assert.equal(textColor([66, 66, 200, 255]), "#fff");
});

test("merged phases: a count, described by their label only", () => {
  const d = parseStates({ lanes: [{ path: "a", phases: [
    { start: 0, end: 9, value: "", label: "40 states", color: [128, 128, 128, 255], count: 40 },
    { start: 9, end: null, value: "run", label: "Running", color: [1, 2, 3] },
    { start: 12, end: null, value: "idle", label: "idle", color: [1, 2, 3] },
  ] }] });
  const [m, r, i] = d.lanes[0]!.phases;
  assert.deepEqual([m!.count, r!.count], [40, 1]);
  assert.deepEqual([describe(m!), describe(r!), describe(i!)], ["40 states", "Running (run)", "idle"]);
});

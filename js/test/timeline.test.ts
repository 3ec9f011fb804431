import { test } from "node:test";
import assert from "node:assert/strict";
import { parseTimelines, stepMark } from "../src/timeline";
import { advance, formatTime, type TimelineInfo } from "../src/time_units";
import { toggleHidden, buildTree } from "../src/entity_tree";
import { defaultRadiusFor, radii, rgba8, splatVec } from "../src/comps";

test("formatTime per kind", () => {
  assert.equal(formatTime(12, "sequence"), "#12");
  assert.equal(formatTime(12.4, "sequence"), "#12");
  assert.equal(formatTime(1.25, "duration"), "1.250 s");
  assert.equal(formatTime(-0.5, "duration"), "-0.500 s");
  assert.equal(formatTime(0, "timestamp"), "1970-01-01T00:00:00.000Z");
  assert.equal(formatTime(1700000000.123, "timestamp"), "2023-11-14T22:13:20.123Z");
  assert.equal(formatTime(NaN, "duration"), "–");
});

test("stepMark finds the previous / next mark", () => {
  const m = [0, 5, 10];
  assert.equal(stepMark(m, 5, 1), 10);
  assert.equal(stepMark(m, 5, -1), 0);
  assert.equal(stepMark(m, 7, -1), 5);
  assert.equal(stepMark(m, 10, 1), null);
  assert.equal(stepMark(m, 0, -1), null);
  assert.equal(stepMark([], 3, 1), null);
});

test("parseTimelines tolerates junk", () => {
  const t = parseTimelines([{ name: "a", kind: "duration", min: 0, max: 2, marks: [2, 0, "x"] }, null, { name: "b" }]);
  assert.equal(t.length, 2);
  assert.deepEqual(t[0]!.marks, [0, 2]);
  assert.equal(t[1]!.kind, "sequence");
  assert.deepEqual(parseTimelines("nope"), []);
});

test("advance: sequence steps at 30/s × speed, duration by real time; loop wraps, no loop stops", () => {
  const seq: TimelineInfo = { name: "f", kind: "sequence", min: 0, max: 100, marks: [] };
  let s = advance({ time: 0, carry: 0, playing: true }, seq, 0.1, 1, false);
  assert.equal(s.time, 3);
  s = advance({ time: 0, carry: 0, playing: true }, seq, 0.05, 1, false);
  assert.equal(s.time, 1);
  assert.ok(Math.abs(s.carry - 0.5) < 1e-9);
  s = advance(s, seq, 0.05, 1, false);
  assert.equal(s.time, 3);
  s = advance({ time: 99, carry: 0, playing: true }, seq, 1, 1, false);
  assert.deepEqual([s.time, s.playing], [100, false]);
  s = advance({ time: 99, carry: 0, playing: true }, seq, 0.1, 1, true);
  assert.deepEqual([s.time, s.playing], [1, true]); // 99 + 3 = 102 → wraps over 101 values to 1
  const dur: TimelineInfo = { name: "t", kind: "duration", min: 1, max: 3, marks: [] };
  s = advance({ time: 1, carry: 0, playing: true }, dur, 0.5, 2, false);
  assert.equal(s.time, 2);
  s = advance({ time: 2.5, carry: 0, playing: true }, dur, 1, 1, true);
  assert.ok(Math.abs(s.time - 1.5) < 1e-9 && s.playing);
});

test("hidden toggling and the entity tree", () => {
  assert.deepEqual(toggleHidden([], "/a/b", false), ["a/b"]);
  assert.deepEqual(toggleHidden(["a/b", "c"], "a/b", true), ["c"]);
  assert.deepEqual(toggleHidden(["a/b", "a/c", "d"], "a", true), ["d"]);
  const t = buildTree(["a/b", "a/c", "d"]);
  assert.deepEqual([...t.children.keys()], ["a", "d"]);
  assert.equal(t.children.get("a")!.children.get("c")!.path, "a/c");
});

test("component helpers: splatting and defaults", () => {
  const one = { kind: "num" as const, data: Uint8Array.of(1, 2, 3, 4), shape: [1, 4] };
  assert.deepEqual([...rgba8(one, 2, [9, 9, 9, 9])], [1, 2, 3, 4, 1, 2, 3, 4]);
  assert.deepEqual([...rgba8(null, 1, [9, 8, 7, 6])], [9, 8, 7, 6]);
  const short = { kind: "num" as const, data: Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8), shape: [2, 4] };
  assert.deepEqual([...rgba8(short, 3, [0, 0, 0, 0])], [1, 2, 3, 4, 5, 6, 7, 8, 5, 6, 7, 8]); // a short batch repeats its last
  assert.equal(radii(null, 3), null);
  assert.deepEqual([...radii({ kind: "num", data: Float32Array.of(0.5), shape: [1] }, 3)!], [0.5, 0.5, 0.5]);
  assert.deepEqual([...splatVec(null, 2, 3, [0, 0, 1])], [0, 0, 1, 0, 0, 1]);
  assert.ok(Math.abs(defaultRadiusFor([0, 0, 0, 3, 4, 0]) - 0.025) < 1e-12);
  assert.equal(defaultRadiusFor(null), 0.01);
});

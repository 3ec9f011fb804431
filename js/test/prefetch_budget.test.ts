// The playback queue is bounded in bytes (player.ts PREFETCH_BYTES): a window asks for what is left of the budget,
// none is asked for while the queue holds the budget, and a window's bytes leave with its last frame.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Player, PREFETCH_BYTES } from "../src/player";
import type { FramesMsg } from "../src/protocol";
import type { TimelineInfo } from "../src/time_units";

const tl: TimelineInfo = { name: "t", kind: "duration", min: 0, max: 100, marks: [] };

function frames(id: number, times: number[]): FramesMsg {
  return {
    type: "frames", id, view: "v", timeline: "t", start: 0, end: 0, complete: false,
    frames: times.map((time, k) => ({ id: id + k, base: k ? id + k - 1 : null, time, full: false, bounds: null })),
  };
}

test("the default budget is in bytes and asked of the kernel", () => {
  const p = new Player(tl);
  p.reset(0);
  assert.equal(p.wants(0, 1)!.max_bytes, PREFETCH_BYTES);
});

test("a window asks for the budget left; a full queue asks for nothing until it drains", () => {
  const p = new Player(tl, 1000);
  p.reset(0);
  const r1 = p.wants(0, 1)!;
  assert.equal(r1.max_bytes, 1000);
  p.sent(1, r1);
  assert.ok(p.onFrames(frames(1, [0.1, 0.2]), [new Uint8Array(300), new Uint8Array(300)], true));
  assert.equal(p.queuedBytes, 600);
  const r2 = p.wants(0, 1)!;
  assert.equal(r2.max_bytes, 400, "what is left of the budget");
  p.sent(10, r2);
  assert.ok(p.onFrames(frames(10, [0.3]), [new Uint8Array(400)], true));
  assert.equal(p.queuedBytes, 1000);
  assert.equal(p.wants(0, 1), null, "the queue holds the budget: no window");
  assert.equal(p.due(0.1).length, 1);
  assert.equal(p.queuedBytes, 1000, "the window's buffers stay until its last frame is applied");
  assert.equal(p.wants(0.1, 1), null);
  assert.equal(p.due(0.2).length, 1);
  assert.equal(p.queuedBytes, 400);
  assert.equal(p.wants(0.2, 1)!.max_bytes, 600);
  p.reset(5);
  assert.equal(p.queuedBytes, 0, "a scrub drops the queue and its bytes");
});

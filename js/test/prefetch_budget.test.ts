// The playback queue is bounded in bytes (player.ts PREFETCH_BYTES): a window asks for what is left of the budget,
// none is asked for while the queue holds the budget, and a frame's bytes leave the count when it is applied.
import { test } from "node:test";
import assert from "node:assert/strict";
import { frameBuffers, Player, PREFETCH_BYTES } from "../src/player";
import type { FramesMsg } from "../src/protocol";
import type { TimelineInfo } from "../src/time_units";

const tl: TimelineInfo = { name: "t", kind: "duration", min: 0, max: 100, marks: [] };

/** A window whose frame k shows an image in buffer `first + k` (offsets in the next buffer along). */
function frames(id: number, times: number[]): FramesMsg {
  return {
    type: "frames", id, view: "v", timeline: "t", start: 0, end: 0, complete: false,
    frames: times.map((time, k) => ({
      id: id + k, base: k ? id + k - 1 : null, time, full: false, bounds: null,
      entities: [{ path: "img", comps: { "Image:buffer": { buf: 2 * k, dtype: "uint8", shape: [300], offsets: 2 * k + 1 } } }],
    })),
  };
}
const bufs = (n: number, size: number) => Array.from({ length: 2 * n }, (_, i) => new Uint8Array(i % 2 ? 8 : size));

test("the default budget is in bytes and asked of the kernel", () => {
  const p = new Player(tl);
  p.reset(0);
  assert.equal(p.wants(0, 1)!.max_bytes, PREFETCH_BYTES);
});

test("a frame's buffers are its own: the image and its offsets", () => {
  assert.deepEqual([...frameBuffers(frames(1, [0, 1]).frames[1]!)], [2, 3]);
});

test("a window asks for the budget left; a full queue asks for nothing until frames are applied", () => {
  const p = new Player(tl, 1000);
  p.reset(0);
  const r1 = p.wants(0, 1)!;
  assert.equal(r1.max_bytes, 1000);
  p.sent(1, r1);
  assert.ok(p.onFrames(frames(1, [0.1, 0.2]), bufs(2, 292), true));
  assert.equal(p.queuedBytes, 600);
  const r2 = p.wants(0, 1)!;
  assert.equal(r2.max_bytes, 400, "what is left of the budget");
  p.sent(10, r2);
  assert.ok(p.onFrames(frames(10, [0.3]), bufs(1, 392), true));
  assert.equal(p.queuedBytes, 1000);
  assert.equal(p.wants(0, 1), null, "the queue holds the budget: no window");
  assert.equal(p.due(0.1).length, 1);
  assert.equal(p.queuedBytes, 700, "an applied frame's bytes are let go");
  assert.equal(p.wants(0.1, 1)!.max_bytes, 300);
  p.reset(5);
  assert.equal(p.queuedBytes, 0, "a scrub drops the queue and its bytes");
});

test("a frame whose images still decode is held back, with those after it", () => {
  const p = new Player(tl, 10_000);
  p.reset(0);
  p.sent(1, p.wants(0, 1)!);
  const msg = frames(1, [0.1, 0.2]);
  const first = msg.frames[0]!;
  p.onFrames(msg, bufs(2, 292), true);
  assert.deepEqual(p.due(0.3, (f) => f !== first), [], "the first is not ready: nothing plays past it");
  assert.equal(p.due(0.3).length, 2);
});

test("a compressed image counts as its decoded size", () => {
  const p = new Player(tl, 10_000);
  p.reset(0);
  p.sent(1, p.wants(0, 1)!);
  const msg = frames(1, [0.1]);
  const d = msg.frames[0]!.entities![0]!.comps!["Image:buffer"] as { codec?: "jpeg"; shape: number[] };
  d.codec = "jpeg";
  d.shape = [5000];
  p.onFrames(msg, bufs(1, 50), true);
  assert.equal(p.queuedBytes, 5000 + 8, "decoded bytes plus the offsets");
});

test("the lead grows when windows take longer than LOOKAHEAD_S to arrive", () => {
  let now = 0;
  const p = new Player(tl, PREFETCH_BYTES, () => now);
  p.reset(0);
  assert.equal(p.lead(), 1);
  p.sent(1, p.wants(0, 1)!);
  now = 2000;
  p.onFrames(frames(1, [0.1]), bufs(1, 10), true);
  assert.equal(p.latency, 2);
  assert.equal(p.lead(), 3);
  const req = p.wants(0, 1)!;
  assert.equal(req.end, 0.1 + 6, "the window spans 2x the lead");
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { Player, LOOKAHEAD_S } from "../src/player";
import { PartAssembler } from "../src/parts";
import type { FramesMsg, PartMsg } from "../src/protocol";
import type { TimelineInfo } from "../src/time_units";

const tl: TimelineInfo = { name: "t", kind: "duration", min: 0, max: 4, marks: [] };

function frames(id: number, times: number[], complete = true): FramesMsg {
  return {
    type: "frames", id, view: "v", timeline: "t", start: 0, end: 0, complete,
    frames: times.map((time, k) => ({ id: id + k, base: k ? id + k - 1 : null, time, full: false, bounds: null })),
  };
}

test("player asks for windows ahead, queues frames, hands them out when due", () => {
  const p = new Player(tl);
  p.reset(1.0);
  const req = p.wants(1.0, 1)!;
  assert.equal(req.start, 1.0);
  assert.equal(req.start_exclusive, false);
  assert.equal(req.end, 1.0 + 2 * LOOKAHEAD_S);
  assert.ok(Math.abs(req.min_step - 1 / 60) < 1e-9);
  p.sent(10, req);
  assert.equal(p.wants(1.0, 1), null, "one window in flight");
  assert.equal(p.onFrames(frames(99, [1.1]), [], true), false, "not the window in flight");
  assert.ok(p.onFrames(frames(10, [1.0, 1.5, 2.0, 2.5, 3.0]), [], true));
  assert.equal(p.lastId, 14);
  assert.deepEqual(p.next, { lap: 0, t: 3.0, excl: true });
  assert.deepEqual(p.due(1.6).map((q) => q.frame.time), [1.0, 1.5]);
  assert.deepEqual(p.due(1.6), []);
  assert.equal(p.wants(1.6, 1), null, "1.4 s queued ahead: enough");
  const r2 = p.wants(2.5, 1)!;
  assert.equal(r2.start, 3.0);
  assert.equal(r2.start_exclusive, true);
  assert.equal(r2.end, 4);
});

test("a cut window continues after its last frame; the end loops to a new lap", () => {
  const p = new Player(tl);
  p.reset(3.5);
  p.sent(1, p.wants(3.5, 1)!);
  p.onFrames(frames(1, [3.5, 3.6], false), [], true);
  assert.deepEqual(p.next, { lap: 0, t: 3.6, excl: true });
  p.sent(50, p.wants(3.5, 1)!);
  p.onFrames(frames(50, [3.7, 3.99]), [], true);
  assert.deepEqual(p.next, { lap: 1, t: 0, excl: false });
  p.sent(100, p.wants(3.6, 1)!);
  p.onFrames(frames(100, [0, 0.5]), [], true);
  // not yet wrapped: lap 1 frames wait even though their time is small
  assert.deepEqual(p.due(3.8).map((q) => q.frame.time), [3.5, 3.6, 3.7]);
  p.wrapped();
  assert.deepEqual(p.due(0.1).map((q) => q.frame.time), [3.99, 0]);
  // no loop: the end stops the requests
  const q = new Player(tl);
  q.reset(3.9);
  q.sent(1, q.wants(3.9, 1)!);
  q.onFrames(frames(1, [3.99]), [], false);
  assert.equal(q.next, null);
  assert.equal(q.wants(3.95, 1), null);
});

test("sequence timelines step at 30 per second times speed", () => {
  const s: TimelineInfo = { name: "f", kind: "sequence", min: 0, max: 999, marks: [] };
  const p = new Player(s);
  p.reset(0);
  const r = p.wants(0, 1)!;
  assert.equal(r.end, 60);
  assert.equal(r.min_step, 0);
  assert.equal(p.wants(0, 4) === null, false);
  p.reset(0);
  assert.equal(p.wants(0, 4)!.min_step, 2);
});

test("parts are reassembled in order into aligned views; a gap drops the reply", () => {
  const a = new PartAssembler();
  const payload = new Uint8Array(10).map((_, i) => i);
  const reply = { type: "scene", id: 3, view: "v" } as unknown as PartMsg["reply"];
  const p0: PartMsg = { type: "part", id: 3, view: "v", part: 0, parts: 3, nbytes: 10, reply, sizes: [6, 0, 4] };
  assert.equal(a.add(p0, [new DataView(payload.buffer, 0, 4)]), null);
  assert.equal(a.add({ ...p0, part: 1, reply: undefined, sizes: undefined }, [new DataView(payload.buffer, 4, 4)]), null);
  const done = a.add({ ...p0, part: 2, reply: undefined, sizes: undefined }, [new DataView(payload.buffer, 8, 2)])!;
  assert.equal(done.content, reply);
  assert.deepEqual(done.buffers.map((b) => [...new Uint8Array(b.buffer, b.byteOffset, b.byteLength)]), [[0, 1, 2, 3, 4, 5], [], [6, 7, 8, 9]]);
  assert.equal(a.add(p0, [new DataView(payload.buffer, 0, 4)]), null);
  assert.equal(a.add({ ...p0, part: 2 }, [new DataView(payload.buffer, 0, 2)]), null, "part 1 missing");
  assert.equal(a.pending, false);
  assert.throws(() => a.add({ ...p0, nbytes: 11 }, []));
});

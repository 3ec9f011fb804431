import { test } from "node:test";
import assert from "node:assert/strict";
import { QueryClient } from "../src/query_client";
import type { QueryMsg, SceneMsg } from "../src/protocol";

function setup(timeoutMs = 60_000) {
  const sent: QueryMsg[] = [];
  let now = 0;
  const c = new QueryClient("v1", (m) => sent.push(m), () => now, timeoutMs);
  const reply = (id: number, view = "v1"): SceneMsg => ({ type: "scene", id, view, full: false, timeline: "t", time: 0, bounds: null });
  return { c, sent, reply, tick: (ms: number) => (now += ms) };
}

test("one query in flight; newer requests coalesce into one pending slot", () => {
  const { c, sent, reply } = setup();
  c.request({ timeline: "t", time: 1 });
  for (let t = 2; t <= 9; t++) c.request({ timeline: "t", time: t });
  assert.equal(sent.length, 1);
  assert.deepEqual(sent[0], { type: "query", id: 1, view: "v1", timeline: "t", time: 1, base: null });
  const v = c.onMessage(reply(1));
  assert.equal(v.action, "apply");
  c.applied(1, true);
  assert.equal(sent.length, 2);
  assert.deepEqual(sent[1], { type: "query", id: 2, view: "v1", timeline: "t", time: 9, base: 1 });
  assert.equal(c.onMessage(reply(2)).action, "apply");
  c.applied(2, true);
  assert.equal(sent.length, 2); // nothing pending
  assert.equal(c.base, 2);
});

test("stale replies, other views' replies and errors not ours are dropped", () => {
  const { c, sent, reply } = setup();
  c.request({ timeline: "t", time: 1 });
  assert.equal(c.onMessage(reply(7)).action, "drop");
  assert.equal(c.onMessage(reply(1, "v2")).action, "drop");
  assert.equal(c.onMessage({ type: "error", id: 5, message: "x" }).action, "drop");
  assert.equal(c.onMessage({ type: "pong", id: 1 }).action, "drop");
  assert.equal(c.dropped, 4);
  assert.equal(c.onMessage(reply(1)).action, "apply");
  c.applied(1, true);
  assert.equal(c.onMessage(reply(1)).action, "drop"); // already handled
  assert.equal(sent.length, 1);
});

test("base: a failed apply asks for a full scene next; an error keeps the base", () => {
  const { c, sent, reply } = setup();
  c.request({ timeline: "t", time: 1 });
  c.onMessage(reply(1));
  c.applied(1, true);
  c.request({ timeline: "t", time: 2 });
  assert.equal(sent[1]!.base, 1);
  const e = c.onMessage({ type: "error", id: 2, message: "bad" });
  assert.equal(e.action, "error");
  c.applied(2, false);
  c.request({ timeline: "t", time: 3 });
  assert.equal(sent[2]!.base, 1);
  c.onMessage(reply(3));
  c.resetBase();
  c.applied(3, false);
  c.request({ timeline: "t", time: 4 });
  assert.equal(sent[3]!.base, null);
});

test("an unanswered query is abandoned after the timeout; its late reply is dropped", () => {
  const { c, sent, reply, tick } = setup(1000);
  c.request({ timeline: "t", time: 1 });
  tick(500);
  c.request({ timeline: "t", time: 2 });
  assert.equal(sent.length, 1);
  tick(600);
  c.request({ timeline: "t", time: 3 });
  assert.equal(sent.length, 2);
  assert.equal(sent[1]!.time, 3);
  assert.equal(c.onMessage(reply(1)).action, "drop");
  assert.equal(c.onMessage(reply(2)).action, "apply");
});

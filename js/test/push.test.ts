import { test } from "node:test";
import assert from "node:assert/strict";
import { Cursor } from "../src/controllers/cursor";
import { SceneData } from "../src/controllers/scene_data";
import type { QueryMsg } from "../src/protocol";
import { QueryClient } from "../src/query_client";
import { makeCtx } from "../src/visuals/visual";
import { entity, sceneMsg } from "./fake_model";

const head = (base: number | null, id_as: number, time = 5) => ({ view: "v/a", base, id_as, timeline: "frame", time });

test("pushed scene: taken only when its base is the last applied reply; then it is the base under id_as", () => {
  const sent: QueryMsg[] = [];
  const c = new QueryClient("v/a", (m) => sent.push(m));
  c.space = "a";
  c.request({ timeline: "frame", time: 0 });
  assert.equal(sent[0]!.space, "a", "v2 queries name their layout view");
  c.applied(1, true);
  assert.equal(c.acceptPush(head(0, -1)), false, "not a delta against what the view holds");
  assert.equal(c.acceptPush({ ...head(1, -1), view: "v/b" }), false, "another view's");
  assert.equal(c.acceptPush(head(1, -1), true), false, "not while playing");
  assert.equal(c.acceptPush(head(1, -1)), true);
  c.pushed(head(1, -1));
  assert.equal(c.base, -1);
  c.request({ timeline: "frame", time: 6 });
  assert.equal(sent[1]!.base, -1, "the next query is a delta against the pushed scene");
});

test("pushed scene while a query is in flight: the query's reply is dropped; a pending one for another time still goes", () => {
  const sent: QueryMsg[] = [];
  const c = new QueryClient("v/a", (m) => sent.push(m));
  c.request({ timeline: "frame", time: 0 });
  c.applied(1, true);
  c.request({ timeline: "frame", time: 3 }); // in flight, base 1
  c.request({ timeline: "frame", time: 5 }); // pending
  assert.ok(c.acceptPush(head(1, -2, 5)));
  c.pushed(head(1, -2, 5));
  const v = c.onMessage({ type: "scene", id: 2, view: "v/a", full: false, timeline: "frame", time: 3, bounds: null });
  assert.equal(v.action, "drop", "a delta against base 1, which the view no longer holds");
  assert.equal(sent.length, 2, "the pending query (time 5) is what the push showed: not sent");
  assert.equal(c.inFlight, null);
  c.request({ timeline: "frame", time: 8 });
  assert.deepEqual([sent[2]!.time, sent[2]!.base], [8, -2]);
});

test("pushed scene applied by a view's scene data: drawn, hooks counted, later queries build on it", () => {
  const cursor = new Cursor();
  cursor.timeline = "frame";
  const sent: QueryMsg[] = [];
  const drawn: Record<string, number>[] = [];
  const d = new SceneData("v/a", makeCtx(), { cursor, send: (m) => sent.push(m as QueryMsg), loop: () => false }, {
    applied: () => {}, draw: () => {}, drawn: (s) => drawn.push(s), error: () => {}, window: () => {}, stopPlaying: () => {},
  }, "a");
  d.refresh();
  assert.equal(sent[0]!.space, "a");
  const full = sceneMsg(1, [entity("p", { "Points3D:positions": new Float32Array([0, 0, 0]) })], "v/a");
  d.onMessage(full.msg, full.buffers);
  assert.equal(d.client.base, 1);
  const push = sceneMsg(0, [entity("q", { "Points3D:positions": new Float32Array([1, 1, 1]) })], "v/a", { full: false, time: 5 });
  d.onMessage({ ...push.msg, id: null, push: true, base: 1, id_as: -3 }, push.buffers);
  assert.equal(d.client.base, -3);
  assert.deepEqual([...d.state.entities.keys()].sort(), ["p", "q"]);
  assert.equal(drawn.length, 2);
  // a push against an older base is ignored (the view queries as usual)
  const stale = sceneMsg(0, [entity("r", { "Points3D:positions": new Float32Array([2, 2, 2]) })], "v/a", { full: false, time: 7 });
  d.onMessage({ ...stale.msg, id: null, push: true, base: 1, id_as: -4 }, stale.buffers);
  assert.equal(d.client.base, -3);
  assert.ok(!d.state.entities.has("r"));
  d.dispose();
});

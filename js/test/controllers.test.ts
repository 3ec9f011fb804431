import { test } from "node:test";
import assert from "node:assert/strict";
import { Cursor } from "../src/controllers/cursor";
import { Keyboard } from "../src/controllers/keyboard";
import { ModelEvents } from "../src/controllers/model";
import { Playback, type FrameClock } from "../src/controllers/playback";
import { SceneData } from "../src/controllers/scene_data";
import { TraitletSync } from "../src/controllers/traitlets";
import type { QueryMsg, RawBuffer } from "../src/protocol";
import type { TimelineInfo } from "../src/time_units";
import { makeCtx } from "../src/visuals/visual";
import { entity, FakeModel, sceneMsg, viewerState } from "./fake_model";

/** Animation frames by hand. */
class FakeClock implements FrameClock {
  t = 1000;
  private cbs = new Map<number, (now: number) => void>();
  private next = 1;
  request(cb: (now: number) => void): number {
    this.cbs.set(this.next, cb);
    return this.next++;
  }
  cancel(id: number): void {
    this.cbs.delete(id);
  }
  now(): number {
    return this.t;
  }
  get pending(): number {
    return this.cbs.size;
  }
  frame(ms: number): void {
    this.t += ms;
    const cbs = [...this.cbs.values()];
    this.cbs.clear();
    for (const cb of cbs) cb(this.t);
  }
}

/** The timeline bar and the entity tree, as the controllers see them. */
class FakeUi {
  timelines: TimelineInfo[] = [];
  selected = "";
  time = NaN;
  playing = false;
  loop = false;
  speed = 1;
  tree: { paths: readonly string[]; hidden: readonly string[] } = { paths: [], hidden: [] };
  setTimelines(tls: TimelineInfo[], selected: string): void {
    this.timelines = tls;
    this.selected = selected;
  }
  setTime(t: number): void {
    this.time = t;
  }
  setPlaying(p: boolean): void {
    this.playing = p;
  }
  setLoop(l: boolean): void {
    this.loop = l;
  }
  setSpeed(s: number): void {
    this.speed = s;
  }
  set(paths: readonly string[], hidden: readonly string[]): void {
    this.tree = { paths, hidden };
  }
}

/** The widget's wiring (widget.ts) with a headless view: the scene data without a viewport. */
function setup(over: Record<string, unknown> = {}) {
  const model = new FakeModel(viewerState(over));
  const events = new ModelEvents(model);
  const cursor = new Cursor();
  const ui = new FakeUi();
  const clock = new FakeClock();
  const errors: (string | null)[] = [];
  const drawn: Record<string, number>[] = [];
  const host = { cursor, send: (m: unknown) => model.send(m), loop: () => !!model.get("loop") };
  const data = new SceneData("v", makeCtx(), host, {
    applied: () => {},
    draw: () => {},
    drawn: (s) => drawn.push(s),
    error: (m) => errors.push(m),
    window: () => {},
    stopPlaying: () => sync.stopPlaying(),
  });
  const view = {
    seek: () => data.seek(),
    refresh: () => data.refresh(),
    playStart: (tl: TimelineInfo) => data.playStart(tl),
    playTick: (tl: TimelineInfo, s: number, w: boolean, m: boolean) => data.playTick(tl, s, w, m),
    playStop: () => data.playStop(),
    setHidden: (h: readonly string[]) => {
      data.graph.setHidden([...h]);
      data.refresh();
    },
  };
  let now = 10_000;
  const sync = new TraitletSync(events, cursor, [view], ui, ui, () => now);
  const playback = new Playback(cursor, [view], ui, sync, clock);
  events.on("msg:custom", ((c: unknown, b?: RawBuffer[]) => data.onMessage(c, b ?? [])) as never);
  sync.start(playback, () => {});
  const queries = () => model.sentOf<QueryMsg>("query");
  /** The kernel answers the query in flight with a full scene of one point entity. */
  const answer = () => {
    const q = data.client.inFlight!;
    const { msg, buffers } = sceneMsg(q.id, [entity("a", { "Points3D:positions": new Float32Array([0, 0, 0]) })], "v", { time: q.time });
    model.emit("msg:custom", msg, buffers);
  };
  const dispose = () => {
    sync.dispose();
    playback.dispose();
    events.dispose();
    data.dispose();
  };
  return { model, cursor, ui, clock, data, sync, playback, queries, answer, errors, drawn, dispose, tick: (ms: number) => (now += ms) };
}

test("start: the bar shows the traitlets, one query goes out at the model's time", () => {
  const s = setup({ time: 5, loop: true, speed: 2, entity_paths: ["a", "b"], hidden: ["b"] });
  assert.equal(s.ui.selected, "frame");
  assert.equal(s.ui.time, 5);
  assert.deepEqual([s.ui.loop, s.ui.speed], [true, 2]);
  assert.deepEqual(s.ui.tree, { paths: ["a", "b"], hidden: ["b"] });
  assert.deepEqual(s.queries(), [{ type: "query", id: 1, view: "v", timeline: "frame", time: 5, base: null }]);
  s.dispose();
  assert.equal(s.model.handlerCount(), 0);
});

test("data: a time change from the kernel sends a query (coalesced while one is in flight); stale replies are dropped", () => {
  const s = setup();
  s.model.set("time", 3);
  assert.equal(s.queries().length, 1, "one query in flight: the new time waits in the pending slot");
  assert.equal(s.model.saves, 0, "the kernel's own change is not echoed");
  const stale = sceneMsg(99, [entity("a", { "Points3D:positions": new Float32Array([0, 0, 0]) })]);
  s.model.emit("msg:custom", stale.msg, stale.buffers);
  assert.equal(s.data.graph.visuals.size, 0);
  assert.equal(s.drawn.length, 0);
  s.answer();
  assert.deepEqual([...s.data.graph.visuals.keys()], ["a"]);
  assert.equal(s.drawn[0]!["id"], 1);
  const q = s.queries();
  assert.equal(q.length, 2);
  assert.deepEqual([q[1]!.time, q[1]!.base], [3, 1]);
  s.dispose();
});

test("data: an error reply is shown and the next query still goes out", () => {
  const s = setup();
  s.model.emit("msg:custom", { type: "error", id: 1, view: "v", message: "<b>bad</b>" }, []);
  assert.deepEqual(s.errors, ["<b>bad</b>"]);
  s.model.set("time", 4);
  assert.deepEqual(s.queries().map((q) => [q.time, q.base]), [[0, null], [4, null]]);
  s.dispose();
});

test("traitlets: a scrub is saved at once, then throttled; the timeline selector writes timeline and time", async () => {
  const s = setup();
  s.playback.setTime(7);
  assert.deepEqual([s.model.get("time"), s.model.saves], [7, 1]);
  s.tick(10);
  s.playback.setTime(8);
  assert.equal(s.model.get("time"), 7, "throttled");
  await new Promise((r) => setTimeout(r, 150));
  assert.equal(s.model.get("time"), 8);
  s.model.set("timelines", [...(s.model.get("timelines") as object[]), { name: "t2", kind: "duration", min: 1, max: 2, marks: [] }]);
  const saves = s.model.saves;
  s.sync.userTimeline("t2");
  assert.deepEqual([s.model.get("timeline"), s.model.get("time"), s.ui.selected, s.ui.time], ["t2", 2, "t2", 2], "clamped to the new timeline");
  assert.equal(s.model.saves, saves + 1);
  s.dispose();
});

test("traitlets: playing round trip — the kernel starts it, frames advance the time, space pauses and saves", () => {
  const s = setup({ timelines: [{ name: "frame", kind: "sequence", min: 0, max: 1000, marks: [] }] });
  s.answer();
  s.model.set("playing", true);
  assert.equal(s.cursor.playing, true);
  assert.equal(s.ui.playing, true);
  assert.equal(s.clock.pending, 1);
  s.clock.frame(100); // 3 steps at 30/s
  assert.equal(s.cursor.time, 3);
  assert.equal(s.ui.time, 3);
  const windows = s.model.sentOf<{ start: number; base: number }>("window");
  assert.equal(windows.length, 1);
  assert.equal(windows[0]!.base, 1);
  s.sync.togglePlaying();
  assert.deepEqual([s.model.get("playing"), s.cursor.playing, s.clock.pending], [false, false, 0]);
  assert.equal(s.model.get("time"), 3, "where playback stopped is saved");
  assert.deepEqual(s.queries().map((q) => q.time), [0, 3], "the exact latest-at where it stopped");
  s.dispose();
});

test("traitlets: playback to the end without loop stops and saves playing=false", () => {
  const s = setup({ timelines: [{ name: "frame", kind: "sequence", min: 0, max: 2, marks: [] }] });
  s.sync.userPlaying(true);
  s.clock.frame(200);
  assert.deepEqual([s.cursor.time, s.cursor.playing, s.model.get("playing"), s.model.get("time")], [2, false, false, 2]);
  s.dispose();
});

test("traitlets: hidden round trip — the tree writes it, the kernel's change is shown", () => {
  const s = setup({ entity_paths: ["a", "b"] });
  s.answer();
  s.sync.userHidden(["a"]);
  assert.deepEqual(s.model.get("hidden"), ["a"]);
  assert.deepEqual(s.ui.tree.hidden, ["a"]);
  assert.equal(s.data.graph.isHidden("a"), true);
  assert.equal(s.queries().length, 2, "visibility changes re-query");
  s.model.set("hidden", []);
  assert.deepEqual(s.ui.tree.hidden, []);
  assert.equal(s.data.graph.isHidden("a"), false);
  s.dispose();
});

class FakeRoot extends EventTarget {
  constructor(readonly tagName = "DIV") {
    super();
  }
}

function key(root: EventTarget, k: string): boolean {
  const e = Object.assign(new Event("keydown", { cancelable: true }), { key: k });
  root.dispatchEvent(e);
  return e.defaultPrevented;
}

test("keyboard: space toggles playing, arrows step between marks, not while typing in a field", () => {
  const s = setup();
  const root = new FakeRoot();
  const kb = new Keyboard(root, { togglePlaying: () => s.sync.togglePlaying(), step: (d) => s.playback.step(d) });
  assert.equal(key(root, " "), true);
  assert.equal(s.model.get("playing"), true);
  key(root, " ");
  assert.equal(s.model.get("playing"), false);
  assert.equal(key(root, "ArrowRight"), true);
  assert.equal(s.cursor.time, 5);
  key(root, "ArrowRight");
  assert.equal(s.cursor.time, 10);
  key(root, "ArrowLeft");
  assert.equal(s.cursor.time, 5);
  const field = new FakeRoot("SELECT");
  const kb2 = new Keyboard(field, { togglePlaying: () => s.sync.togglePlaying(), step: (d) => s.playback.step(d) });
  assert.equal(key(field, "ArrowLeft"), false);
  assert.equal(s.cursor.time, 5);
  kb.dispose();
  kb2.dispose();
  assert.equal(key(root, " "), false);
  s.dispose();
});

test("keyboard: without a timeline, space and arrows do nothing", () => {
  const s = setup({ timeline: "" });
  const root = new FakeRoot();
  new Keyboard(root, { togglePlaying: () => s.sync.togglePlaying(), step: (d) => s.playback.step(d) });
  key(root, " ");
  assert.equal(s.model.get("playing"), false);
  assert.equal(key(root, "ArrowRight"), false);
  s.dispose();
});

test("traitlets: a cursor at the end follows new data; one left before the end stays, through a re-run too", () => {
  const tl = (max: number) => [{ name: "step", kind: "sequence", min: 0, max, marks: [] }];
  const s = setup({ timeline: "step", time: 9, timelines: tl(9) });
  s.model.set("timelines", tl(12));
  assert.equal(s.cursor.time, 12, "at the end: follows");
  s.playback.setTime(4);
  s.model.set("timelines", tl(15));
  assert.equal(s.cursor.time, 4, "left before the end: stays");
  // a re-run of the logging cell: the timeline is emptied, then logged again from the start, in bits
  s.model.set("timelines", []);
  for (const max of [2, 5, 9, 15]) s.model.set("timelines", tl(max));
  assert.equal(s.cursor.time, 4, "the user's time survives the re-run");
  s.playback.setTime(15);
  s.model.set("timelines", tl(20));
  assert.equal(s.cursor.time, 20, "back at the end: follows again");
  s.dispose();
});

test("traitlets: a time the kernel sets before the end stays there while data grows past it", () => {
  const tl = (max: number) => [{ name: "step", kind: "sequence", min: 0, max, marks: [] }];
  const s = setup({ timeline: "step", time: 2, timelines: tl(2) });
  s.model.set("time", 4); // restored UI state: data has not reached it yet
  for (const max of [3, 5, 9]) s.model.set("timelines", tl(max));
  assert.equal(s.cursor.time, 4);
  s.model.set("time", 9); // Python moves it to the end: it follows again
  s.model.set("timelines", tl(12));
  assert.equal(s.cursor.time, 12);
  s.dispose();
});

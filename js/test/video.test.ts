// The video visuals without a DOM: the kernel link (requests, page-wide ids, replies matched, stale ones dropped),
// the frame reference's refill on a new timestamp, its note when its video is missing.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Comp, EntityState } from "../src/protocol";
import "../src/visuals";
import { buildVisual, refillVisual } from "../src/visuals/registry";
import { attachVideoLink, requestKernelFrame, videoReply, type FrameReply } from "../src/visuals/video_link";
import { seekSeconds } from "../src/visuals/video_player";
import { makeCtx } from "../src/visuals/visual";

const ts = (ns: number): Comp => ({ kind: "num", data: Float64Array.of(ns), shape: [1] });

function ent(path: string, comps: Record<string, Comp>): EntityState {
  return { path, color: [1, 2, 3, 255], comps: new Map(Object.entries(comps)) };
}

test("video_frame requests: one in flight per video, the newest pending wins, replies matched by id", () => {
  const ctx = makeCtx();
  const sent: Record<string, unknown>[] = [];
  attachVideoLink(ctx, (m) => sent.push(m as Record<string, unknown>), "view-1", () => undefined);
  const got: FrameReply[] = [];
  assert.ok(requestKernelFrame(ctx, "cam/video", 0, (r) => got.push(r)));
  requestKernelFrame(ctx, "cam/video", 1e9, (r) => got.push(r));
  requestKernelFrame(ctx, "cam/video", 2e9, (r) => got.push(r)); // replaces the 1e9 one
  assert.equal(sent.length, 1);
  assert.deepEqual({ ...sent[0], id: 0 }, { type: "video_frame", id: 0, view: "view-1", path: "cam/video", timestamp: 0 });
  const id = sent[0]!.id as number;
  assert.ok(id >= 2 ** 40); // never one of the view's scene query ids
  assert.equal(videoReply(ctx, { type: "video_frame", id: id + 99, view: "view-1" }, []), false); // not ours
  assert.equal(videoReply(ctx, { type: "video_frame", id, view: "other" }, []), false);
  const rgba = new DataView(new Uint8Array(2 * 1 * 4).fill(7).buffer);
  assert.ok(videoReply(ctx, { type: "video_frame", id, view: "view-1", width: 2, height: 1, pts: 0 }, [rgba]));
  assert.equal(got.length, 1);
  assert.ok("frame" in got[0]! && got[0].frame.width === 2 && got[0].frame.rgba?.[3] === 7);
  assert.equal(sent.length, 2); // the pending one went out
  assert.equal(sent[1]!.timestamp, 2e9);
  assert.ok(videoReply(ctx, { type: "error", id: sent[1]!.id, view: "view-1", message: "video_frame: bad" }, []));
  assert.deepEqual(got[1], { error: "video_frame: bad" });
  // a reply whose buffer does not match its size is an error, not a crash
  requestKernelFrame(ctx, "cam/video", 3e9, (r) => got.push(r));
  assert.ok(videoReply(ctx, { type: "video_frame", id: sent[2]!.id, view: "view-1", width: 4, height: 4, pts: 0 }, [rgba]));
  assert.deepEqual(got[2], { error: "malformed video_frame reply" });
  // a JPEG frame: any length, handed over as such
  requestKernelFrame(ctx, "cam/video", 4e9, (r) => got.push(r));
  assert.ok(videoReply(ctx, { type: "video_frame", id: sent[3]!.id, view: "view-1", width: 640, height: 480, pts: 0, codec: "jpeg" }, [rgba]));
  assert.ok("frame" in got[3]! && got[3].frame.jpeg?.length === 8 && got[3].frame.rgba === null);
  assert.equal(requestKernelFrame(makeCtx(), "x", 0, () => undefined), false); // no link: nothing sent
});

test("a frame reference is refilled in place on a new timestamp and rebuilt for another video", async () => {
  const ctx = makeCtx();
  const e = ent("cam/video", { "VideoFrameReference:timestamp": ts(5e8) });
  const v = buildVisual("VideoFrameReference", e, ctx)!;
  assert.ok(v);
  await Promise.resolve(); // the AssetVideo could have come later in the same update
  assert.deepEqual(v.labelAnchors?.labels, ["video not shown: no AssetVideo at 'cam/video' in this view"]);
  assert.equal(refillVisual("VideoFrameReference", v, ent("cam/video", { "VideoFrameReference:timestamp": ts(1e9) })), true);
  const other = ent("cam/video", { "VideoFrameReference:timestamp": ts(1e9), "VideoFrameReference:video_reference": { kind: "text", text: ["other"] } });
  assert.equal(refillVisual("VideoFrameReference", v, other), false);
  const faded = ent("cam/video", { "VideoFrameReference:timestamp": ts(1e9), "VideoFrameReference:opacity": { kind: "num", data: Float32Array.of(0.5), shape: [1] } });
  assert.equal(refillVisual("VideoFrameReference", v, faded), false);
  v.dispose();
  assert.equal(buildVisual("VideoFrameReference", ent("x", {}), ctx), null); // no timestamp: nothing
});

test("a frame reference whose video is not in the view asks the kernel; one whose video comes in the same update does not", async () => {
  const ctx = makeCtx();
  const sent: Record<string, unknown>[] = [];
  attachVideoLink(ctx, (m) => sent.push(m as Record<string, unknown>), "v", () => undefined);
  const v = buildVisual("VideoFrameReference", ent("shown", { "VideoFrameReference:timestamp": ts(7), "VideoFrameReference:video_reference": { kind: "text", text: ["/assets/clip"] } }), ctx)!;
  const w = buildVisual("VideoFrameReference", ent("cam", { "VideoFrameReference:timestamp": ts(8) }), ctx)!;
  const a = buildVisual("AssetVideo", ent("cam", { "AssetVideo:blob": { kind: "num", data: Uint8Array.of(1, 2, 3), shape: [3], offsets: Uint32Array.of(0, 3) } }), ctx)!;
  await Promise.resolve();
  assert.deepEqual(sent.map((m) => [m.path, m.timestamp]), [["assets/clip", 7]]);
  for (const x of [v, w, a]) x.dispose();
});

test("seek times land just after the frame's start", () => {
  assert.equal(seekSeconds(0), 1e-6);
  assert.ok(seekSeconds(33_333_333) > 0.033333333);
  assert.equal(seekSeconds(-1e9), 0);
});

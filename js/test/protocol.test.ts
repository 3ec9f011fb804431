import { test } from "node:test";
import assert from "node:assert/strict";
import { applyScene, decodeComp, isUnder, normPath, ProtocolError, SceneState, splitPath, typedView, type SceneMsg } from "../src/protocol";

/** Buffers packed into ONE ArrayBuffer, each at a non-zero offset (as Jupyter can hand them over). */
function pack(arrays: ArrayBufferView[], pad = 8): DataView[] {
  let size = pad;
  for (const a of arrays) size += a.byteLength + pad;
  const all = new ArrayBuffer(size);
  let off = pad;
  return arrays.map((a) => {
    new Uint8Array(all, off, a.byteLength).set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    const v = new DataView(all, off, a.byteLength);
    off += a.byteLength + pad;
    return v;
  });
}

test("typedView honours byteOffset and byteLength", () => {
  const [a, b] = pack([Float32Array.of(1, 2, 3), Uint8Array.of(9, 8, 7, 6)]);
  assert.ok(a!.byteOffset > 0 && b!.byteOffset > 0);
  const f = typedView(a!, "float32");
  assert.ok(f instanceof Float32Array);
  assert.deepEqual([...f], [1, 2, 3]);
  assert.equal(f.buffer, a!.buffer); // zero-copy
  assert.deepEqual([...typedView(b!, "uint8")], [9, 8, 7, 6]);
  assert.deepEqual([...typedView(b!, "uint8", 2)], [9, 8]);
});

test("typedView copies when the offset is unaligned", () => {
  const [v] = pack([Float64Array.of(1.5, -2.25), Uint8Array.of(1)], 3); // offset 3: not a multiple of 8
  assert.equal(v!.byteOffset % 8, 3);
  const d = typedView(v!, "float64");
  assert.ok(d instanceof Float64Array);
  assert.deepEqual([...d], [1.5, -2.25]);
});

test("typedView rejects a buffer too short for the shape", () => {
  const [v] = pack([Float32Array.of(1, 2)]);
  assert.throws(() => typedView(v!, "float32", 3), ProtocolError);
  assert.throws(() => typedView(v!, "complex" as never), ProtocolError);
});

test("decodeComp: every dtype, shapes, offsets, text", () => {
  const bufs = pack([
    Float32Array.of(0, 1, 2, 3, 4, 5),
    Uint16Array.of(7, 8),
    Int32Array.of(-1, 2),
    Uint32Array.of(0, 1, 2),
    Uint8Array.of(1, 0, 1),
  ]);
  const c = decodeComp({ buf: 0, dtype: "float32", shape: [2, 3] }, bufs);
  assert.equal(c.kind, "num");
  if (c.kind === "num") assert.deepEqual([...c.data], [0, 1, 2, 3, 4, 5]);
  const u = decodeComp({ buf: 1, dtype: "uint16", shape: [2] }, bufs);
  if (u.kind === "num") assert.ok(u.data instanceof Uint16Array);
  const i = decodeComp({ buf: 2, dtype: "int32", shape: [2] }, bufs);
  if (i.kind === "num") assert.deepEqual([...i.data], [-1, 2]);
  const b = decodeComp({ buf: 4, dtype: "bool", shape: [3] }, bufs);
  if (b.kind === "num") assert.deepEqual([...b.data], [1, 0, 1]);
  const s = decodeComp({ buf: 0, dtype: "float32", shape: [2, 3], offsets: 3 }, bufs);
  if (s.kind === "num") assert.deepEqual([...s.offsets!], [0, 1, 2]);
  assert.throws(() => decodeComp({ buf: 0, dtype: "float32", shape: [1, 3], offsets: 3 }, bufs), /offsets/);
  assert.throws(() => decodeComp({ buf: 9, dtype: "float32", shape: [1] }, bufs), /out of range/);
  assert.deepEqual(decodeComp({ text: ["<b>x</b>"] }, bufs), { kind: "text", text: ["<b>x</b>"] });
});

function scene(partial: Partial<SceneMsg>): SceneMsg {
  return { type: "scene", id: 1, view: "v", full: false, timeline: "t", time: 0, bounds: null, entities: [], removed: [], ...partial };
}

test("applyScene: full reply, then delta set / null-remove / absent-unchanged", () => {
  const st = new SceneState();
  const bufs = pack([Float32Array.of(1, 2, 3), Uint8Array.of(255, 0, 0, 255), Float32Array.of(0.5)]);
  const ch = applyScene(
    st,
    scene({
      full: true,
      bounds: [0, 0, 0, 1, 1, 1],
      entities: [
        {
          path: "/a/pts",
          color: [1, 2, 3, 255],
          comps: {
            "Points3D:positions": { buf: 0, dtype: "float32", shape: [1, 3] },
            "Points3D:colors": { buf: 1, dtype: "uint8", shape: [1, 4] },
            "Points3D:radii": { buf: 2, dtype: "float32", shape: [1] },
          },
        },
      ],
    }),
    bufs,
  );
  assert.ok(ch.full);
  assert.deepEqual([...ch.entities.get("a/pts")!], ["Points3D"]);
  const e = st.entities.get("a/pts")!;
  assert.deepEqual(e.color, [1, 2, 3, 255]);
  assert.equal(e.comps.size, 3);
  assert.deepEqual(st.bounds, [0, 0, 0, 1, 1, 1]);

  // delta: positions set, radii removed (null), colors absent (unchanged)
  const bufs2 = pack([Float32Array.of(4, 5, 6, 7, 8, 9)]);
  const ch2 = applyScene(
    st,
    scene({
      id: 2,
      entities: [{ path: "a/pts", comps: { "Points3D:positions": { buf: 0, dtype: "float32", shape: [2, 3] }, "Points3D:radii": null } }],
    }),
    bufs2,
  );
  assert.ok(!ch2.full);
  const p = e.comps.get("Points3D:positions")!;
  assert.ok(p.kind === "num" && p.shape[0] === 2 && p.data[5] === 9);
  assert.ok(!e.comps.has("Points3D:radii"));
  assert.ok(e.comps.has("Points3D:colors"));
  assert.deepEqual(e.color, [1, 2, 3, 255]); // colour absent → unchanged
  assert.deepEqual([...ch2.entities.get("a/pts")!], ["Points3D"]);
});

test("applyScene: removed entities, and a full reply drops what it does not list", () => {
  const st = new SceneState();
  const bufs = pack([Float32Array.of(1, 2, 3)]);
  const pts = { "Points3D:positions": { buf: 0, dtype: "float32" as const, shape: [1, 3] } };
  applyScene(st, scene({ full: true, entities: [{ path: "a", comps: pts }, { path: "b", comps: pts }] }), bufs);
  const ch = applyScene(st, scene({ removed: ["a"] }), []);
  assert.ok(ch.removed.has("a"));
  assert.deepEqual([...st.entities.keys()], ["b"]);
  const ch2 = applyScene(st, scene({ full: true, entities: [{ path: "c", comps: pts }] }), bufs);
  assert.deepEqual([...st.entities.keys()], ["c"]);
  assert.ok(ch2.removed.has("b") && !ch2.removed.has("c"));
});

test("applyScene: transforms set, NaN = identity (removed), unlisted unchanged, column-major copy", () => {
  const st = new SceneState();
  const m = new Float32Array(16);
  m.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 5, 6, 7, 1]); // column-major: translation in 12..14
  const ch = applyScene(st, scene({ full: true, transforms: { paths: ["x", "y"], buf: 0 } }), pack([Float32Array.of(...m, ...m)]));
  assert.deepEqual([...ch.transforms].sort(), ["x", "y"]);
  assert.equal(st.transforms.get("x")![12], 5);
  const nan = new Float32Array(16).fill(NaN);
  const ch2 = applyScene(st, scene({ transforms: { paths: ["x"], buf: 0 } }), pack([nan]));
  assert.deepEqual([...ch2.transforms], ["x"]);
  assert.ok(!st.transforms.has("x"));
  assert.ok(st.transforms.has("y")); // not listed: unchanged
  // a full reply without transforms: everything identity
  const ch3 = applyScene(st, scene({ full: true }), []);
  assert.equal(st.transforms.size, 0);
  assert.ok(ch3.transforms.has("y"));
});

test("applyScene: a malformed reply leaves the state untouched", () => {
  const st = new SceneState();
  const bufs = pack([Float32Array.of(1, 2, 3)]);
  applyScene(st, scene({ full: true, entities: [{ path: "a", comps: { "Points3D:positions": { buf: 0, dtype: "float32", shape: [1, 3] } } }] }), bufs);
  assert.throws(() =>
    applyScene(st, scene({ full: true, entities: [{ path: "b", comps: { "Points3D:positions": { buf: 3, dtype: "float32", shape: [1, 3] } } }] }), bufs),
  );
  assert.deepEqual([...st.entities.keys()], ["a"]);
});

test("entity paths: split, normalise, subtree", () => {
  assert.deepEqual(splitPath("/a/b\\/c/d/"), ["a", "b\\/c", "d"]);
  assert.equal(normPath("/world//pts/"), "world/pts");
  assert.ok(isUnder("world/pts", "world"));
  assert.ok(isUnder("world", "/world"));
  assert.ok(!isUnder("worldly", "world"));
  assert.ok(isUnder("anything", ""));
});

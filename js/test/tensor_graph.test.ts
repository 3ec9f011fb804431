import { test } from "node:test";
import assert from "node:assert/strict";
import { defaultForces, ForceLayout, forcesFrom } from "../src/force_layout";
import { buildGraph, IMPLICIT_RADIUS, NODE_RADIUS, TEXT_COLOR } from "../src/graph_model";
import type { Comp, EntityState } from "../src/protocol";
import { parseTensorReply, scalarMapping, sliceRGBA, viewFit } from "../src/tensor_slice";

const text = (...t: string[]): Comp => ({ kind: "text", text: t });
const f32 = (shape: number[], ...xs: number[]): Comp => ({ kind: "num", data: Float32Array.from(xs), shape });
const u8 = (shape: number[], ...xs: number[]): Comp => ({ kind: "num", data: Uint8Array.from(xs), shape });

function entity(path: string, comps: Record<string, Comp>): EntityState {
  return { path, color: [10, 20, 30, 255], comps: new Map(Object.entries(comps)) };
}

test("graph: explicit nodes with their fields, implicit ends scoped per entity, directed edges", () => {
  const g = buildGraph([
    entity("b", { "GraphNodes:node_ids": text("x"), "GraphEdges:edges": text("x", "y"), "GraphEdges:graph_type": u8([1], 2) }),
    entity("a", {
      "GraphNodes:node_ids": text("x", "y"),
      "GraphNodes:positions": f32([2, 2], 1, 2, 3, 4),
      "GraphNodes:colors": u8([1, 4], 255, 0, 0, 255),
      "GraphNodes:radii": f32([2], 7, 0),
      "GraphNodes:labels": text("X", "Y"),
    }),
  ]);
  assert.deepEqual(g.nodes.map((n) => [n.path, n.id, n.instance]), [["a", "x", 0], ["a", "y", 1], ["b", "x", 0], ["b", "y", -1]]);
  assert.deepEqual(g.nodes[0]!.pos, [1, 2]);
  assert.deepEqual(g.nodes[1]!.color, [255, 0, 0, 255]);
  assert.deepEqual([g.nodes[0]!.radius, g.nodes[1]!.radius, g.nodes[3]!.radius], [7, NODE_RADIUS, IMPLICIT_RADIUS]);
  assert.deepEqual([g.nodes[0]!.label, g.nodes[2]!.label, g.nodes[2]!.color], ["X", null, TEXT_COLOR]);
  // Rerun: shown as its label, else its id; implicit nodes are circles
  assert.deepEqual(g.nodes.map((n) => n.text), ["X", "Y", "x", null]);
  assert.equal(g.edges.length, 1);
  assert.deepEqual(g.edges[0], { from: "b\u0000x", to: "b\u0000y", directed: true });
  const circles = buildGraph([entity("a", { "GraphNodes:node_ids": text("x", "y"), "GraphNodes:labels": text("L"), "GraphNodes:positions": f32([1, 2], 5, 6), "GraphNodes:show_labels": u8([1], 0) })]);
  assert.deepEqual(circles.nodes.map((n) => [n.text, n.label, n.pos]), [[null, "L", [5, 6]], [null, "L", [5, 6]]]); // short batches repeat their last
  assert.equal(buildGraph([entity("b", { "GraphNodes:node_ids": text("x") })], (p) => p !== "b").nodes.length, 0);
});

test("force layout: fixed nodes stay, free nodes spread, settles and stops, deterministic", () => {
  const run = () => {
    const f = new ForceLayout();
    const nodes = Array.from({ length: 10 }, (_, i) => ({ key: `n${i}`, pos: i === 0 ? ([5, 5] as [number, number]) : null, radius: 4 }));
    f.setGraph(nodes, nodes.slice(1).map((n, i) => [nodes[i]!.key, n.key] as [string, string]));
    let ticks = 0;
    while (f.run(50) && ticks < 10_000) ticks += 50;
    return f;
  };
  const a = run();
  assert.equal(a.running, false);
  assert.ok(a.ticks > 50 && a.ticks <= 400, String(a.ticks));
  assert.deepEqual([a.nodes[0]!.x, a.nodes[0]!.y], [5, 5]);
  for (let i = 1; i < 10; i++) {
    const d = Math.hypot(a.nodes[i]!.x - a.nodes[i - 1]!.x, a.nodes[i]!.y - a.nodes[i - 1]!.y);
    assert.ok(d > 20 && d < 150, `link ${i}: ${d}`); // springs near their 60 rest length
  }
  const b = run();
  assert.deepEqual(a.nodes.map((n) => [n.x, n.y]), b.nodes.map((n) => [n.x, n.y]));
  // the same graph again: nothing to do; a new node: it runs again, old nodes keep their place
  const x1 = a.nodes[3]!.x;
  a.setGraph(a.nodes.map((n) => ({ key: n.key, pos: n.fixed ? [n.x, n.y] : null, radius: 4 })), []);
  assert.equal(a.nodes[3]!.x, x1);
  assert.equal(a.running, true);
});

test("force parameters from the view's properties over Rerun's defaults", () => {
  assert.deepEqual(forcesFrom(undefined), defaultForces());
  const f = forcesFrom({ ForceLink: { distance: 10, iterations: 99 }, ForceManyBody: { enabled: false }, ForcePosition: { position: [1, 2] }, ForceCenter: { enabled: true } });
  assert.deepEqual([f.link.distance, f.link.iterations, f.manyBody.enabled, f.position.x, f.position.y, f.center.enabled], [10, 16, false, 1, 2, true]);
});

test("tensor reply, scalar mapping, view fit, colour-mapped pixels", () => {
  assert.equal(parseTensorReply({ type: "tensor", id: 1, path: null }), null);
  const r = parseTensorReply({ path: "t", shape: [2, 3], names: ["a", 5], width: 1, height: 0, indices: [[2, 1], [3]], slider: [2], value_range: [0, 10], w: 3, h: 2, buf: 0 })!;
  assert.deepEqual([r.names, r.indices, r.valueRange, r.step, r.invertWidth], [["a", null], [[2, 1]], [0, 10], 1, false]);
  assert.throws(() => parseTensorReply({ path: "t", w: -1, h: 2 }));
  assert.equal(parseTensorReply({ path: "t", shape: [0, 3], w: 0, h: 0 })!.w, 0); // an empty tensor: nothing drawn
  assert.deepEqual(scalarMapping(undefined), { colormap: 6, gamma: 1, magFilter: "Nearest" });
  assert.deepEqual(scalarMapping({ colormap: "Grayscale", gamma: 2, mag_filter: "Linear" }), { colormap: 1, gamma: 2, magFilter: "Linear" });
  assert.equal(viewFit({ value: "fill" }), "Fill");
  assert.equal(viewFit(undefined), "FillKeepAspectRatio");
  const px = sliceRGBA(Float32Array.from([0, 10, 5, NaN]), [0, 10], { colormap: 1, gamma: 2, magFilter: "Nearest" });
  assert.deepEqual([...px.slice(0, 12)], [0, 0, 0, 255, 255, 255, 255, 255, 64, 64, 64, 255]); // 0.5² = 0.25
  assert.equal(px[15], 0); // NaN: transparent
});

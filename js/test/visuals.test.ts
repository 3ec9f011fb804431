import { test } from "node:test";
import assert from "node:assert/strict";
import * as THREE from "three";
import type { Comp, EntityState, NumComp } from "../src/protocol";
import { SceneGraph } from "../src/scene_graph";
import { applyScene, SceneState } from "../src/protocol";
import "../src/visuals";
import { buildVisual, instanceLabel, registeredArchetypes } from "../src/visuals/registry";
import { colormapAt } from "../src/visuals/image_decode";
import { makeCtx } from "../src/visuals/visual";
import { entity, sceneMsg } from "./fake_model";

const f32 = (shape: number[], ...v: number[]): NumComp => ({ kind: "num", data: Float32Array.from(v), shape });
const u8 = (shape: number[], ...v: number[]): NumComp => ({ kind: "num", data: Uint8Array.from(v), shape });
const text = (...t: string[]): Comp => ({ kind: "text", text: t });

/** A float32 tensor blob as the kernel encodes one (rerun_nb/components/_tensor.py). */
function tensorBlob(shape: number[], ...v: number[]): NumComp {
  const head = new TextEncoder().encode(JSON.stringify({ dtype: "<f4", shape, names: null }));
  const body = new Uint8Array(Float32Array.from(v).buffer);
  const out = new Uint8Array(8 + head.length + body.length);
  out.set([82, 78, 66, 84]);
  new DataView(out.buffer).setUint32(4, head.length, true);
  out.set(head, 8);
  out.set(body, 8 + head.length);
  return { kind: "num", data: out, shape: [out.length], offsets: Uint32Array.of(0, out.length) };
}

/** Synthetic components for every archetype the front end draws (a new visual needs a line here). */
const SAMPLES: Record<string, Record<string, Comp>> = {
  Points3D: { positions: f32([2, 3], 0, 0, 0, 1, 1, 1), labels: text("a", "b") },
  Points2D: { positions: f32([2, 2], 0, 0, 1, 1) },
  LineStrips3D: { strips: { ...f32([3, 3], 0, 0, 0, 1, 0, 0, 1, 1, 0), offsets: Uint32Array.of(0, 3) } },
  LineStrips2D: { strips: { ...f32([2, 2], 0, 0, 1, 1), offsets: Uint32Array.of(0, 2) } },
  Boxes3D: { half_sizes: f32([1, 3], 1, 1, 1), fill_mode: u8([1], 3) },
  Arrows3D: { vectors: f32([1, 3], 0, 0, 1), labels: text("up") },
  Image: { buffer: { ...u8([12], 255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255), offsets: Uint32Array.of(0, 12) }, format: { kind: "num", data: Uint32Array.of(2, 2, 0, 2, 6), shape: [1, 5] } },
  EncodedImage: { blob: { ...u8([4], 0xff, 0xd8, 0xff, 0xe0), offsets: Uint32Array.of(0, 4) }, media_type: text("image/jpeg") },
  SegmentationImage: { buffer: { ...u8([4], 0, 1, 1, 0), offsets: Uint32Array.of(0, 4) }, format: { kind: "num", data: Uint32Array.of(2, 2, 0, 0, 6), shape: [1, 5] }, class_colors: u8([2, 4], 0, 0, 0, 0, 255, 0, 0, 255) },
  DepthImage: { buffer: { ...u8([16], ...new Uint8Array(Float32Array.of(1, 2, 0, 4).buffer)), offsets: Uint32Array.of(0, 16) }, format: { kind: "num", data: Uint32Array.of(2, 2, 0, 0, 34), shape: [1, 5] }, projection: f32([1, 5], 2, 2, 1, 1, 1) },
  EncodedDepthImage: { buffer: { ...u8([4], 0xe8, 0x03, 0xd0, 0x07), offsets: Uint32Array.of(0, 4) }, format: { kind: "num", data: Uint32Array.of(2, 1, 0, 1, 8), shape: [1, 5] }, meter: f32([1], 1000) }, // as decoded in the kernel
  Pinhole: { image_from_camera: f32([1, 3, 3], 2, 0, 1, 0, 2, 1, 0, 0, 1), resolution: f32([1, 2], 2, 2) },
  Ellipsoids3D: { half_sizes: f32([1, 3], 1, 2, 3), centers: f32([3, 3], 0, 0, 0, 5, 0, 0, 10, 0, 0) },
  Capsules3D: { lengths: f32([2], 1, 2), radii: f32([1], 0.5), labels: text("a", "b") },
  Cylinders3D: { lengths: f32([1], 2), radii: f32([1], 0.5), centers: f32([2, 3], 0, 0, 0, 3, 0, 0), fill_mode: u8([1], 1) },
  TransformAxes3D: { axis_length: f32([1], 1) },
  InstancePoses3D: { translations: f32([2, 3], 0, 0, 0, 5, 0, 0) },
  GaussianSplats3D: { centers: f32([2, 3], 0, 0, 0, 2, 0, 0), scales: f32([2, 3], 1, 0.5, 0.25, 1, 1, 1), colors: u8([1, 4], 255, 0, 0, 128) },
  GridMap: { data: { ...u8([4], 0, 100, 255, 50), offsets: Uint32Array.of(0, 4) }, format: { kind: "num", data: Uint32Array.of(2, 2, 0, 1, 6), shape: [1, 5] }, cell_size: f32([1], 0.5), colormap: u8([1], 10) },
  VoxelGridMap: { voxel_indices: { kind: "num", data: Int32Array.of(0, 0, 0, 2, 0, 0), shape: [2, 3] }, voxel_size: f32([1, 3], 1, 1, 1), values: f32([2], 0, 1) },
  Volume3D: { values: tensorBlob([2, 1, 2], 0, 0.5, 1, 0.05), voxel_size: f32([1, 3], 0.5, 0.5, 0.5) },
  Boxes2D: { half_sizes: f32([1, 2], 1, 2), centers: f32([1, 2], 5, 5), labels: text("box") },
  Ellipses2D: { half_sizes: f32([2, 2], 1, 2, 3, 4) },
  Arrows2D: { vectors: f32([1, 2], 1, 0) },
  AssetVideo: { blob: { ...u8([8], 0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70), offsets: Uint32Array.of(0, 8) }, media_type: text("video/mp4") },
  VideoFrameReference: { timestamp: { kind: "num", data: Float64Array.of(5e8), shape: [1] } },
  VideoStream: { codec: { kind: "num", data: Uint32Array.of(0x61766331), shape: [1] }, sample: { ...u8([4], 0, 0, 0, 1), offsets: Uint32Array.of(0, 4) } },
  Asset3D: { blob: { ...u8([32], ...new TextEncoder().encode("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n")), offsets: Uint32Array.of(0, 32) }, media_type: text("model/obj") },
  Mesh3D: {
    vertex_positions: f32([4, 3], 0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0),
    triangle_indices: { kind: "num", data: Uint32Array.of(0, 1, 2, 0, 2, 3), shape: [2, 3] },
    vertex_texcoords: f32([4, 2], 0, 0, 1, 0, 1, 1, 0, 1),
    albedo_texture_buffer: { ...u8([12], 255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255), offsets: Uint32Array.of(0, 12) },
    albedo_texture_format: { kind: "num", data: Uint32Array.of(2, 2, 0, 2, 6), shape: [1, 5] },
  },
};

function ent(arch: string, comps: Record<string, Comp>): EntityState {
  return { path: "e", color: [10, 20, 30, 255], comps: new Map(Object.entries(comps).map(([k, c]) => [`${arch}:${k}`, c])) };
}

test("every registered archetype has a sample, and builds a three.js object from it", () => {
  assert.deepEqual(Object.keys(SAMPLES).sort(), registeredArchetypes());
  for (const [arch, comps] of Object.entries(SAMPLES)) {
    const v = buildVisual(arch, ent(arch, comps), makeCtx());
    assert.ok(v && v.object instanceof THREE.Object3D, arch);
    v.dispose();
  }
});

test("unknown archetypes and archetypes without their required component draw nothing", () => {
  assert.equal(buildVisual("Scalars", ent("Scalars", { scalars: f32([1], 1) }), makeCtx()), null);
  assert.equal(buildVisual("Points3D", ent("Points3D", { colors: u8([1, 4], 1, 2, 3, 4) }), makeCtx()), null);
  assert.equal(buildVisual("Ellipsoids3D", ent("Ellipsoids3D", { centers: f32([1, 3], 0, 0, 0) }), makeCtx()), null);
});

test("Ellipsoids3D: one half size applies to every center; wireframe by default, a mesh when solid", () => {
  const comps = SAMPLES["Ellipsoids3D"]!;
  const wire = buildVisual("Ellipsoids3D", ent("Ellipsoids3D", { ...comps, labels: text("x", "y", "z") }), makeCtx())!;
  assert.deepEqual([...wire.labelAnchors!.positions], [0, 0, 0, 5, 0, 0, 10, 0, 0]);
  const box = new THREE.Box3().setFromObject(wire.object);
  assert.deepEqual([box.min.x, box.max.x].map(Math.round), [-1, 11]); // three ellipsoids of x half size 1
  assert.ok(Math.abs(box.max.z - 3) < 1e-3 && Math.abs(box.max.y - 2) < 0.1);
  const solid = buildVisual("Ellipsoids3D", ent("Ellipsoids3D", { ...comps, fill_mode: u8([1], 3) }), makeCtx())!;
  const mesh = solid.object as THREE.InstancedMesh;
  assert.ok(mesh.isInstancedMesh);
  assert.equal(mesh.count, 3);
  const m = new THREE.Matrix4();
  mesh.getMatrixAt(2, m);
  assert.deepEqual([...m.elements].map((x) => Math.round(x * 1e3) / 1e3), [1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 3, 0, 10, 0, 0, 1]);
});

test("Ellipsoids3D: hover picks the nearest ellipsoid the ray crosses; labels come through the registry", () => {
  const e = ent("Ellipsoids3D", { ...SAMPLES["Ellipsoids3D"]!, labels: text("x", "y", "z") });
  const v = buildVisual("Ellipsoids3D", e, makeCtx())!;
  v.object.updateMatrixWorld(true);
  const ray = new THREE.Ray(new THREE.Vector3(5, -10, 0), new THREE.Vector3(0, 1, 0));
  const hit = v.pick!(ray, 0.001)!;
  assert.equal(hit.index, 1);
  assert.ok(Math.abs(hit.t - 8) < 1e-3, String(hit.t)); // y half size 2
  assert.deepEqual(hit.position, [5, 0, 0]);
  assert.equal(v.pick!(new THREE.Ray(new THREE.Vector3(3, -10, 0), new THREE.Vector3(0, 1, 0)), 0.001), null);
  assert.equal(instanceLabel("Ellipsoids3D", e, 1), "y");
});

test("the scene graph draws what a reply carries, through the registry", () => {
  const state = new SceneState();
  const graph = new SceneGraph(makeCtx());
  const { msg, buffers } = sceneMsg(1, [
    entity("a", { "Ellipsoids3D:half_sizes": new Float32Array([1, 1, 1]) }),
    entity("b", { "Scalars:scalars": new Float32Array([1]) }),
  ]);
  graph.update(state, applyScene(state, msg, buffers));
  assert.deepEqual([...graph.visuals.keys()], ["a"]);
  assert.deepEqual([...graph.visuals.get("a")!.keys()], ["Ellipsoids3D"]);
  graph.dispose();
});

test("Points2D with keypoint segments: a skeleton child in the class colour, disposed with the points", () => {
  const comps = {
    positions: f32([3, 2], 0, 0, 1, 0, 1, 1),
    keypoint_segments: f32([4, 2], 0, 0, 1, 0, 1, 0, 1, 1),
    keypoint_segment_colors: u8([2, 4], 0, 255, 0, 255, 0, 255, 0, 255),
  };
  const v = buildVisual("Points2D", ent("Points2D", comps), makeCtx())!;
  const sk = v.object.getObjectByName("keypoint-skeleton")!;
  assert.ok(sk, "skeleton drawn");
  const box = new THREE.Box3().setFromObject(sk);
  assert.deepEqual([box.min.x, box.max.x, box.min.y, box.max.y], [0, 1, 0, 1]);
  v.dispose();
  assert.equal(sk.parent, null);
  const plain = buildVisual("Points2D", ent("Points2D", { positions: comps.positions }), makeCtx())!;
  assert.equal(plain.object.getObjectByName("keypoint-skeleton"), undefined);
});

test("InstancePoses3D: points are drawn once per pose, arrows under the first pose only; a new pose set rebuilds", () => {
  const poses = { "InstancePoses3D:translations": f32([2, 3], 0, 0, 10, 5, 0, 10), "InstancePoses3D:scales": f32([1, 3], 2, 2, 2) };
  const e: EntityState = { path: "e", color: [1, 2, 3, 255], comps: new Map(Object.entries({ "Points3D:positions": f32([1, 3], 1, 0, 0), ...poses })) };
  const pts = buildVisual("Points3D", e, makeCtx())!;
  pts.object.updateMatrixWorld(true);
  const at: number[][] = [];
  pts.object.children.forEach((h) => at.push(new THREE.Vector3(1, 0, 0).applyMatrix4(h.matrixWorld).toArray()));
  assert.deepEqual(at, [[2, 0, 10], [7, 0, 10]]); // translate · scale, per pose
  e.comps.set("Arrows3D:vectors", f32([1, 3], 0, 0, 1));
  const arrows = buildVisual("Arrows3D", e, makeCtx())!;
  assert.equal(arrows.object.children.length, 1);
  const g = new SceneGraph(makeCtx());
  const st = new SceneState();
  const first = sceneMsg(1, [entity("e", { "Points3D:positions": Float32Array.of(1, 0, 0) })]);
  g.update(st, applyScene(st, first.msg, first.buffers));
  assert.equal(g.visuals.get("e")!.get("Points3D")!.object.children.length, 0); // no poses: the plain visual
  const three = sceneMsg(2, [entity("e", { "InstancePoses3D:translations": Float32Array.of(0, 0, 0, 1, 0, 0, 2, 0, 0) })], "v", { full: false });
  three.msg.entities![0]!.comps!["InstancePoses3D:translations"] = { buf: 0, dtype: "float32", shape: [3, 3] };
  g.update(st, applyScene(st, three.msg, three.buffers));
  assert.equal(g.visuals.get("e")!.get("Points3D")!.object.children.length, 3); // only the poses changed: points rebuilt
  const gone = sceneMsg(3, [entity("e", { "InstancePoses3D:translations": null })], "v", { full: false });
  g.update(st, applyScene(st, gone.msg, gone.buffers));
  assert.equal(g.visuals.get("e")!.get("Points3D")!.object.children.length, 0);
});

test("VoxelGridMap and Volume3D: cubes from voxel index * size; a volume keeps the voxels at or above the threshold", () => {
  const grid = buildVisual("VoxelGridMap", ent("VoxelGridMap", { ...SAMPLES["VoxelGridMap"]!, translation: f32([1, 3], 0, 0, 10) }), makeCtx())!;
  grid.object.updateMatrixWorld(true);
  const box = new THREE.Box3().setFromObject(grid.object);
  assert.deepEqual([box.min.toArray(), box.max.toArray()], [[0, 0, 10], [3, 1, 11]]);
  const mapped = buildVisual("VoxelGridMap", ent("VoxelGridMap", { ...SAMPLES["VoxelGridMap"]!, values: f32([2], 0.5, 2) }), makeCtx())!;
  const col = (mapped.object as THREE.Mesh).geometry.attributes.color!.array as Uint8Array;
  const turbo = new Uint8Array(8);
  colormapAt(0.5, 5, turbo, 0);
  colormapAt(1, 5, turbo, 4);
  assert.deepEqual([...col.subarray(0, 3), ...col.subarray(24 * 4, 24 * 4 + 3)], [...turbo.subarray(0, 3), ...turbo.subarray(4, 7)]); // range 0..1 by default
  const vol = buildVisual("Volume3D", ent("Volume3D", SAMPLES["Volume3D"]!), makeCtx())!;
  const mesh = vol.object as THREE.Mesh;
  assert.equal(mesh.geometry.attributes.position!.count, 2 * 24); // 0 and 0.05 are under the threshold (range 0..1)
  const vb = new THREE.Box3().setFromObject(vol.object);
  assert.deepEqual([vb.min.toArray(), vb.max.toArray()], [[0, 0, 0], [1, 0.5, 1]]); // [z, y, x] = [2, 1, 2] voxels of 0.5
  const ranged = buildVisual("Volume3D", ent("Volume3D", { ...SAMPLES["Volume3D"]!, value_range: { kind: "num", data: Float64Array.of(0, 0.9), shape: [1, 2] } }), makeCtx())!;
  assert.equal((ranged.object as THREE.Mesh).geometry.attributes.position!.count, 24); // 1 is outside the range: ignored
  const bad = { ...SAMPLES["Volume3D"]!, values: { ...(SAMPLES["Volume3D"]!["values"] as NumComp), offsets: Uint32Array.of(0, 9) } };
  assert.equal(buildVisual("Volume3D", ent("Volume3D", bad), makeCtx()), null); // a truncated blob draws nothing
});

test("GaussianSplats3D: discs of radius 3 sigma (geometric mean of the scales), gaussian falloff, blended", () => {
  for (const spritePoints of [false, true]) {
    const v = buildVisual("GaussianSplats3D", ent("GaussianSplats3D", SAMPLES["GaussianSplats3D"]!), { ...makeCtx(), spritePoints })!;
    const m = v.object as THREE.Mesh;
    const mat = m.material as THREE.ShaderMaterial;
    assert.ok(mat.fragmentShader.includes("exp(-4.5 * d2)") && mat.transparent && !mat.depthWrite);
    assert.deepEqual([...(m.geometry.getAttribute("iRadius").array as Float32Array)].map((x) => Math.round(x * 1e4) / 1e4), [1.5, 3]);
  }
});

test("show_labels false hides the labels of points, boxes, arrows and ellipsoids (as of the other shapes)", () => {
  const hide = { labels: text("a"), show_labels: u8([1], 0) };
  for (const arch of ["Points3D", "Boxes3D", "Arrows3D", "Ellipsoids3D"]) {
    const shown = buildVisual(arch, ent(arch, { ...SAMPLES[arch]!, labels: text("a") }), makeCtx())!;
    const hidden = buildVisual(arch, ent(arch, { ...SAMPLES[arch]!, ...hide }), makeCtx())!;
    assert.ok(shown.labelAnchors && !hidden.labelAnchors, arch);
  }
});

test("GridMap: a quad of width * cell by height * cell from the pose's origin, ROS map colours", () => {
  const v = buildVisual("GridMap", ent("GridMap", { ...SAMPLES["GridMap"]!, translation: f32([1, 3], 1, 2, 0) }), makeCtx())!;
  v.object.updateMatrixWorld(true);
  const box = new THREE.Box3().setFromObject(v.object);
  assert.deepEqual([box.min.x, box.min.y, box.max.x, box.max.y], [1, 2, 2, 3]);
  const tex = ((v.object.children[0] as THREE.Mesh).material as THREE.MeshBasicMaterial).map!;
  assert.deepEqual([...((tex.image as { data: Uint8Array }).data).subarray(0, 12)], [255, 255, 255, 255, 0, 0, 0, 255, 112, 137, 134, 255]); // free, occupied, unknown
});

test("InstancePoses3D: several boxes and several poses pair box i with pose i, the last box repeated", () => {
  const comps = new Map<string, Comp>([
    ["Boxes3D:half_sizes", f32([2, 3], 1, 1, 1, 2, 2, 2)],
    ["Boxes3D:labels", text("small", "big")],
    ["InstancePoses3D:translations", f32([3, 3], 0, 0, 0, 10, 0, 0, 20, 0, 0)],
  ]);
  const v = buildVisual("Boxes3D", { path: "e", color: [1, 2, 3, 255], comps }, makeCtx())!;
  v.object.updateMatrixWorld(true);
  const sizes = v.object.children.map((h) => new THREE.Box3().setFromObject(h)).map((b) => [b.min.x, b.max.x]);
  assert.deepEqual(sizes, [[-1, 1], [8, 12], [18, 22]]);
  assert.deepEqual(v.labelAnchors!.labels, ["small", "big", "big"]);
  assert.deepEqual([...v.labelAnchors!.positions].filter((_, i) => i % 3 === 0), [0, 10, 20]);
  v.dispose();
});

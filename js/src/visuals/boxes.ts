// Boxes3D: centers / half_sizes / quaternions | rotation_axis_angles; solid (fill_mode Solid) as an InstancedMesh,
// otherwise a wireframe of the 12 edges (line radius from radii).
import * as THREE from "three";
import { radii, rgba8, rows } from "../comps";
import { labelOf } from "./labels";
import { shownLabels } from "./shape_helpers";
import { FILL_SOLID, fillMode, poseMatrix, posedMeshes, readPoses } from "./poses";
import { registerVisual, type Components } from "./registry";
import { posedWireframe } from "./segments";
import type { RenderCtx, Visual } from "./visual";

const CORNERS = [
  [-1, -1, -1], [1, -1, -1], [1, 1, -1], [-1, 1, -1],
  [-1, -1, 1], [1, -1, 1], [1, 1, 1], [-1, 1, 1],
] as const;
const EDGES = [[0, 1], [1, 2], [2, 3], [3, 0], [4, 5], [5, 6], [6, 7], [7, 4], [0, 4], [1, 5], [2, 6], [3, 7]] as const;
/** The unit cube's 12 edges as segments. */
const TEMPLATE = Float32Array.from(EDGES.flatMap(([a, z]) => [...CORNERS[a], ...CORNERS[z]]));

registerVisual({
  archetypes: ["Boxes3D"],
  build(c: Components, ctx: RenderCtx): Visual | null {
    const n = rows(c.num("half_sizes"));
    if (n === 0) return null;
    const p = readPoses(c, n);
    const colors = rgba8(c.num("colors"), n, c.color);
    const v =
      fillMode(c) === FILL_SOLID
        ? posedMeshes(new THREE.BoxGeometry(2, 2, 2), p, n, colors, "boxes")
        : posedWireframe(TEMPLATE, n, (i, m) => poseMatrix(p, i, m), colors, radii(c.num("radii"), n), ctx);
    v.labelAnchors = shownLabels(c, p.centers, n);
    return v;
  },
  label: labelOf,
});

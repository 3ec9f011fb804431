// Keypoint skeletons (issue 12): the kernel derives, from the annotation context's keypoint connections, the end
// points of each connection of points with class ids + keypoint ids (`keypoint_segments`, start/end alternating)
// and their class colour (`keypoint_segment_colors`, one per segment); they are drawn here as lines of the default
// pixel width, as Rerun draws skeletons.
import { rgba8, rows, vec3 } from "../comps";
import type { Components } from "./registry";
import { buildSegmentBatches } from "./segments";
import type { RenderCtx, Visual } from "./visual";

/** The skeleton's lines, or null when the entity has none. */
export function buildSkeleton(c: Components, ctx: RenderCtx): Visual | null {
  const s = c.num("keypoint_segments");
  const nSeg = Math.floor(rows(s) / 2);
  if (!s || nSeg === 0) return null;
  const positions = vec3(s).slice(0, 6 * nSeg);
  const rgba = rgba8(c.num("keypoint_segment_colors"), nSeg, c.color);
  const colors = new Float32Array(6 * nSeg);
  for (let i = 0; i < nSeg; i++) {
    for (let j = 0; j < 3; j++) colors[6 * i + j] = colors[6 * i + 3 + j] = rgba[4 * i + j]! / 255;
  }
  const v = buildSegmentBatches(new Map([[null, { positions, colors }]]), ctx);
  v.object.name = "keypoint-skeleton";
  return v;
}

/** `v` with the skeleton of `c` (if any) as a child of its object, disposed with it. */
export function withSkeleton(v: Visual, c: Components, ctx: RenderCtx): Visual {
  const sk = buildSkeleton(c, ctx);
  if (!sk) return v;
  v.object.add(sk.object);
  const dispose = v.dispose.bind(v);
  v.dispose = () => {
    sk.dispose();
    dispose();
  };
  return v;
}

// TransformAxes3D: the entity frame's X, Y and Z axes as red, green and blue arrows of `axis_length`.
import { buildArrows } from "./arrows";
import { registerVisual, type Components } from "./registry";
import type { RenderCtx, Visual } from "./visual";

/** Rerun's axis colours: X red, Y green, Z blue. */
export const AXIS_COLORS = Uint8Array.of(255, 25, 25, 255, 0, 240, 0, 255, 80, 80, 255, 255);

registerVisual({
  archetypes: ["TransformAxes3D"],
  build(c: Components, ctx: RenderCtx): Visual | null {
    const len = c.num("axis_length");
    const L = len && len.data.length > 0 ? Number(len.data[0]) : 0;
    if (!Number.isFinite(L) || L === 0) return null;
    const vectors = Float32Array.of(L, 0, 0, 0, L, 0, 0, 0, L);
    const r = Math.abs(L) * 0.02;
    const v = buildArrows(new Float32Array(9), vectors, AXIS_COLORS, Float32Array.of(r, r, r), ctx);
    v.object.name = "transform_axes";
    return v;
  },
});

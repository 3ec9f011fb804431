// LineStrips3D / LineStrips2D: each strip's consecutive points joined by segments, per-strip colour and radius.
import { radii, rgba8, rows, vec3 } from "../comps";
import { registerVisual, type Components } from "./registry";
import { buildSegmentBatches, type Segments } from "./segments";
import type { RenderCtx, Visual } from "./visual";

/** Line strips: `points` (xyz per row), `offsets` (N+1 row offsets), per-strip colours and radii. */
export function buildStrips(
  points: Float32Array,
  offsets: Uint32Array,
  stripColors: Uint8Array,
  stripRadii: Float32Array | null,
  ctx: RenderCtx,
): Visual {
  const nStrips = Math.max(0, offsets.length - 1);
  // count segments per radius batch first, then fill
  const counts = new Map<number | null, number>();
  const key = (i: number): number | null => (stripRadii ? stripRadii[i]! : null);
  for (let s = 0; s < nStrips; s++) {
    const m = Math.max(0, offsets[s + 1]! - offsets[s]! - 1);
    counts.set(key(s), (counts.get(key(s)) ?? 0) + m);
  }
  const batches = new Map<number | null, Segments & { k: number }>();
  for (const [r, m] of counts) batches.set(r, { positions: new Float32Array(6 * m), colors: new Float32Array(6 * m), k: 0 });
  for (let s = 0; s < nStrips; s++) {
    const b = batches.get(key(s))!;
    const cr = stripColors[4 * s]! / 255, cg = stripColors[4 * s + 1]! / 255, cb = stripColors[4 * s + 2]! / 255;
    for (let p = offsets[s]!; p + 1 < offsets[s + 1]!; p++) {
      const o = 6 * b.k++;
      b.positions.set(points.subarray(3 * p, 3 * p + 6), o);
      b.colors[o] = b.colors[o + 3] = cr;
      b.colors[o + 1] = b.colors[o + 4] = cg;
      b.colors[o + 2] = b.colors[o + 5] = cb;
    }
  }
  return buildSegmentBatches(batches, ctx);
}

registerVisual({
  archetypes: ["LineStrips3D", "LineStrips2D"],
  build(c: Components, ctx: RenderCtx): Visual | null {
    const s = c.num("strips");
    if (!s) return null;
    const offsets = s.offsets ?? Uint32Array.of(0, rows(s));
    const n = offsets.length - 1;
    if (n <= 0) return null;
    return buildStrips(vec3(s), offsets, rgba8(c.num("colors"), n, c.color), radii(c.num("radii"), n), ctx);
  },
});

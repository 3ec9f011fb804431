// Labels shared by the visuals: where they are anchored, and which one an instance shows on hover.
import type { Components } from "./registry";

export interface LabelAnchors {
  positions: Float32Array;
  labels: string[];
}

/** Label anchors: one per instance, or one label for all at the centroid. Null without labels. */
export function labelAnchors(pos: Float32Array, n: number, labels: string[] | null): LabelAnchors | undefined {
  if (!labels || labels.length === 0) return undefined;
  if (labels.length === 1 && n > 1) {
    const c = new Float32Array(3);
    for (let i = 0; i < n; i++) for (let j = 0; j < 3; j++) c[j]! += pos[3 * i + j]! / n;
    return { positions: c, labels };
  }
  const k = Math.min(n, labels.length);
  return { positions: pos.subarray(0, 3 * k), labels: labels.slice(0, k) };
}

/** The `labels` of instance `index` (one label applies to all). */
export function labelOf(c: Components, index: number): string | null {
  const labels = c.texts("labels");
  if (!labels || labels.length === 0) return null;
  return labels[labels.length === 1 ? 0 : index] ?? null;
}

// The three.js scene mirrors the entity tree: one Group per entity path prefix, carrying the entity's local
// transform (parent_from_entity); each entity's geometry hangs on its own Group as leaves.
import * as THREE from "three";
import { buildArrows } from "./arrows";
import { buildBoxes, FILL_SOLID, rotationsFrom } from "./boxes";
import { num, radii, rgba8, rows, splatVec, texts, vec3 } from "./comps";
import { buildStrips } from "./lines";
import { buildPoints, type PointsVisual } from "./points";
import { isUnder, normPath, splitPath, type Changes, type EntityState, type SceneState } from "./protocol";
import { disposeObject, type PickHit, type RenderCtx, type Visual } from "./visual";

export const ARCHETYPES = ["Points3D", "Points2D", "LineStrips3D", "LineStrips2D", "Boxes3D", "Arrows3D"] as const;

export interface EntityPick extends PickHit {
  path: string;
  archetype: string;
  label: string | null;
}

/** Build the visual of one archetype of an entity from its current components, or null if it has nothing to draw. */
export function buildVisual(arch: string, e: EntityState, ctx: RenderCtx): Visual | null {
  switch (arch) {
    case "Points3D":
    case "Points2D": {
      const p = num(e, `${arch}:positions`);
      const n = rows(p);
      if (!p || n === 0) return null;
      const pos = vec3(p);
      const v: Visual = buildPoints(pos, rgba8(num(e, `${arch}:colors`), n, e.color), radii(num(e, `${arch}:radii`), n), ctx);
      const labels = texts(e, `${arch}:labels`);
      if (labels && labels.length > 0) v.labelAnchors = anchors(pos, n, labels);
      return v;
    }
    case "LineStrips3D":
    case "LineStrips2D": {
      const s = num(e, `${arch}:strips`);
      if (!s) return null;
      const pts = vec3(s);
      const offsets = s.offsets ?? Uint32Array.of(0, rows(s));
      const n = offsets.length - 1;
      if (n <= 0) return null;
      return buildStrips(pts, offsets, rgba8(num(e, `${arch}:colors`), n, e.color), radii(num(e, `${arch}:radii`), n), ctx);
    }
    case "Boxes3D": {
      const hs = num(e, "Boxes3D:half_sizes");
      const n = rows(hs);
      if (!hs || n === 0) return null;
      const half = splatVec(hs, n, 3, [0.5, 0.5, 0.5]);
      const centers = splatVec(num(e, "Boxes3D:centers"), n, 3, [0, 0, 0]);
      const q = num(e, "Boxes3D:quaternions");
      const aa = num(e, "Boxes3D:rotation_axis_angles");
      const rot = rotationsFrom(q && rows(q) > 0 ? splatVec(q, n, 4, [0, 0, 0, 1]) : null, aa && rows(aa) > 0 ? splatVec(aa, n, 4, [1, 0, 0, 0]) : null, n);
      const fm = num(e, "Boxes3D:fill_mode");
      const solid = !!fm && fm.data.length > 0 && Number(fm.data[0]) === FILL_SOLID;
      const v = buildBoxes(centers, half, rot, rgba8(num(e, "Boxes3D:colors"), n, e.color), radii(num(e, "Boxes3D:radii"), n), solid, ctx);
      const labels = texts(e, "Boxes3D:labels");
      if (labels && labels.length > 0) v.labelAnchors = anchors(centers, n, labels);
      return v;
    }
    case "Arrows3D": {
      const vc = num(e, "Arrows3D:vectors");
      const n = rows(vc);
      if (!vc || n === 0) return null;
      const vecs = splatVec(vc, n, 3, [0, 0, 0]);
      const origins = splatVec(num(e, "Arrows3D:origins"), n, 3, [0, 0, 0]);
      const v = buildArrows(origins, vecs, rgba8(num(e, "Arrows3D:colors"), n, e.color), radii(num(e, "Arrows3D:radii"), n), ctx);
      const labels = texts(e, "Arrows3D:labels");
      if (labels && labels.length > 0) {
        const tips = new Float32Array(3 * n);
        for (let i = 0; i < 3 * n; i++) tips[i] = origins[i]! + vecs[i]!;
        v.labelAnchors = anchors(tips, n, labels);
      }
      return v;
    }
    default:
      return null;
  }
}

/** Update an entity's existing visual of `arch` in place (same GPU buffers); false when it has to be rebuilt. */
export function refillVisual(arch: string, old: Visual, e: EntityState): boolean {
  if ((arch !== "Points3D" && arch !== "Points2D") || old.labelAnchors) return false;
  const pv = old as Partial<PointsVisual>;
  if (!pv.refill) return false;
  const p = num(e, `${arch}:positions`);
  const n = rows(p);
  if (!p || n === 0) return false;
  const labels = texts(e, `${arch}:labels`);
  if (labels && labels.length > 0) return false;
  return pv.refill(vec3(p), rgba8(num(e, `${arch}:colors`), n, e.color), radii(num(e, `${arch}:radii`), n));
}

/** Label anchors: one per instance, or one label for all at the centroid. */
function anchors(pos: Float32Array, n: number, labels: string[]): { positions: Float32Array; labels: string[] } {
  if (labels.length === 1 && n > 1) {
    const c = new Float32Array(3);
    for (let i = 0; i < n; i++) for (let j = 0; j < 3; j++) c[j]! += pos[3 * i + j]! / n;
    return { positions: c, labels };
  }
  const k = Math.min(n, labels.length);
  return { positions: pos.subarray(0, 3 * k), labels: labels.slice(0, k) };
}

export class SceneGraph {
  readonly root = new THREE.Group();
  private groups = new Map<string, THREE.Group>();
  /** entity path → archetype → visual */
  readonly visuals = new Map<string, Map<string, Visual>>();
  private hidden: string[] = [];

  constructor(private readonly ctx: RenderCtx) {
    this.root.name = "";
    this.groups.set("", this.root);
  }

  group(path: string): THREE.Group {
    const key = normPath(path);
    let g = this.groups.get(key);
    if (g) return g;
    const parts = splitPath(key);
    const parent = this.group(parts.slice(0, -1).join("/"));
    g = new THREE.Group();
    g.name = key;
    g.matrixAutoUpdate = false;
    g.visible = !this.hidden.some((h) => normPath(h) === key);
    parent.add(g);
    this.groups.set(key, g);
    return g;
  }

  hasGroup(path: string): boolean {
    return this.groups.has(normPath(path));
  }

  /** Apply what changed in `state` (from `applyScene`). */
  update(state: SceneState, ch: Changes): void {
    for (const p of ch.removed) {
      this.clearEntity(p);
      this.prune(p);
    }
    for (const p of ch.transforms) {
      const m = state.transforms.get(p);
      if (!m && !this.hasGroup(p)) continue;
      const g = this.group(p);
      if (m) g.matrix.fromArray(m);
      else g.matrix.identity();
      g.matrixWorldNeedsUpdate = true;
      if (!m) this.prune(p);
    }
    for (const [p, archs] of ch.entities) {
      const e = state.entities.get(p);
      if (!e) continue;
      for (const a of archs) {
        const old = this.visuals.get(normPath(p))?.get(a);
        if (old && refillVisual(a, old, e)) continue;
        this.setVisual(p, a, buildVisual(a, e, this.ctx));
      }
    }
  }

  private setVisual(path: string, arch: string, v: Visual | null): void {
    const key = normPath(path);
    let m = this.visuals.get(key);
    const old = m?.get(arch);
    if (old) {
      old.dispose();
      m!.delete(arch);
    }
    if (v) {
      if (!m) this.visuals.set(key, (m = new Map()));
      m.set(arch, v);
      this.group(key).add(v.object);
    }
  }

  private clearEntity(path: string): void {
    const key = normPath(path);
    const m = this.visuals.get(key);
    if (!m) return;
    for (const v of m.values()) v.dispose();
    this.visuals.delete(key);
  }

  /** Drop empty groups with identity transforms, from `path` up. */
  private prune(path: string): void {
    let key = normPath(path);
    while (key !== "") {
      const g = this.groups.get(key);
      if (!g || g.children.length > 0 || !g.matrix.equals(IDENTITY) || this.visuals.has(key)) return;
      if (this.hidden.some((h) => normPath(h) === key)) return;
      g.removeFromParent();
      this.groups.delete(key);
      key = splitPath(key).slice(0, -1).join("/");
    }
  }

  setHidden(hidden: string[]): void {
    this.hidden = hidden.map(normPath);
    for (const [k, g] of this.groups) g.visible = k === "" || !this.hidden.includes(k);
    for (const h of this.hidden) if (h !== "") this.group(h).visible = false;
  }

  isHidden(path: string): boolean {
    return this.hidden.some((h) => isUnder(path, h));
  }

  /** Nearest point instance under the ray among visible entities. */
  pick(ray: THREE.Ray, pxPerUnitDist: number, state: SceneState): EntityPick | null {
    let best: EntityPick | null = null;
    for (const [path, m] of this.visuals) {
      if (this.isHidden(path)) continue;
      for (const [arch, v] of m) {
        if (!v.pick) continue;
        const h = v.pick(ray, pxPerUnitDist);
        if (h && (!best || h.t < best.t)) {
          const e = state.entities.get(path);
          const labels = e ? texts(e, `${arch}:labels`) : null;
          const label = labels && labels.length > 0 ? labels[labels.length === 1 ? 0 : h.index] ?? null : null;
          best = { ...h, path, archetype: arch, label };
        }
      }
    }
    return best;
  }

  clear(): void {
    for (const p of [...this.visuals.keys()]) this.clearEntity(p);
    for (const g of this.groups.values()) if (g !== this.root) g.removeFromParent();
    this.groups.clear();
    this.groups.set("", this.root);
  }

  dispose(): void {
    this.clear();
    disposeObject(this.root);
  }
}

const IDENTITY = new THREE.Matrix4();

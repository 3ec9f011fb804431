// The three.js scene mirrors the entity tree: one Group per entity path prefix, carrying the entity's local
// transform (parent_from_entity); each entity's geometry hangs on its own Group as leaves.
import * as THREE from "three";
import { isUnder, normPath, splitPath, type Changes, type SceneState } from "./protocol";
import "./visuals"; // registers every visual
import { affectedArchetypes, buildVisual, instanceLabel, refillVisual } from "./visuals/registry";
import { disposeObject, type PickHit, type RenderCtx, type Visual } from "./visuals/visual";

export interface EntityPick extends PickHit {
  path: string;
  archetype: string;
  label: string | null;
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
      for (const a of affectedArchetypes(archs, e)) {
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

  /** Nearest pickable instance under the ray among visible entities. */
  pick(ray: THREE.Ray, pxPerUnitDist: number, state: SceneState): EntityPick | null {
    let best: EntityPick | null = null;
    for (const [path, m] of this.visuals) {
      if (this.isHidden(path)) continue;
      for (const [arch, v] of m) {
        if (!v.pick) continue;
        const h = v.pick(ray, pxPerUnitDist);
        if (h && (!best || h.t < best.t)) {
          const e = state.entities.get(path);
          best = { ...h, path, archetype: arch, label: e ? instanceLabel(arch, e, h.index) : null };
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

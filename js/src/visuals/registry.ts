// One visual per archetype family, registered by archetype name (visuals/index.ts is the one list). The scene
// graph asks the registry; it never names an archetype or a component. A visual reads its components through an
// accessor bound to its archetype, so one file serves e.g. Points3D and Points2D.
import type { Comp, EntityState, NumComp, RGBA } from "../protocol";
import type { RenderCtx, Visual } from "./visual";

/** An entity's components of one archetype, by field name ("positions", not "Points3D:positions"). */
export interface Components {
  readonly archetype: string;
  /** the entity's path (a visual that refers to another entity, e.g. a video frame to its video) */
  readonly path: string;
  /** the entity's default colour (used when it has no colours) */
  readonly color: RGBA;
  num(field: string): NumComp | null;
  texts(field: string): string[] | null;
}

export interface VisualDef {
  archetypes: readonly string[];
  /** The visual of these components, or null when there is nothing to draw. */
  build(c: Components, ctx: RenderCtx): Visual | null;
  /** Update `old` in place (same GPU buffers); false when it has to be rebuilt. */
  refill?(old: Visual, c: Components): boolean;
  /** The text shown on hover for instance `index` (its label), or null. */
  label?(c: Components, index: number): string | null;
  /** Its components change how every visual of the entity is placed (instance poses): a change rebuilds them all. */
  entityWide?: boolean;
}

/** Places an entity's visual (its instance poses); `active(e)` when it would change anything for `e`. */
export interface Placer {
  active(e: EntityState): boolean;
  /** `v` placed; `rebuild(sub)` builds the archetype's visual of another entity state (one shape of it). */
  place(archetype: string, v: Visual, e: EntityState, rebuild: (sub: EntityState) => Visual | null): Visual;
}

let placer: Placer | null = null;

export function setPlacer(p: Placer): void {
  placer = p;
}

const defs = new Map<string, VisualDef>();

export function registerVisual(def: VisualDef): void {
  for (const a of def.archetypes) {
    if (defs.has(a)) throw new Error(`two visuals registered for ${a}`);
    defs.set(a, def);
  }
}

/** The archetypes that have a visual, sorted. */
export function registeredArchetypes(): string[] {
  return [...defs.keys()].sort();
}

export function components(e: EntityState, archetype: string): Components {
  const get = (field: string): Comp | undefined => e.comps.get(`${archetype}:${field}`);
  return {
    archetype,
    path: e.path,
    color: e.color,
    num(field) {
      const c = get(field);
      return c && c.kind === "num" ? c : null;
    },
    texts(field) {
      const c = get(field);
      return c && c.kind === "text" ? c.text : null;
    },
  };
}

/** The visual of `archetype` for entity `e`; null when it has none or nothing to draw (unknown archetypes too). */
export function buildVisual(archetype: string, e: EntityState, ctx: RenderCtx): Visual | null {
  const def = defs.get(archetype);
  const v = def ? def.build(components(e, archetype), ctx) : null;
  return v && def && placer?.active(e) ? placer.place(archetype, v, e, (sub) => def.build(components(sub, archetype), ctx)) : v;
}

export function refillVisual(archetype: string, old: Visual, e: EntityState): boolean {
  const def = defs.get(archetype);
  if (placer?.active(e)) return false; // a placed visual is a group of copies: rebuilt
  return !!def?.refill && def.refill(old, components(e, archetype));
}

/** The archetypes of `e` to rebuild when `changed` did: all of them when one is entity-wide. */
export function affectedArchetypes(changed: Set<string>, e: EntityState): Set<string> {
  if (![...changed].some((a) => defs.get(a)?.entityWide)) return changed;
  const all = new Set(changed);
  for (const k of e.comps.keys()) all.add(k.slice(0, Math.max(0, k.indexOf(":"))) || k);
  return all;
}

export function instanceLabel(archetype: string, e: EntityState, index: number): string | null {
  const def = defs.get(archetype);
  return def?.label ? def.label(components(e, archetype), index) : null;
}

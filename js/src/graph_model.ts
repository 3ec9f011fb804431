// The graph a graph view draws, from the latest-at GraphNodes / GraphEdges of its entities. Node ids are scoped
// per entity, as in Rerun (re_view_graph NodeId = entity + node id): an edge joins nodes of its own entity, and an
// edge end no GraphNodes of that entity names is an implicit node (drawn small, without label). As Rerun's node
// visualizer: with `show_labels` (the default) a node is drawn as its label, or its id when it has none, in a box;
// without, as a circle of its radius; short optional batches repeat their last value (clamped zip). Pure.
import { rgba8, radii, rows } from "./comps";
import type { Comp, EntityState, NumComp, RGBA } from "./protocol";

export interface GraphNode {
  /** `<entity path>\u0000<node id>` */
  key: string;
  path: string;
  id: string;
  /** index in the entity's GraphNodes batch (-1: implicit) */
  instance: number;
  pos: [number, number] | null;
  color: RGBA;
  /** a circle's radius (scene units) */
  radius: number;
  /** the logged label, if any */
  label: string | null;
  /** what the node's box shows (its label, else its id), or null: drawn as a circle */
  text: string | null;
}

export interface GraphEdge {
  from: string;
  to: string;
  directed: boolean;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Rerun's default node radius (scene units) and the implicit nodes' one. */
export const NODE_RADIUS = 4;
export const IMPLICIT_RADIUS = 2;
const IMPLICIT_COLOR: RGBA = [140, 140, 150, 255];
/** a node without colour: the text colour, as Rerun */
export const TEXT_COLOR: RGBA = [200, 200, 200, 255];
const DIRECTED = 2;

function num(c: Comp | undefined): NumComp | null {
  return c && c.kind === "num" ? c : null;
}

function text(c: Comp | undefined): string[] | null {
  return c && c.kind === "text" ? c.text : null;
}

export function nodeKey(path: string, id: string): string {
  return `${path}\u0000${id}`;
}

function explicitNodes(e: EntityState): GraphNode[] {
  const ids = text(e.comps.get("GraphNodes:node_ids"));
  if (!ids) return [];
  const n = ids.length;
  const pos = num(e.comps.get("GraphNodes:positions"));
  const np = pos ? rows(pos) : 0;
  const colors = rgba8(num(e.comps.get("GraphNodes:colors")), n, TEXT_COLOR);
  const rad = radii(num(e.comps.get("GraphNodes:radii")), n);
  const labels = text(e.comps.get("GraphNodes:labels"));
  const show = num(e.comps.get("GraphNodes:show_labels"));
  const showLabels = !show || rows(show) === 0 || Number(show.data[0]) !== 0;
  return ids.map((id, i) => {
    const k = Math.min(i, np - 1);
    const p: [number, number] | null = pos && np > 0 ? [Number(pos.data[2 * k]), Number(pos.data[2 * k + 1])] : null;
    const label = labels && labels.length ? labels[Math.min(i, labels.length - 1)]! : null;
    return {
      key: nodeKey(e.path, id),
      path: e.path,
      id,
      instance: i,
      pos: p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? p : null,
      color: [colors[4 * i]!, colors[4 * i + 1]!, colors[4 * i + 2]!, colors[4 * i + 3]!],
      radius: rad && Number.isFinite(rad[i]!) && rad[i]! !== 0 ? Math.abs(rad[i]!) : NODE_RADIUS,
      label,
      text: showLabels ? (label ?? id) : null,
    };
  });
}

/** The graph of the shown entities, in entity path order (Rerun merges entities sorted by path). */
export function buildGraph(entities: Iterable<EntityState>, shown: (path: string) => boolean = () => true): Graph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const sorted = [...entities].filter((e) => shown(e.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const e of sorted) {
    const mine = explicitNodes(e);
    const known = new Set(mine.map((n) => n.id));
    nodes.push(...mine);
    const ends = text(e.comps.get("GraphEdges:edges"));
    if (!ends) continue;
    const gt = num(e.comps.get("GraphEdges:graph_type"));
    const directed = !!gt && rows(gt) > 0 && Number(gt.data[0]) === DIRECTED;
    for (let k = 0; k + 1 < ends.length; k += 2) {
      for (const id of [ends[k]!, ends[k + 1]!]) {
        if (known.has(id)) continue;
        known.add(id);
        nodes.push({ key: nodeKey(e.path, id), path: e.path, id, instance: -1, pos: null, color: IMPLICIT_COLOR, radius: IMPLICIT_RADIUS, label: null, text: null });
      }
      edges.push({ from: nodeKey(e.path, ends[k]!), to: nodeKey(e.path, ends[k + 1]!), directed });
    }
  }
  return { nodes, edges };
}

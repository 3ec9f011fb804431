// The `layout` traitlet (docs/protocol.md "Layout") read into typed nodes, and the pure arithmetic of laying it
// out: share fractions, the grid's column count for the real size, the active tab. No DOM (node-tested).

export type ContainerKind = "horizontal" | "vertical" | "grid" | "tabs";

export interface ViewNode {
  type: "view";
  id: string;
  cls: string;
  name: string;
  origin: string;
  entities: string[];
  properties: Record<string, Record<string, unknown>>;
  drawable: boolean;
  visible: boolean;
  titlebar: boolean;
}

export interface ContainerNode {
  type: "container";
  id: string;
  kind: ContainerKind;
  name: string | null;
  visible: boolean;
  shares: number[] | null;
  columnShares: number[] | null;
  rowShares: number[] | null;
  gridColumns: number | null;
  autoColumns: number | null;
  activeTab: number;
  children: LayoutNode[];
}

export type LayoutNode = ViewNode | ContainerNode;

export type PanelState = "expanded" | "collapsed" | "hidden" | null;

export interface Layout {
  root: LayoutNode | null;
  panels: { blueprint: PanelState; selection: PanelState; time: PanelState };
}

const KINDS: readonly ContainerKind[] = ["horizontal", "vertical", "grid", "tabs"];

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => !!x && typeof x === "object" && !Array.isArray(x);

function numList(x: unknown): number[] | null {
  if (!Array.isArray(x)) return null;
  const v = x.map(Number);
  return v.every((n) => Number.isFinite(n) && n >= 0) ? v : null;
}

function panel(p: unknown): PanelState {
  const s = isObj(p) ? p["state"] : null;
  return s === "expanded" || s === "collapsed" || s === "hidden" ? s : null;
}

/** The layout traitlet, or null when it names no layout (`{}`, missing, not a dict): the single 3D view of v1. */
export function parseLayout(x: unknown): Layout | null {
  if (!isObj(x) || !("root" in x)) return null;
  const panels = isObj(x["panels"]) ? x["panels"] : {};
  return {
    root: parseNode(x["root"], 0),
    panels: { blueprint: panel(panels["blueprint"]), selection: panel(panels["selection"]), time: panel(panels["time"]) },
  };
}

function parseNode(x: unknown, depth: number): LayoutNode | null {
  if (!isObj(x) || depth > 64) return null;
  if (x["type"] === "view") {
    const props = isObj(x["properties"]) ? x["properties"] : {};
    const properties: Record<string, Obj> = {};
    for (const [k, v] of Object.entries(props)) if (isObj(v)) properties[k] = v;
    return {
      type: "view",
      id: String(x["id"] ?? ""),
      cls: String(x["class"] ?? ""),
      name: String(x["name"] ?? x["origin"] ?? ""),
      origin: String(x["origin"] ?? "/"),
      entities: Array.isArray(x["entities"]) ? x["entities"].map(String) : [],
      properties,
      drawable: x["drawable"] !== false,
      visible: x["visible"] !== false,
      titlebar: x["titlebar"] !== false,
    };
  }
  if (x["type"] !== "container") return null;
  const kind = KINDS.includes(x["kind"] as ContainerKind) ? (x["kind"] as ContainerKind) : "horizontal";
  const children = Array.isArray(x["children"]) ? x["children"].map((c) => parseNode(c, depth + 1)).filter((c): c is LayoutNode => !!c) : [];
  const gc = Number(x["grid_columns"]);
  const ac = Number(x["auto_columns"]);
  const at = Number(x["active_tab"]);
  return {
    type: "container",
    id: String(x["id"] ?? ""),
    kind,
    name: x["name"] === null || x["name"] === undefined ? null : String(x["name"]),
    visible: x["visible"] !== false,
    shares: numList(x["shares"]),
    columnShares: numList(x["column_shares"]),
    rowShares: numList(x["row_shares"]),
    gridColumns: Number.isInteger(gc) && gc > 0 ? gc : null,
    autoColumns: Number.isInteger(ac) && ac > 0 ? ac : null,
    activeTab: Number.isInteger(at) && at >= 0 ? at : 0,
    children,
  };
}

/** The children that are shown (visible: false ones are not), with their index in `children`. */
export function visibleChildren(c: ContainerNode): { node: LayoutNode; index: number }[] {
  return c.children.map((node, index) => ({ node, index })).filter((x) => x.node.visible);
}

/** `n` fractions summing to 1 from `shares` (null, a wrong length, or a zero sum: equal). */
export function fractions(shares: readonly number[] | null, n: number): number[] {
  if (n <= 0) return [];
  if (!shares || shares.length !== n) return new Array<number>(n).fill(1 / n);
  const sum = shares.reduce((a, b) => a + b, 0);
  return sum > 0 ? shares.map((s) => s / sum) : new Array<number>(n).fill(1 / n);
}

/** The shares of the shown children only (the hidden ones' shares dropped). */
export function visibleShares(shares: readonly number[] | null, shown: readonly number[]): number[] | null {
  if (!shares) return null;
  const out = shown.map((i) => shares[i]);
  return out.every((s): s is number => s !== undefined) ? out : null;
}

/**
 * Auto grid columns for `n` cells in a `w` x `h` area (egui_tiles, `rrb.grid_columns_for`): the `ncols` in
 * 1..n minimising |4/3 − cell_w/cell_h| + 0.1·(ncols·nrows − n), nrows = ceil(n/ncols); the first on ties.
 */
export function gridColumns(n: number, w: number, h: number): number {
  if (n <= 1 || !(w > 0) || !(h > 0)) return Math.max(1, n);
  let best = 1;
  let bestCost = Infinity;
  for (let ncols = 1; ncols <= n; ncols++) {
    const nrows = Math.ceil(n / ncols);
    const cost = Math.abs(4 / 3 - w / ncols / (h / nrows)) + 0.1 * (ncols * nrows - n);
    if (cost < bestCost - 1e-12) {
      bestCost = cost;
      best = ncols;
    }
  }
  return best;
}

/** The tab shown: `active` when it is a shown child, else the first shown one (-1: none). */
export function activeTab(c: ContainerNode, active: number = c.activeTab): number {
  const shown = visibleChildren(c).map((x) => x.index);
  return shown.includes(active) ? active : (shown[0] ?? -1);
}

/** Two neighbouring fractions after dragging their splitter by `delta` (a fraction of the container), each kept
 * at least `min`. */
export function dragShares(fr: readonly number[], i: number, delta: number, min = 0.05): number[] {
  const out = [...fr];
  const a = out[i];
  const b = out[i + 1];
  if (a === undefined || b === undefined) return out;
  const lo = Math.min(min, a);
  const hi = Math.min(min, b);
  const d = Math.max(lo - a, Math.min(b - hi, delta));
  out[i] = a + d;
  out[i + 1] = b - d;
  return out;
}

/** Every view node of the tree, depth first. */
export function viewNodes(n: LayoutNode | null): ViewNode[] {
  if (!n) return [];
  if (n.type === "view") return [n];
  return n.children.flatMap(viewNodes);
}

/** A node's title: a view's name, a container's name or its kind. */
export function title(n: LayoutNode): string {
  return n.type === "view" ? n.name : (n.name ?? n.kind);
}

// The layout tree (layout_tree.ts) as DOM: horizontal / vertical containers with draggable splitters, grids whose
// column count follows their real size, tabs, and view frames (title bar + body). Titles are text (textContent).
// The sizes and tabs the user picks are kept by container id (UiKeep), so a rebuilt or re-shown layout keeps them.
import { div } from "./controllers/layout";
import {
  activeTab,
  dragShares,
  fractions,
  gridColumns,
  title,
  visibleChildren,
  visibleShares,
  type ContainerNode,
  type LayoutNode,
  type ViewNode,
} from "./layout_tree";

export interface UiKeep {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** The body of a view node (a view's element, or a placeholder). */
export type BodyOf = (node: ViewNode) => HTMLElement;

const SPLITTER_PX = 4;

export class LayoutDom {
  private readonly observers: ResizeObserver[] = [];
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly bodyOf: BodyOf,
    private readonly keep: UiKeep,
  ) {}

  /** The DOM of `node` (to be put in a sized parent: it fills it). */
  build(node: LayoutNode, inTab = false): HTMLElement {
    if (node.type === "view") return this.frame(node, inTab);
    switch (node.kind) {
      case "horizontal":
      case "vertical":
        return this.linear(node);
      case "grid":
        return this.grid(node);
      case "tabs":
        return this.tabs(node);
    }
  }

  private frame(node: ViewNode, inTab: boolean): HTMLElement {
    const f = div("rrnb-vframe");
    f.dataset.viewId = node.id;
    f.dataset.viewClass = node.cls;
    if (node.titlebar && !inTab) {
      const t = div("rrnb-vtitle", f);
      t.textContent = node.name; // data → text only
      t.title = `${node.cls}: ${node.origin}`;
    }
    const body = this.bodyOf(node);
    body.classList.add("rrnb-vbody");
    f.appendChild(body);
    return f;
  }

  private linear(c: ContainerNode): HTMLElement {
    const horiz = c.kind === "horizontal";
    const box = div(`rrnb-box rrnb-${c.kind}`);
    box.dataset.containerId = c.id;
    const shown = visibleChildren(c);
    const kept = this.keep.get(`shares:${c.id}`);
    const given = visibleShares(c.shares, shown.map((s) => s.index));
    let fr = fractions(Array.isArray(kept) && kept.length === shown.length ? (kept as number[]) : given, shown.length);
    const cells = shown.map((s) => {
      const cell = div("rrnb-cell", box);
      cell.appendChild(this.build(s.node));
      return cell;
    });
    const apply = (): void => cells.forEach((cell, i) => (cell.style.flex = `${fr[i]} 1 0px`));
    apply();
    // a splitter between each pair of cells: dragging it moves the pair's shares
    for (let i = cells.length - 1; i > 0; i--) {
      const sp = div(`rrnb-splitter rrnb-splitter-${horiz ? "h" : "v"}`);
      box.insertBefore(sp, cells[i]!);
      const k = i - 1;
      sp.addEventListener("pointerdown", (e) => {
        e.preventDefault();
        e.stopPropagation();
        const r = box.getBoundingClientRect();
        const total = (horiz ? r.width : r.height) - SPLITTER_PX * (cells.length - 1);
        const start = horiz ? e.clientX : e.clientY;
        const from = fr;
        sp.setPointerCapture?.(e.pointerId);
        const move = (ev: PointerEvent): void => {
          fr = dragShares(from, k, ((horiz ? ev.clientX : ev.clientY) - start) / Math.max(total, 1));
          apply();
        };
        const up = (): void => {
          sp.removeEventListener("pointermove", move);
          sp.removeEventListener("pointerup", up);
          sp.removeEventListener("pointercancel", up);
          this.keep.set(`shares:${c.id}`, fr.map((x) => Math.round(x * 1e4) / 1e4));
        };
        sp.addEventListener("pointermove", move);
        sp.addEventListener("pointerup", up);
        sp.addEventListener("pointercancel", up);
      });
    }
    return box;
  }

  private grid(c: ContainerNode): HTMLElement {
    const g = div("rrnb-grid");
    g.dataset.containerId = c.id;
    const shown = visibleChildren(c);
    for (const s of shown) div("rrnb-cell", g).appendChild(this.build(s.node));
    const n = shown.length;
    const layout = (): void => {
      const w = g.clientWidth;
      const h = g.clientHeight;
      const ncols = c.gridColumns ?? (w > 0 && h > 0 ? gridColumns(n, w, h) : (c.autoColumns ?? gridColumns(n, 4, 3)));
      const cols = Math.max(1, Math.min(ncols, Math.max(n, 1)));
      const nrows = Math.max(1, Math.ceil(n / cols));
      const cf = c.columnShares && c.columnShares.length === cols ? fractions(c.columnShares, cols) : null;
      const rf = c.rowShares && c.rowShares.length === nrows ? fractions(c.rowShares, nrows) : null;
      g.style.gridTemplateColumns = cf ? cf.map((f) => `${f}fr`).join(" ") : `repeat(${cols}, minmax(0, 1fr))`;
      g.style.gridTemplateRows = rf ? rf.map((f) => `${f}fr`).join(" ") : `repeat(${nrows}, minmax(0, 1fr))`;
      g.dataset.columns = String(cols);
    };
    layout();
    const ro = new ResizeObserver(layout);
    ro.observe(g);
    this.observers.push(ro);
    return g;
  }

  private tabs(c: ContainerNode): HTMLElement {
    const t = div("rrnb-tabs");
    t.dataset.containerId = c.id;
    const bar = div("rrnb-tabbar", t);
    const panes = div("rrnb-tabpanes", t);
    const shown = visibleChildren(c);
    const kept = Number(this.keep.get(`tab:${c.id}`));
    let active = activeTab(c, Number.isInteger(kept) ? kept : c.activeTab);
    const items = shown.map((s) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "rrnb-tab";
      b.textContent = title(s.node); // data → text only
      bar.appendChild(b);
      const pane = div("rrnb-tabpane", panes);
      pane.appendChild(this.build(s.node, true));
      b.addEventListener("click", () => {
        active = s.index;
        show();
        this.keep.set(`tab:${c.id}`, active);
      });
      return { index: s.index, b, pane };
    });
    const show = (): void => {
      for (const it of items) {
        const on = it.index === active;
        it.b.classList.toggle("rrnb-tab-active", on);
        it.pane.style.display = on ? "" : "none";
      }
      t.dataset.active = String(active);
    };
    show();
    return t;
  }

  dispose(): void {
    for (const o of this.observers) o.disconnect();
    for (const f of this.cleanups) f();
    this.observers.length = 0;
  }
}

/** The placeholder of a view class the widget cannot draw (yet). */
export function placeholder(node: ViewNode): HTMLElement {
  const p = div("rrnb-placeholder");
  p.textContent = `${node.cls} view "${node.name}": not supported yet`;
  return p;
}

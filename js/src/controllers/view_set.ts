// The widget's views, made from the `layout` traitlet: each layout view of a registered class becomes a View
// (views/index.ts) under the protocol id `<widget id>/<layout view id>`; other classes get a placeholder. Without
// a layout (an older kernel, `{}`), the v1 single 3D view of the whole scene. A new layout keeps the views it
// still has (same id and class: their data and camera stay) and releases the others.
import { LayoutDom, placeholder } from "../layout_dom";
import { parseLayout, viewNodes, type Layout, type ViewNode } from "../layout_tree";
import "../views"; // registers every view
import { viewFactory, type View, type ViewHost } from "../views/view";
import { div } from "./layout";

export class ViewSet {
  private dom: LayoutDom | null = null;
  private legacy: View | null = null;
  private byKey = new Map<string, View>();
  private rootEl: HTMLElement | null = null;
  layout: Layout | null = null;

  constructor(
    private readonly widgetId: string,
    private readonly host: ViewHost,
    private readonly area: HTMLElement,
    /** the widget's list of views (shared with the controllers: changed in place) */
    readonly views: View[],
    /** listeners that stay in `views` whatever the layout (the selection panel), after the views */
    private readonly fixed: View[] = [],
  ) {}

  /** The v1 single view (no layout), or null. */
  get single(): View | null {
    return this.legacy;
  }

  /** The protocol id of the first 3D view (it keeps the `camera` traitlet). */
  firstOf(cls: string): string | null {
    const n = viewNodes(this.layout?.root ?? null).find((v) => v.cls === cls && v.visible);
    return n ? this.protoId(n) : null;
  }

  private protoId(n: ViewNode): string {
    return `${this.widgetId}/${n.id}`;
  }

  /** Show `layoutJson` (then ask the views for their data). */
  build(layoutJson: unknown): void {
    const layout = parseLayout(layoutJson);
    this.layout = layout;
    // no layout (an older kernel), or nothing to lay out yet (no data): the v1 view of the whole scene, empty
    // until data comes (as Rerun's empty viewport), replaced by the layout's views once there are any
    if (!layout || !layout.root) return this.buildLegacy();
    this.dropLegacy();
    const old = this.byKey;
    this.byKey = new Map();
    const bodyOf = (n: ViewNode): HTMLElement => this.body(n, old);
    const dom = new LayoutDom(bodyOf, { get: (k) => this.host.uiGet(k), set: (k, v) => this.host.uiSet(k, v) });
    const el = layout.root ? dom.build(layout.root) : emptyNote();
    el.classList.add("rrnb-lroot");
    for (const [, v] of old) v.dispose(true); // the ones the new layout does not have
    this.dom?.dispose();
    this.rootEl?.remove();
    this.dom = dom;
    this.rootEl = el;
    this.area.appendChild(el);
    this.views.splice(0, this.views.length, ...this.byKey.values(), ...this.fixed);
  }

  private body(n: ViewNode, old: Map<string, View>): HTMLElement {
    const make = n.drawable ? viewFactory(n.cls) : null;
    if (!make) return placeholder(n);
    const key = `${n.id}|${n.cls}`;
    let v = old.get(key);
    if (v) {
      old.delete(key);
      v.setNode?.(n);
    } else {
      v = make(this.host, { id: this.protoId(n), node: n });
    }
    v.el.dataset.viewId = n.id;
    this.byKey.set(key, v);
    return v.el;
  }

  private buildLegacy(): void {
    if (this.legacy) return;
    for (const v of this.byKey.values()) v.dispose(true);
    this.byKey.clear();
    this.dom?.dispose();
    this.dom = null;
    this.rootEl?.remove();
    this.rootEl = null;
    const make = viewFactory("3D")!;
    this.legacy = make(this.host, { id: this.widgetId, node: null });
    this.area.appendChild(this.legacy.el);
    this.views.splice(0, this.views.length, this.legacy, ...this.fixed);
  }

  private dropLegacy(): void {
    if (!this.legacy) return;
    // the v1 view's id is the widget's: releasing it would release the new views too; the kernel forgets it by LRU
    this.legacy.dispose(false);
    this.legacy = null;
  }

  dispose(): void {
    for (const v of this.views) if (!this.fixed.includes(v)) v.dispose(false);
    this.views.length = 0;
    this.byKey.clear();
    this.dom?.dispose();
  }
}

function emptyNote(): HTMLElement {
  const d = div("rrnb-placeholder");
  d.textContent = "nothing to show: the layout has no views";
  return d;
}

// The widget's DOM: a root (focusable, carrying the test hooks as data-* attributes) holding the view area with a
// collapsible side panel (entity tree, selection) beside it, and the time panel under them.
import type { PanelState } from "../layout_tree";
import { CSS } from "../style";

export function div(cls: string, parent?: HTMLElement): HTMLDivElement {
  const d = document.createElement("div");
  d.className = cls;
  parent?.appendChild(d);
  return d;
}

export class Layout {
  readonly root = div("rrnb-root");
  private readonly main: HTMLDivElement;
  /** where the views go */
  readonly area: HTMLDivElement;
  private readonly side: HTMLDivElement;
  private readonly sideBody: HTMLDivElement;
  private readonly toggle = document.createElement("button");
  private bottom: HTMLElement | null = null;
  private collapsed = false;

  constructor(
    el: HTMLElement,
    /** the user collapsed / expanded the side panel */
    private readonly onSide: (collapsed: boolean) => void = () => {},
  ) {
    this.root.tabIndex = 0;
    this.root.dataset.frames = "0";
    const style = document.createElement("style");
    style.textContent = CSS;
    this.root.appendChild(style);
    this.main = div("rrnb-main", this.root);
    this.area = div("rrnb-area", this.main);
    this.side = div("rrnb-side", this.main);
    this.toggle.type = "button";
    this.toggle.className = "rrnb-side-toggle";
    this.toggle.addEventListener("click", () => {
      this.setSideState(this.collapsed ? "expanded" : "collapsed");
      this.onSide(this.collapsed);
    });
    this.side.appendChild(this.toggle);
    this.sideBody = div("rrnb-side-body", this.side);
    this.setSideState(null);
    el.appendChild(this.root);
  }

  /** Test hooks: data-* attributes of the root. */
  get hooks(): DOMStringMap {
    return this.root.dataset;
  }

  setSide(...els: HTMLElement[]): void {
    this.sideBody.replaceChildren(...els);
  }

  /** The side panel (blueprint / entity tree) as a layout's panel state says (null: expanded). */
  setSideState(s: PanelState): void {
    this.collapsed = s === "collapsed";
    this.side.style.display = s === "hidden" ? "none" : "";
    this.side.classList.toggle("rrnb-collapsed", this.collapsed);
    this.toggle.textContent = this.collapsed ? "‹" : "›";
    this.toggle.title = this.collapsed ? "show the entity panel" : "hide the entity panel";
  }

  setBottom(el: HTMLElement): void {
    this.bottom = el;
    this.root.appendChild(el);
  }

  /** The time panel: hidden or shown. */
  setBottomState(s: PanelState): void {
    if (this.bottom) this.bottom.style.display = s === "hidden" ? "none" : "";
  }

  /** A view of fixed width: the widget is as wide as its content, else it fills the cell. */
  fixedWidth(fixed: boolean): void {
    this.root.style.width = fixed ? "fit-content" : "";
  }

  /** A layout's area: `h` CSS px high, `w` wide (0 = fill); null: the v1 single view sizes itself. */
  areaSize(size: { w: number; h: number } | null): void {
    const s = this.area.style;
    s.height = size ? `${size.h}px` : "";
    s.width = size && size.w > 0 ? `${size.w}px` : "";
    s.flex = size && size.w > 0 ? "0 0 auto" : "";
  }

  dispose(): void {
    this.root.remove();
  }
}

// The widget's DOM: a root (focusable, carrying the test hooks as data-* attributes) holding a row of views with
// the entity tree beside them, and the timeline bar under them.
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
  private side: HTMLElement | null = null;

  constructor(el: HTMLElement) {
    this.root.tabIndex = 0;
    this.root.dataset.frames = "0";
    const style = document.createElement("style");
    style.textContent = CSS;
    this.root.appendChild(style);
    this.main = div("rrnb-main", this.root);
    el.appendChild(this.root);
  }

  /** Test hooks: data-* attributes of the root. */
  get hooks(): DOMStringMap {
    return this.root.dataset;
  }

  addView(el: HTMLElement): void {
    this.main.insertBefore(el, this.side);
  }

  setSide(el: HTMLElement): void {
    this.side = el;
    this.main.appendChild(el);
  }

  setBottom(el: HTMLElement): void {
    this.root.appendChild(el);
  }

  /** A view of fixed width: the widget is as wide as its content, else it fills the cell. */
  fixedWidth(fixed: boolean): void {
    this.root.style.width = fixed ? "fit-content" : "";
  }

  dispose(): void {
    this.root.remove();
  }
}

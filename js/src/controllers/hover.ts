// Hover: at most one pick per animation frame under the pointer, shown in the tooltip (as text); nothing while a
// button is down (orbiting).
import type { Tooltip } from "../entity_tree";

/** The tooltip's lines for the canvas pixel (x, y), or null when nothing is there. */
export type Picker = (x: number, y: number) => string[] | null;

export class Hover {
  private raf = 0;
  private at: { x: number; y: number } | null = null;
  private disposed = false;

  private readonly onMove = (e: PointerEvent): void => {
    if (e.buttons) return this.onLeave();
    const r = this.canvas.getBoundingClientRect();
    this.at = { x: e.clientX - r.left, y: e.clientY - r.top };
    if (!this.raf) this.raf = requestAnimationFrame(() => this.show());
  };

  private readonly onLeave = (): void => {
    this.at = null;
    this.tooltip.hide();
  };

  constructor(
    private readonly canvas: HTMLElement,
    private readonly tooltip: Tooltip,
    private readonly pick: Picker,
  ) {
    canvas.addEventListener("pointermove", this.onMove);
    canvas.addEventListener("pointerleave", this.onLeave);
  }

  private show(): void {
    this.raf = 0;
    const at = this.at;
    const lines = at && !this.disposed ? this.pick(at.x, at.y) : null;
    if (at && lines) this.tooltip.show(at.x, at.y, lines);
    else this.tooltip.hide();
  }

  dispose(): void {
    this.disposed = true;
    if (this.raf) cancelAnimationFrame(this.raf);
    this.canvas.removeEventListener("pointermove", this.onMove);
    this.canvas.removeEventListener("pointerleave", this.onLeave);
  }
}

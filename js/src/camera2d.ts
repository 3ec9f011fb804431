// The 2D view's camera: orthographic, pixel coordinates with y down (the camera looks along +z with -y up), pan by
// dragging, zoom about the pointer with the wheel, fit to bounds (double-click goes back to the fit).
import * as THREE from "three";

/** What is kept of a 2D camera: the world point at the centre and world units per CSS pixel. */
export interface View2DState {
  center: [number, number];
  scale: number;
}

export function isView2DState(x: unknown): x is View2DState {
  const v = x as View2DState | null;
  return !!v && Array.isArray(v.center) && v.center.length === 2 && v.center.every(Number.isFinite) && Number.isFinite(v.scale) && v.scale > 0;
}

/** The camera's distance from the z = 0 plane (2D content lies there). */
export const DEPTH = 1000;

/** Centre and scale that show `[x0, y0, x1, y1]` whole in a `w` x `h` px area (`margin`: extra fraction). */
export function fitRect(rect: readonly number[], w: number, h: number, margin = 0): View2DState {
  const [x0 = 0, y0 = 0, x1 = 1, y1 = 1] = rect;
  const dx = Math.max(Math.abs(x1 - x0), 1e-9);
  const dy = Math.max(Math.abs(y1 - y0), 1e-9);
  const scale = Math.max(dx / Math.max(w, 1), dy / Math.max(h, 1)) * (1 + margin);
  return { center: [(x0 + x1) / 2, (y0 + y1) / 2], scale };
}

/** The world point under the CSS pixel (px, py) of a `w` x `h` view. */
export function toWorld(s: View2DState, w: number, h: number, px: number, py: number): [number, number] {
  return [s.center[0] + (px - w / 2) * s.scale, s.center[1] + (py - h / 2) * s.scale];
}

/** Zoom by `factor` (>1 zooms out) keeping the world point under (px, py) in place. */
export function zoomAt(s: View2DState, w: number, h: number, px: number, py: number, factor: number): View2DState {
  const [wx, wy] = toWorld(s, w, h, px, py);
  const scale = Math.min(Math.max(s.scale * factor, 1e-9), 1e9);
  return { center: [wx - (px - w / 2) * scale, wy - (py - h / 2) * scale], scale };
}

export class Rig2D {
  readonly camera = new THREE.OrthographicCamera(-1, 1, 1, -1, 1, 2 * DEPTH);
  state: View2DState = { center: [0, 0], scale: 1 };
  private home: number[] | null = null;
  private w = 1;
  private h = 1;
  private drag: { x: number; y: number; id: number } | null = null;

  constructor(
    private readonly dom: HTMLElement,
    private readonly onChange: () => void,
    private readonly onEnd: () => void,
  ) {
    this.camera.up.set(0, -1, 0);
    dom.addEventListener("pointerdown", this.down);
    dom.addEventListener("pointermove", this.move);
    dom.addEventListener("pointerup", this.up);
    dom.addEventListener("pointercancel", this.up);
    dom.addEventListener("wheel", this.wheel, { passive: false });
    this.apply();
  }

  get size(): [number, number] {
    return [this.w, this.h];
  }

  setSize(w: number, h: number): void {
    this.w = Math.max(1, w);
    this.h = Math.max(1, h);
    if (this.home) this.state = fitRect(this.home, this.w, this.h);
    this.apply();
  }

  /** Show `rect` = [x0, y0, x1, y1] whole; remembered as the double-click home (and kept on resizes until the
   * user pans or zooms). */
  fit(rect: number[]): void {
    this.home = rect;
    this.state = fitRect(rect, this.w, this.h);
    this.apply();
  }

  reset(): void {
    if (this.lastHome) this.fit(this.lastHome);
  }

  private lastHome: number[] | null = null;

  set(s: View2DState): void {
    this.home = null;
    this.state = { center: [s.center[0], s.center[1]], scale: s.scale };
    this.apply();
  }

  /** World units per CSS pixel. */
  get scale(): number {
    return this.state.scale;
  }

  private apply(): void {
    if (this.home) this.lastHome = this.home;
    const { center, scale } = this.state;
    const c = this.camera;
    c.left = (-this.w / 2) * scale;
    c.right = (this.w / 2) * scale;
    c.top = (this.h / 2) * scale;
    c.bottom = (-this.h / 2) * scale;
    c.position.set(center[0], center[1], -DEPTH);
    c.lookAt(center[0], center[1], 0);
    c.updateProjectionMatrix();
    c.updateMatrixWorld();
  }

  private userMoved(s: View2DState): void {
    this.home = null;
    this.state = s;
    this.apply();
    this.onChange();
  }

  private readonly down = (e: PointerEvent): void => {
    if (e.button !== 0) return;
    this.drag = { x: e.clientX, y: e.clientY, id: e.pointerId };
    this.dom.setPointerCapture?.(e.pointerId);
  };

  private readonly move = (e: PointerEvent): void => {
    const d = this.drag;
    if (!d || e.pointerId !== d.id) return;
    const dx = e.clientX - d.x;
    const dy = e.clientY - d.y;
    if (dx === 0 && dy === 0) return;
    d.x = e.clientX;
    d.y = e.clientY;
    const s = this.state;
    this.moved = true;
    this.userMoved({ center: [s.center[0] - dx * s.scale, s.center[1] - dy * s.scale], scale: s.scale });
  };

  /** the last press moved the view (a drag, not a click) */
  moved = false;

  private readonly up = (e: PointerEvent): void => {
    if (!this.drag || e.pointerId !== this.drag.id) return;
    this.drag = null;
    if (this.moved) this.onEnd();
    setTimeout(() => (this.moved = false), 0);
  };

  private readonly wheel = (e: WheelEvent): void => {
    e.preventDefault();
    const r = this.dom.getBoundingClientRect();
    const factor = Math.exp(Math.max(-1, Math.min(1, e.deltaY * 0.002)));
    this.userMoved(zoomAt(this.state, this.w, this.h, e.clientX - r.left, e.clientY - r.top, factor));
    this.onEnd();
  };

  dispose(): void {
    this.dom.removeEventListener("pointerdown", this.down);
    this.dom.removeEventListener("pointermove", this.move);
    this.dom.removeEventListener("pointerup", this.up);
    this.dom.removeEventListener("pointercancel", this.up);
    this.dom.removeEventListener("wheel", this.wheel);
  }
}

// The 2D view: orthographic camera in pixel coordinates, y down (camera2d.ts), pan / zoom, fit to the data's
// bounds (or the view's VisualBounds2D) on first data, double-click to fit again; the same visuals as 3D.
import * as THREE from "three";
import { DEPTH, isView2DState, Rig2D, toWorld } from "../camera2d";
import type { RigFactory } from "../controllers/viewport";
import type { SceneState } from "../protocol";
import { SpatialView } from "./spatial";
import { registerView, type ViewHost, type ViewSpec } from "./view";

/** Default point radius in 2D: UI pixels (negative = pixels, as in Rerun). */
const DEFAULT_RADIUS_PX = 2.5;

const rig2d: RigFactory<Rig2D> = (dom, onChange, onEnd) => new Rig2D(dom, onChange, onEnd);

/** VisualBounds2D's [x0, y0, x1, y1], or null. */
export function visualBounds(props: Record<string, Record<string, unknown>> | undefined): number[] | null {
  const vb = props?.["VisualBounds2D"];
  const xr = vb?.["x_range"];
  const yr = vb?.["y_range"];
  if (!Array.isArray(xr) || !Array.isArray(yr) || xr.length !== 2 || yr.length !== 2) return null;
  const r = [xr[0], yr[0], xr[1], yr[1]].map(Number);
  return r.every(Number.isFinite) ? r : null;
}

export class View2D extends SpatialView<Rig2D> {
  private fitted = false;

  constructor(host: ViewHost, spec: ViewSpec) {
    super(host, spec, rig2d);
    this.viewport.ctx.defaultRadius.value = -DEFAULT_RADIUS_PX;
    this.el.classList.add("rrnb-view2d");
    const kept = this.host.uiGet(this.key);
    if (isView2DState(kept)) {
      this.viewport.rig.set(kept);
      this.fitted = true;
    } else {
      const vb = visualBounds(spec.node?.properties);
      if (vb) {
        this.viewport.rig.fit(vb);
        this.fitted = true;
      }
    }
    this.viewport.draw();
  }

  private get key(): string {
    return `view2d:${this.spec.node?.id ?? ""}`;
  }

  protected fitOnce(state: SceneState): void {
    const b = state.bounds;
    if (this.fitted || !b || !b.every(Number.isFinite)) return;
    this.fitted = true;
    const px = 0.05 * (b[3]! - b[0]!);
    const py = 0.05 * (b[4]! - b[1]!);
    this.viewport.rig.fit([b[0]! - px, b[1]! - py, b[3]! + px, b[4]! + py]);
  }

  protected saveCamera(): void {
    this.host.uiSet(this.key, this.viewport.rig.state);
  }

  protected resetCamera(): void {
    this.viewport.rig.reset();
  }

  protected ray(x: number, y: number, rc: THREE.Raycaster): number {
    const rig = this.viewport.rig;
    const [w, h] = rig.size;
    const [wx, wy] = toWorld(rig.state, w, h, x, y);
    rc.ray.origin.set(wx, wy, -DEPTH);
    rc.ray.direction.set(0, 0, 1);
    return rig.scale / DEPTH;
  }
}

registerView("2D", (host, spec) => new View2D(host, spec));

// The 3D view: perspective orbit camera (camera.ts) over the spatial view (spatial.ts). Its camera is kept in the
// `camera` traitlet (the v1 single view, and the first 3D view of a layout) or in the widget's UI state by view id;
// in the v1 single view, `width` / `height` are its size.
import * as THREE from "three";
import { CameraRig, isCameraDict } from "../camera";
import { defaultRadiusFor } from "../comps";
import { orbitRig } from "../controllers/viewport";
import type { SceneState } from "../protocol";
import { SpatialView } from "./spatial";
import { registerView, type ViewHost, type ViewSpec } from "./view";

export class View3D extends SpatialView<CameraRig> {
  private fitted = false;

  constructor(host: ViewHost, spec: ViewSpec) {
    super(host, spec, orbitRig);
    if (this.ownsCameraTraitlet) host.events.on("change:camera", () => this.kernelCamera());
    this.viewport.draw();
  }

  /** The v1 view, or the first 3D view of a layout, keeps its camera in the `camera` traitlet. */
  private get ownsCameraTraitlet(): boolean {
    return this.spec.node === null || this.host.uiGet("camera3d") === this.id;
  }

  /** `width` / `height` traitlets (the v1 single view): a height in CSS px, a width (0 = fill the cell). */
  applySize(): void {
    if (this.spec.node) return this.resize();
    const h = Number(this.model.get("height")) || 480;
    const w = Number(this.model.get("width")) || 0;
    const s = this.el.style;
    s.height = `${h}px`;
    s.flex = w > 0 ? "0 0 auto" : "1 1 auto";
    s.width = w > 0 ? `${w}px` : "";
    this.resize();
  }

  private keptCamera(): unknown {
    return this.ownsCameraTraitlet ? this.model.get("camera") : this.host.uiGet(`camera:${this.spec.node?.id}`);
  }

  protected fitOnce(state: SceneState): void {
    if (this.fitted || !state.bounds || !state.bounds.every(Number.isFinite)) return;
    this.fitted = true;
    this.viewport.ctx.defaultRadius.value = defaultRadiusFor(state.bounds);
    this.viewport.rig.fit(state.bounds);
    const cam = this.keptCamera();
    if (isCameraDict(cam)) this.viewport.rig.set(cam);
  }

  private kernelCamera(): void {
    const c = this.model.get("camera");
    if (isCameraDict(c) && JSON.stringify(c) !== JSON.stringify(this.viewport.rig.get())) {
      this.viewport.rig.set(c);
      this.viewport.requestDraw();
    }
  }

  protected saveCamera(): void {
    const cam = this.viewport.rig.get();
    if (this.spec.node) this.host.uiSet(`camera:${this.spec.node.id}`, cam);
    if (this.ownsCameraTraitlet) {
      this.model.set("camera", cam);
      this.model.save_changes();
    }
  }

  protected resetCamera(): void {
    this.viewport.rig.reset();
  }

  protected ray(x: number, y: number, rc: THREE.Raycaster): number {
    const { rig, ctx } = this.viewport;
    rc.setFromCamera(new THREE.Vector2((x / ctx.resolution.x) * 2 - 1, 1 - (y / ctx.resolution.y) * 2), rig.camera);
    return (2 * Math.tan(THREE.MathUtils.degToRad(rig.camera.fov) / 2)) / ctx.resolution.y;
  }
}

registerView("3D", (host, spec) => new View3D(host, spec));

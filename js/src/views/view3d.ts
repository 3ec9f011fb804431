// The 3D view: a three.js viewport on the scene graph of its scene data, labels over it, hover, an error line.
// Its own traitlets: `camera` (read and written), `width` / `height` (its size).
import * as THREE from "three";
import { isCameraDict } from "../camera";
import { defaultRadiusFor } from "../comps";
import { fmtNum, Tooltip } from "../entity_tree";
import type { Cursor } from "../controllers/cursor";
import { Hover } from "../controllers/hover";
import { LabelOverlay } from "../controllers/labels";
import { div } from "../controllers/layout";
import type { AnyModel, ModelEvents } from "../controllers/model";
import { SceneData } from "../controllers/scene_data";
import { Viewport } from "../controllers/viewport";
import type { RawBuffer, SceneState } from "../protocol";
import type { TimelineInfo } from "../time_units";
import type { View } from "./view";

export interface ViewHost {
  readonly cursor: Cursor;
  readonly events: ModelEvents;
  /** test hooks (data-* of the widget's root) */
  readonly hooks: DOMStringMap;
  stopPlaying(): void;
  /** the view's size changed (the timeline bar redraws its marks) */
  resized(): void;
}

function randomId(): string {
  const b = new Uint8Array(6);
  crypto.getRandomValues(b);
  return "v-" + Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

export class View3D implements View {
  readonly id = randomId();
  readonly el = div("rrnb-view");
  private readonly viewport: Viewport;
  private readonly labels: LabelOverlay;
  private readonly data: SceneData;
  private readonly hover: Hover;
  private readonly errorEl: HTMLDivElement;
  private readonly ro: ResizeObserver;
  private fitted = false;

  constructor(private readonly host: ViewHost) {
    const hooks = host.hooks;
    hooks.view = this.id;
    this.labels = new LabelOverlay(div("rrnb-labels", this.el));
    this.errorEl = div("rrnb-error", this.el);
    this.errorEl.style.display = "none";
    const tooltip = new Tooltip();
    this.el.appendChild(tooltip.root);
    this.viewport = new Viewport(this.el, hooks, {
      drawn: () => this.labels.update(this.data.graph, this.viewport.rig.camera, this.viewport.ctx.resolution),
      cameraEnd: () => this.saveCamera(),
    });
    this.data = new SceneData(this.id, this.viewport.ctx, { cursor: host.cursor, send: (m) => this.model.send(m), loop: () => !!this.model.get("loop") }, {
      applied: (s) => this.fitOnce(s),
      draw: (finish) => this.viewport.draw(finish),
      drawn: (stats) => {
        hooks.frames = String(Number(hooks.frames) + 1);
        hooks.lastQuery = JSON.stringify(stats);
      },
      error: (m) => this.showError(m),
      window: () => (hooks.windows = String(Number(hooks.windows ?? "0") + 1)),
      stopPlaying: () => host.stopPlaying(),
    });
    this.viewport.scene.add(this.data.graph.root);
    this.data.graph.setHidden(host.cursor.hidden);
    this.hover = new Hover(this.viewport.canvas, tooltip, (x, y) => this.pick(x, y));
    this.viewport.canvas.addEventListener("dblclick", this.onDbl);
    host.events.on("change:camera", () => this.kernelCamera());
    this.ro = new ResizeObserver(() => this.resize());
    this.ro.observe(this.el);
    this.viewport.draw();
  }

  private get model(): AnyModel {
    return this.host.events.model;
  }

  // ---- size

  /** `width` / `height` traitlets: a height in CSS px, a width (0 = fill the cell). */
  applySize(): void {
    const h = Number(this.model.get("height")) || 480;
    const w = Number(this.model.get("width")) || 0;
    const s = this.el.style;
    s.height = `${h}px`;
    s.flex = w > 0 ? "0 0 auto" : "1 1 auto";
    s.width = w > 0 ? `${w}px` : "";
    this.resize();
  }

  private resize(): void {
    const w = Math.max(1, Math.floor(this.el.clientWidth || Number(this.model.get("width")) || 640));
    const h = Math.max(1, Math.floor(this.el.clientHeight || Number(this.model.get("height")) || 480));
    if (!this.viewport.setSize(w, h)) return;
    this.host.resized();
    this.viewport.draw();
  }

  // ---- camera

  private fitOnce(state: SceneState): void {
    if (this.fitted || !state.bounds || !state.bounds.every(Number.isFinite)) return;
    this.fitted = true;
    this.viewport.ctx.defaultRadius.value = defaultRadiusFor(state.bounds);
    this.viewport.rig.fit(state.bounds);
    const cam = this.model.get("camera");
    if (isCameraDict(cam)) this.viewport.rig.set(cam);
  }

  private kernelCamera(): void {
    const c = this.model.get("camera");
    if (isCameraDict(c) && JSON.stringify(c) !== JSON.stringify(this.viewport.rig.get())) {
      this.viewport.rig.set(c);
      this.viewport.requestDraw();
    }
  }

  private saveCamera(): void {
    this.model.set("camera", this.viewport.rig.get());
    this.model.save_changes();
  }

  private readonly onDbl = (): void => {
    if (this.viewport.rig.reset()) {
      this.viewport.draw();
      this.saveCamera();
    }
  };

  // ---- hover

  private readonly raycaster = new THREE.Raycaster();

  private pick(x: number, y: number): string[] | null {
    const { rig, ctx, scene } = this.viewport;
    const w = ctx.resolution.x;
    const h = ctx.resolution.y;
    this.raycaster.setFromCamera(new THREE.Vector2((x / w) * 2 - 1, 1 - (y / h) * 2), rig.camera);
    scene.updateMatrixWorld();
    const pxPerUnit = (2 * Math.tan(THREE.MathUtils.degToRad(rig.camera.fov) / 2)) / h;
    const hit = this.data.graph.pick(this.raycaster.ray, pxPerUnit, this.data.state);
    if (!hit) return null;
    const lines = [hit.path, `#${hit.index}`, `(${hit.position.map(fmtNum).join(", ")})`];
    if (hit.label !== null) lines.push(hit.label);
    return lines;
  }

  private showError(msg: string | null): void {
    this.errorEl.textContent = msg ?? "";
    this.errorEl.style.display = msg ? "" : "none";
  }

  // ---- View

  seek(): void {
    this.data.seek();
  }

  refresh(): void {
    this.data.refresh();
  }

  playStart(tl: TimelineInfo): void {
    this.data.playStart(tl);
  }

  playTick(tl: TimelineInfo, speed: number, wrapped: boolean, moved: boolean): void {
    this.data.playTick(tl, speed, wrapped, moved);
  }

  playStop(): void {
    this.data.playStop();
  }

  onMessage(content: unknown, buffers: readonly RawBuffer[]): void {
    this.data.onMessage(content, buffers);
  }

  setHidden(hidden: readonly string[]): void {
    this.data.graph.setHidden([...hidden]);
    this.viewport.requestDraw();
    this.data.refresh();
  }

  dispose(): void {
    this.ro.disconnect();
    this.hover.dispose();
    this.viewport.canvas.removeEventListener("dblclick", this.onDbl);
    try {
      this.model.send({ type: "release", view: this.id });
    } catch {
      // the comm may already be closed
    }
    this.data.dispose();
    this.viewport.dispose();
    this.el.remove();
  }
}

// What the 3D and 2D views share: a three.js viewport on the scene graph of their scene data (queries with
// `space` in a layout), labels over it, hover, click-to-select, an error line, test hooks. The camera is theirs.
import * as THREE from "three";
import { fmtNum, Tooltip } from "../entity_tree";
import { Hover } from "../controllers/hover";
import { LabelOverlay } from "../controllers/labels";
import { div } from "../controllers/layout";
import type { AnyModel } from "../controllers/model";
import { SceneData } from "../controllers/scene_data";
import { Viewport, type Rig, type RigFactory } from "../controllers/viewport";
import type { EntityPick } from "../scene_graph";
import { attachVideoLink, videoReply } from "../visuals/video_link";
import type { RawBuffer, SceneState } from "../protocol";
import type { TimelineInfo } from "../time_units";
import type { View, ViewHost, ViewSpec } from "./view";
import { bump } from "./view";

/** A click moves the pointer less than this (CSS px) between press and release; more is a drag. */
const CLICK_SLOP = 4;

export abstract class SpatialView<R extends Rig> implements View {
  readonly id: string;
  readonly el = div("rrnb-view");
  protected readonly viewport: Viewport<R>;
  protected readonly data: SceneData;
  private readonly labels: LabelOverlay;
  private readonly hover: Hover;
  private readonly errorEl: HTMLDivElement;
  private readonly ro: ResizeObserver;
  private press: { x: number; y: number } | null = null;
  /** the view's own test hooks (the root's in the v1 single view) */
  protected readonly viewHooks: DOMStringMap;

  constructor(
    protected readonly host: ViewHost,
    protected readonly spec: ViewSpec,
    makeRig: RigFactory<R>,
  ) {
    this.id = spec.id;
    const standalone = spec.node === null;
    this.viewHooks = standalone ? host.hooks : this.el.dataset;
    if (standalone) host.hooks.view = this.id;
    this.labels = new LabelOverlay(div("rrnb-labels", this.el));
    this.errorEl = div("rrnb-error", this.el);
    this.errorEl.style.display = "none";
    const tooltip = new Tooltip();
    this.el.appendChild(tooltip.root);
    this.viewport = new Viewport(
      this.el,
      this.viewHooks,
      { drawn: () => this.labels.update(this.data.graph, this.viewport.rig.camera, this.viewport.ctx.resolution), cameraEnd: () => this.saveCamera() },
      makeRig,
    );
    // what the browser's WebGL is (the same for every view) is also told on the widget's root
    for (const k of ["antialias", "glRenderer", "spritePoints"]) {
      const v = this.viewHooks[k];
      if (v !== undefined) host.hooks[k] = v;
    }
    const space = spec.node ? spec.node.id : null;
    const sceneHost = { cursor: host.cursor, send: (m: unknown) => this.model.send(m), loop: () => !!this.model.get("loop") };
    this.data = new SceneData(this.id, this.viewport.ctx, sceneHost, {
      applied: (s) => this.fitOnce(s),
      draw: (finish) => this.viewport.draw(finish),
      drawn: (stats) => this.drawn(stats),
      error: (m) => this.showError(m),
      window: () => bump(host.hooks, "windows"),
      stopPlaying: () => host.stopPlaying(),
    }, space);
    this.viewport.scene.add(this.data.graph.root);
    // video frames the browser cannot decode come from the kernel; a decoded frame redraws the view
    attachVideoLink(this.viewport.ctx, (m) => this.model.send(m), this.id, () => this.viewport.requestDraw(), () => host.cursor);
    this.data.graph.setHidden(host.cursor.hidden);
    this.hover = new Hover(this.viewport.canvas, tooltip, (x, y) => this.hoverLines(x, y));
    const cv = this.viewport.canvas;
    cv.addEventListener("dblclick", this.onDbl);
    cv.addEventListener("pointerdown", this.onDown);
    cv.addEventListener("pointerup", this.onUp);
    this.ro = new ResizeObserver(() => this.resize());
    this.ro.observe(this.el);
  }

  protected get model(): AnyModel {
    return this.host.events.model;
  }

  private drawn(stats: Record<string, number>): void {
    const hooks = this.host.hooks;
    bump(hooks, "frames");
    hooks.lastQuery = JSON.stringify(stats);
    if (this.viewHooks !== hooks) {
      bump(this.viewHooks, "frames");
      this.viewHooks.lastQuery = hooks.lastQuery;
    }
  }

  // ---- size

  protected resize(): void {
    const w = Math.max(1, Math.floor(this.el.clientWidth || Number(this.model.get("width")) || 640));
    const h = Math.max(1, Math.floor(this.el.clientHeight || Number(this.model.get("height")) || 480));
    if (!this.viewport.setSize(w, h)) return;
    this.host.resized();
    this.viewport.draw();
  }

  // ---- camera (the subclass's)

  /** First data: frame it (once), unless a kept camera is restored. */
  protected abstract fitOnce(state: SceneState): void;
  protected abstract saveCamera(): void;
  /** Double-click: back to the fitted camera. */
  protected abstract resetCamera(): void;
  /** The ray under the canvas pixel (x, y) and the world size of one pixel per unit of distance along it. */
  protected abstract ray(x: number, y: number, ray: THREE.Raycaster): number;

  private readonly onDbl = (): void => {
    this.resetCamera();
    this.viewport.draw();
    this.saveCamera();
  };

  // ---- hover and selection

  private readonly raycaster = new THREE.Raycaster();

  protected pick(x: number, y: number): EntityPick | null {
    const pxPerUnit = this.ray(x, y, this.raycaster);
    this.viewport.scene.updateMatrixWorld();
    return this.data.graph.pick(this.raycaster.ray, pxPerUnit, this.data.state);
  }

  private hoverLines(x: number, y: number): string[] | null {
    const hit = this.pick(x, y);
    if (!hit) return null;
    const lines = [hit.path, `#${hit.index}`, `(${hit.position.map(fmtNum).join(", ")})`];
    if (hit.label !== null) lines.push(hit.label);
    return lines;
  }

  private readonly onDown = (e: PointerEvent): void => {
    this.press = e.button === 0 ? { x: e.clientX, y: e.clientY } : null;
  };

  private readonly onUp = (e: PointerEvent): void => {
    const p = this.press;
    this.press = null;
    if (!p || Math.hypot(e.clientX - p.x, e.clientY - p.y) > CLICK_SLOP) return;
    const r = this.viewport.canvas.getBoundingClientRect();
    const hit = this.pick(e.clientX - r.left, e.clientY - r.top);
    if (hit) this.host.select(hit.path, hit.index);
  };

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
    if (videoReply(this.viewport.ctx, content, buffers)) return;
    this.data.onMessage(content, buffers);
  }

  setHidden(hidden: readonly string[]): void {
    this.data.graph.setHidden([...hidden]);
    this.viewport.requestDraw();
    this.data.refresh();
  }

  dispose(release = true): void {
    this.ro.disconnect();
    this.hover.dispose();
    const cv = this.viewport.canvas;
    cv.removeEventListener("dblclick", this.onDbl);
    cv.removeEventListener("pointerdown", this.onDown);
    cv.removeEventListener("pointerup", this.onUp);
    if (release) {
      try {
        this.model.send({ type: "release", view: this.id });
      } catch {
        // the comm may already be closed
      }
    }
    this.data.dispose();
    this.viewport.dispose();
    this.el.remove();
  }
}

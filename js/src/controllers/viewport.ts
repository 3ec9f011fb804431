// The three.js viewport: renderer, scene, lights, orbit camera, render on demand (at most one per animation
// frame when requested), and the GPU-side test hooks (data-gl-memory, data-points).
import * as THREE from "three";
import { CameraRig } from "../camera";
import { glRendererName, softwareWebGL } from "../glinfo";
import { makeCtx, type RenderCtx } from "../visuals/visual";

const BACKGROUND = 0x1b1b1f;

export interface ViewportEvents {
  /** after each render (the label overlay follows the camera) */
  drawn(): void;
  /** the user moved the camera */
  cameraEnd(): void;
}

/** A camera and its pointer controls (orbit for 3D, pan/zoom for 2D). */
export interface Rig {
  readonly camera: THREE.Camera;
  /** the drawing size in CSS px */
  setSize(w: number, h: number): void;
  dispose(): void;
}

export type RigFactory<R extends Rig> = (dom: HTMLElement, onChange: () => void, onEnd: () => void) => R;

export const orbitRig: RigFactory<CameraRig> = (dom, onChange, onEnd) => new CameraRig(dom, onChange, onEnd);

export class Viewport<R extends Rig = CameraRig> {
  readonly renderer: THREE.WebGLRenderer;
  readonly scene = new THREE.Scene();
  readonly rig: R;
  readonly ctx: RenderCtx = makeCtx();
  private queued = 0;
  private disposed = false;
  private glMemory = "";
  private drawnPoints = -1;

  constructor(
    parent: HTMLElement,
    private readonly hooks: DOMStringMap,
    private readonly ev: ViewportEvents,
    makeRig: RigFactory<R>,
  ) {
    // preserveDrawingBuffer: element screenshots (tests, the saved picture) read the canvas between frames
    const antialias = !softwareWebGL();
    const renderer = (this.renderer = new THREE.WebGLRenderer({ antialias, preserveDrawingBuffer: true }));
    renderer.outputColorSpace = THREE.LinearSRGBColorSpace; // colours are passed through as logged (sRGB bytes)
    renderer.setPixelRatio(window.devicePixelRatio || 1);
    // raw sRGB values (the output is not colour-converted): a hex would be taken as sRGB and linearised
    const bg = new THREE.Color().setRGB(((BACKGROUND >> 16) & 255) / 255, ((BACKGROUND >> 8) & 255) / 255, (BACKGROUND & 255) / 255, THREE.LinearSRGBColorSpace);
    renderer.setClearColor(bg, 1);
    this.canvas.className = "rrnb-canvas";
    parent.prepend(this.canvas);
    hooks.glRenderer = glRendererName(renderer.getContext());
    hooks.antialias = String(antialias);

    this.ctx.spritePoints = !antialias; // a CPU rasteriser: instanced draws cost per instance there
    const gl = renderer.getContext();
    const psr = gl.getParameter(gl.ALIASED_POINT_SIZE_RANGE) as Float32Array | null;
    this.ctx.maxPointSize = psr && psr[1] ? psr[1] : 64;
    hooks.spritePoints = String(this.ctx.spritePoints);

    this.rig = makeRig(this.canvas, () => this.requestDraw(), () => ev.cameraEnd());
    this.scene.add(this.rig.camera);
    this.scene.add(new THREE.AmbientLight(0xffffff, 1.6));
    const sun = new THREE.DirectionalLight(0xffffff, 2.2);
    sun.position.set(0.4, 1, 0.3);
    this.rig.camera.add(sun);
  }

  get canvas(): HTMLCanvasElement {
    return this.renderer.domElement;
  }

  /** The drawing size in CSS px; false when it was that already. */
  setSize(w: number, h: number): boolean {
    const cur = this.renderer.getSize(new THREE.Vector2());
    if (cur.x === w && cur.y === h) return false;
    this.renderer.setSize(w, h);
    this.ctx.resolution.set(w, h);
    this.ctx.viewportHeight.value = h;
    this.rig.setSize(w, h);
    return true;
  }

  draw(finish = false): void {
    if (this.disposed) return;
    this.renderer.render(this.scene, this.rig.camera);
    this.ev.drawn();
    this.writeHooks();
    if (finish) this.renderer.getContext().finish();
  }

  requestDraw(): void {
    if (this.queued || this.disposed) return;
    this.queued = requestAnimationFrame(() => {
      this.queued = 0;
      this.draw();
    });
  }

  /** three's live GPU objects (leaks) and the point instances just drawn (did every point reach the GPU?). */
  private writeHooks(): void {
    const m = this.renderer.info.memory;
    const gm = `{"geometries":${m.geometries},"textures":${m.textures}}`;
    if (gm !== this.glMemory) this.hooks.glMemory = this.glMemory = gm;
    let pts = 0;
    this.scene.traverseVisible((o) => {
      if (o.name !== "points") return;
      const g = (o as THREE.Mesh).geometry;
      pts += g instanceof THREE.InstancedBufferGeometry ? g.instanceCount : (g.getAttribute("position")?.count ?? 0);
    });
    if (pts !== this.drawnPoints) this.hooks.points = String((this.drawnPoints = pts));
  }

  dispose(): void {
    this.disposed = true;
    if (this.queued) cancelAnimationFrame(this.queued);
    this.rig.dispose();
    this.scene.clear();
    this.renderer.dispose();
    this.renderer.forceContextLoss();
  }
}

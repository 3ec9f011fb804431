// AssetVideo + VideoFrameReference: the video's frame at the reference's timestamp, as a picture in the entity's
// pixel plane (the image quad: 2D views, and a pinhole's image plane in 3D).
//
// The AssetVideo visual only registers its blob (per render context, by entity path): the blob is a component like
// any other, so it travels once per row id. The VideoFrameReference visual (of the same entity, or of the one its
// `video_reference` names) asks that video's player (video_player.ts: an HTMLVideoElement seeked on demand) for the
// frame, and copies it into its canvas texture; a new timestamp refills it in place. When the browser cannot play
// the video, the kernel decodes the frame (video_link.ts) and the picture says so on screen; when no one can, the
// picture says why. Never a silent nothing.
import * as THREE from "three";
import { normPath } from "../protocol";
import { DEFAULT_ORDER, quadMaterial, quadVisual, redrawer, unitQuad } from "./image_quad";
import { registerVisual, type Components } from "./registry";
import { firstBlob } from "./shape_helpers";
import { redrawView, requestKernelFrame, type FrameReply } from "./video_link";
import { VideoPlayer } from "./video_player";
import type { RenderCtx, Visual } from "./visual";

/** A registered video: its bytes and, once a frame was asked for, its player. */
interface Source {
  bytes: Uint8Array;
  type: string;
  player: VideoPlayer | null;
}

/** Per render context: entity path → video; and who waits for which path. */
interface Registry {
  sources: Map<string, Source>;
  waiting: Map<string, Set<() => void>>;
}

const registries = new WeakMap<RenderCtx, Registry>();

function registryOf(ctx: RenderCtx): Registry {
  let r = registries.get(ctx);
  if (!r) registries.set(ctx, (r = { sources: new Map(), waiting: new Map() }));
  return r;
}

function notify(r: Registry, path: string): void {
  for (const f of [...(r.waiting.get(path) ?? [])]) f();
}

function last(c: Components, field: string): number | null {
  const n = c.num(field);
  return n && n.data.length ? Number(n.data[n.data.length - 1]) : null;
}

function buildAsset(c: Components, ctx: RenderCtx): Visual | null {
  const bytes = firstBlob(c.num("blob"));
  if (!bytes || bytes.length === 0) return null;
  const path = normPath(c.path);
  const r = registryOf(ctx);
  const src: Source = { bytes, type: c.texts("media_type")?.[0] ?? "", player: null };
  const old = r.sources.get(path);
  r.sources.set(path, src);
  old?.player?.dispose();
  notify(r, path);
  const object = new THREE.Group();
  object.name = "video_source";
  return {
    object,
    dispose() {
      if (r.sources.get(path) === src) {
        r.sources.delete(path);
        notify(r, path);
      }
      src.player?.dispose();
      object.removeFromParent();
    },
  };
}

/** What a frame reference visual holds between refills. */
interface FrameState {
  ref: string;
  /** draw order and opacity: a change rebuilds the visual */
  look: string;
  timestamp: number;
  setTimestamp(ns: number): void;
}

const states = new WeakMap<Visual, FrameState>();

function refOf(c: Components): string {
  const ref = c.texts("video_reference")?.[0];
  return normPath(ref && ref.length ? ref : c.path);
}

function buildFrame(c: Components, ctx: RenderCtx): Visual | null {
  const ts = last(c, "timestamp");
  if (ts === null) return null;
  const ref = refOf(c);
  const order = last(c, "draw_order") ?? DEFAULT_ORDER["Image"] ?? -10;
  const opacity = Math.max(0, Math.min(1, last(c, "opacity") ?? 1));
  const placeholder = new THREE.DataTexture(new Uint8Array(4), 1, 1);
  placeholder.needsUpdate = true;
  const mesh = new THREE.Mesh(unitQuad(), quadMaterial(placeholder, 0, order, true));
  mesh.renderOrder = order;
  mesh.name = "video";
  const size: [number, number] = [1, 1];
  const group = new THREE.Group();
  group.add(mesh);
  const inner = quadVisual(mesh, () => size, placeholder);
  const quadRedraw = redrawer(mesh);
  const redraw = (): void => {
    if (!redrawView(ctx)) quadRedraw();
  };
  const r = registryOf(ctx);
  let canvas: HTMLCanvasElement | null = null;
  let tex: THREE.CanvasTexture | null = null;
  let note: string | null = null;
  let gone = false;

  const visual: Visual = {
    object: group,
    pick: inner.pick,
    dispose() {
      gone = true;
      r.waiting.get(ref)?.delete(show);
      tex?.dispose();
      inner.dispose();
      group.removeFromParent();
    },
  };
  const say = (text: string | null): void => {
    if (text === note) return;
    note = text;
    visual.labelAnchors = text ? { positions: new Float32Array([0, 0, 0]), labels: [text.slice(0, 160)] } : undefined;
    redraw();
  };

  /** Put a w x h picture on the quad: `paint` draws it into the canvas. */
  const picture = (w: number, h: number, paint: (g: CanvasRenderingContext2D) => void): void => {
    if (gone) return;
    if (!canvas) canvas = document.createElement("canvas");
    if (canvas.width !== w || canvas.height !== h || !tex) {
      canvas.width = w;
      canvas.height = h;
      tex?.dispose();
      tex = new THREE.CanvasTexture(canvas);
      tex.flipY = false;
      (mesh.material as THREE.Material).dispose();
      mesh.material = quadMaterial(tex, opacity, order, opacity < 1);
    }
    paint(canvas.getContext("2d")!);
    // the time of the last frame put on a texture (one mark kept): bench/bench_video.py times cursor move → frame
    performance.clearMarks("rrnb:video-frame");
    performance.mark("rrnb:video-frame");
    tex.needsUpdate = true;
    mesh.scale.set((size[0] = w), (size[1] = h), 1);
    redraw();
  };

  let painted = 0; // frames from the kernel decode in turn, but a JPEG's decode may settle after a newer one's
  const fromKernel = (why: string): void => {
    const asked = requestKernelFrame(ctx, ref, state.timestamp, (rep: FrameReply) => {
      const src = r.sources.get(ref);
      if (gone || (src && src.player?.failed === null)) return; // the browser plays it (now): its frames win
      if ("error" in rep) return say(`video not shown: ${rep.error}`);
      const { width, height, rgba, jpeg } = rep.frame;
      const seq = ++painted;
      const done = (): void => say(`video decoded in the kernel: ${why}`);
      if (rgba) {
        const px = new ImageData(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.byteLength).slice(), width, height);
        picture(width, height, (g) => g.putImageData(px, 0, 0));
        return done();
      }
      createImageBitmap(new Blob([jpeg!.slice()], { type: "image/jpeg" })).then(
        (bmp) => {
          if (seq === painted) picture(width, height, (g) => g.drawImage(bmp, 0, 0));
          bmp.close();
          done();
        },
        () => say("video not shown: the kernel's JPEG frame did not decode"),
      );
    });
    if (!asked) say(`video not shown: ${why}`);
  };

  function show(): void {
    if (gone) return;
    const src = r.sources.get(ref);
    if (!src) {
      // its AssetVideo may come later in this same update; else it is not in this view: the kernel has it
      queueMicrotask(() => {
        if (!gone && !r.sources.has(ref)) fromKernel(`no AssetVideo at '${ref}' in this view`);
      });
      return;
    }
    if (typeof document === "undefined") return; // no DOM (unit tests): nothing to decode with
    if (!src.player) src.player = new VideoPlayer(src.bytes, src.type, () => notify(r, ref));
    const p = src.player;
    if (p.failed !== null) return fromKernel(p.failed);
    p.frameAt(state.timestamp, (el) => {
      if (note) say(null);
      picture(p.width, p.height, (g) => g.drawImage(el, 0, 0));
    });
  }

  const state: FrameState = {
    ref,
    look: lookOf(c),
    timestamp: ts,
    setTimestamp(ns) {
      state.timestamp = ns;
      show();
    },
  };
  states.set(visual, state);
  let w = r.waiting.get(ref);
  if (!w) r.waiting.set(ref, (w = new Set()));
  w.add(show);
  show();
  return visual;
}

function lookOf(c: Components): string {
  return `${last(c, "opacity")}/${last(c, "draw_order")}`;
}

function refillFrame(old: Visual, c: Components): boolean {
  const s = states.get(old);
  const ts = last(c, "timestamp");
  if (!s || ts === null || refOf(c) !== s.ref || lookOf(c) !== s.look) return false;
  if (ts !== s.timestamp) s.setTimestamp(ts);
  return true;
}

registerVisual({ archetypes: ["AssetVideo"], build: buildAsset });
registerVisual({ archetypes: ["VideoFrameReference"], build: buildFrame, refill: refillFrame });

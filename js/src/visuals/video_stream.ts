// VideoStream: the frame of the last sample at or before the view's cursor, as a picture in the entity's pixel plane
// (the image quad: 2D views, a pinhole's image plane in 3D). The samples never travel to the page: the kernel
// decodes the frame from the key frame before it (video_link.ts `requestStreamFrame`, docs/protocol.md
// "video_frame") and the picture refills in place when the latest-at sample changes. An error names the entity path
// and field on the picture.
import * as THREE from "three";
import { DEFAULT_ORDER, quadMaterial, quadVisual, redrawer, unitQuad } from "./image_quad";
import { registerVisual, type Components } from "./registry";
import { redrawView, requestStreamFrame, type FrameReply } from "./video_link";
import type { RenderCtx, Visual } from "./visual";

function last(c: Components, field: string): number | null {
  const n = c.num(field);
  return n && n.data.length ? Number(n.data[n.data.length - 1]) : null;
}

/** The look (draw order, opacity) a refill keeps, and how to ask for the frame again. */
const refetch = new WeakMap<Visual, { look: string; fetch: () => void }>();

function lookOf(c: Components): string {
  return `${last(c, "opacity")}/${last(c, "draw_order")}`;
}

function build(c: Components, ctx: RenderCtx): Visual | null {
  const order = last(c, "draw_order") ?? DEFAULT_ORDER["Image"] ?? -10;
  const opacity = Math.max(0, Math.min(1, last(c, "opacity") ?? 1));
  const placeholder = new THREE.DataTexture(new Uint8Array(4), 1, 1);
  placeholder.needsUpdate = true;
  const mesh = new THREE.Mesh(unitQuad(), quadMaterial(placeholder, 0, order, true));
  mesh.renderOrder = order;
  mesh.name = "video_stream";
  const size: [number, number] = [1, 1];
  const inner = quadVisual(mesh, () => size, placeholder);
  const quadRedraw = redrawer(mesh);
  const redraw = (): void => {
    if (!redrawView(ctx)) quadRedraw();
  };
  let tex: THREE.DataTexture | null = null;
  let gone = false;
  const visual: Visual = {
    object: mesh,
    pick: inner.pick,
    dispose() {
      gone = true;
      tex?.dispose();
      inner.dispose();
    },
  };
  const say = (text: string | null): void => {
    visual.labelAnchors = text ? { positions: new Float32Array([0, 0, 0]), labels: [text.slice(0, 160)] } : undefined;
    redraw();
  };
  const paint = (px: Uint8Array, w: number, h: number): void => {
    if (!tex || tex.image.width !== w || tex.image.height !== h) {
      tex?.dispose();
      tex = new THREE.DataTexture(new Uint8Array(w * h * 4), w, h);
      tex.flipY = false;
      (mesh.material as THREE.Material).dispose();
      mesh.material = quadMaterial(tex, opacity, order, opacity < 1);
    }
    (tex.image.data as Uint8Array).set(px);
    tex.needsUpdate = true;
    mesh.scale.set((size[0] = w), (size[1] = h), 1);
    if (visual.labelAnchors) say(null);
    else redraw();
  };
  let painted = 0; // a JPEG's decode may settle after a newer frame's
  const onReply = (rep: FrameReply): void => {
    if (gone) return;
    if ("error" in rep) return say(`video not shown: ${rep.error}`);
    const { width, height, rgba, jpeg } = rep.frame;
    const seq = ++painted;
    if (rgba) return paint(rgba, width, height);
    createImageBitmap(new Blob([jpeg!.slice()], { type: "image/jpeg" })).then(
      (bmp) => {
        if (seq === painted && !gone) paint(pixelsOf(bmp, width, height), width, height);
        bmp.close();
      },
      () => say("video not shown: the kernel's JPEG frame did not decode"),
    );
  };
  const fetch = (): void => {
    if (!requestStreamFrame(ctx, c.path, onReply)) say("video not shown: no line to the kernel in this view");
  };
  refetch.set(visual, { look: lookOf(c), fetch });
  fetch();
  return visual;
}

function pixelsOf(bmp: ImageBitmap, w: number, h: number): Uint8Array {
  const canvas = document.createElement("canvas");
  canvas.width = w;
  canvas.height = h;
  const g = canvas.getContext("2d")!;
  g.drawImage(bmp, 0, 0);
  const d = g.getImageData(0, 0, w, h).data;
  return new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
}

/** A new latest-at sample with the same look: ask for the frame at the cursor, keep the picture until it comes. */
function refill(old: Visual, c: Components): boolean {
  const s = refetch.get(old);
  if (!s || s.look !== lookOf(c)) return false;
  s.fetch();
  return true;
}

registerVisual({ archetypes: ["VideoStream"], build, refill });

// The video visuals' line to the kernel, for frames the browser cannot decode (docs/protocol.md "video_frame"):
// a spatial view attaches one to its render context; a visual asks for the frame of (entity, timestamp); one
// request per video in flight, the newest pending one wins, replies matched by id.
import { typedView, type RawBuffer } from "../protocol";
import { Requester } from "../requests";
import type { RenderCtx } from "./visual";

export interface KernelFrame {
  width: number;
  height: number;
  /** presentation timestamp (ns) of the frame decoded */
  pts: number;
  /** RGBA8 pixels, or the frame as JPEG bytes (`codec: "jpeg"`) */
  rgba: Uint8Array | null;
  jpeg: Uint8Array | null;
}

export type FrameReply = { frame: KernelFrame } | { error: string };

interface Target {
  path: string;
  timestamp: number;
  done: (r: FrameReply) => void;
  /** a VideoStream's frame: at the cursor (timeline, time) rather than at a video timestamp */
  stream?: boolean;
}

/** Where the view's cursor is: a VideoStream's frame is asked for at it. */
export type CursorAt = () => { timeline: string; time: number };

class VideoLink {
  /** one requester per video (entity path); each request gets a page-wide id, mapped back to its requester's own */
  private readonly reqs = new Map<string, Requester<Target>>();
  private readonly ids = new Map<number, [Requester<Target>, number]>();
  /** far above the scene queries' ids of the same view, so an error reply is never taken for the other's */
  private static nextId = 2 ** 40;

  constructor(
    private readonly send: (m: unknown) => void,
    private readonly view: string,
    /** draw the view again (labels included): a frame or a note came in after the last draw */
    readonly redraw: () => void,
    private readonly cursor: CursorAt = () => ({ timeline: "", time: 0 }),
  ) {}

  request(path: string, timestamp: number, done: (r: FrameReply) => void, stream = false): void {
    let r = this.reqs.get(path);
    if (!r) {
      const req: Requester<Target> = new Requester<Target>((local, t) => {
        const id = VideoLink.nextId++;
        this.ids.set(id, [req, local]);
        const base = { type: "video_frame", id, view: this.view, path: t.path };
        const c = this.cursor();
        this.send(t.stream ? { ...base, timeline: c.timeline || null, time: c.time } : { ...base, timestamp: t.timestamp });
      });
      this.reqs.set(path, (r = req));
    }
    r.request({ path, timestamp, done, stream });
  }

  /** A `video_frame` reply (or an error naming one of our ids): true when it was ours. */
  onMessage(content: unknown, buffers: readonly RawBuffer[]): boolean {
    const m = content as { type?: unknown; id?: unknown; view?: unknown; message?: unknown } | null;
    if (!m || (m.type !== "video_frame" && m.type !== "error") || m.view !== this.view) return false;
    const mine = typeof m.id === "number" ? this.ids.get(m.id) : undefined;
    if (!mine) return false;
    this.ids.delete(m.id as number);
    const t = mine[0].settle(mine[1]);
    if (t) t.done(m.type === "error" ? { error: String(m.message) } : parseFrame(m as Record<string, unknown>, buffers));
    return true;
  }
}

function parseFrame(m: Record<string, unknown>, buffers: readonly RawBuffer[]): FrameReply {
  if (typeof m.error === "string") return { error: m.error };
  const w = Number(m.width), h = Number(m.height), b = buffers[0];
  const jpeg = m.codec === "jpeg";
  if (!(w > 0 && h > 0) || !b || (!jpeg && b.byteLength !== w * h * 4)) return { error: "malformed video_frame reply" };
  const bytes = typedView(b, "uint8") as Uint8Array;
  return { frame: { width: w, height: h, pts: Number(m.pts), rgba: jpeg ? null : bytes, jpeg: jpeg ? bytes : null } };
}

const links = new WeakMap<RenderCtx, VideoLink>();

/** Give the video visuals of `ctx` a way to ask the kernel for frames and to redraw their view (a spatial view
 * does, once). */
export function attachVideoLink(ctx: RenderCtx, send: (m: unknown) => void, view: string, redraw: () => void, cursor?: CursorAt): void {
  links.set(ctx, new VideoLink(send, view, redraw, cursor));
}

/** Draw `ctx`'s view again; false when it has no link (then the caller redraws what it can). */
export function redrawView(ctx: RenderCtx): boolean {
  const l = links.get(ctx);
  l?.redraw();
  return !!l;
}

/** Hand a message from the kernel to `ctx`'s video link: true when it was a reply to one of its requests. */
export function videoReply(ctx: RenderCtx, content: unknown, buffers: readonly RawBuffer[]): boolean {
  return links.get(ctx)?.onMessage(content, buffers) ?? false;
}

/** Ask the kernel for the frame of the video at `path` shown at `timestamp` (ns); false when `ctx` has no link. */
export function requestKernelFrame(ctx: RenderCtx, path: string, timestamp: number, done: (r: FrameReply) => void): boolean {
  const l = links.get(ctx);
  if (!l) return false;
  l.request(path, timestamp, done);
  return true;
}

/** Ask the kernel for the frame of the VideoStream at `path` at the view's cursor; false when `ctx` has no link. */
export function requestStreamFrame(ctx: RenderCtx, path: string, done: (r: FrameReply) => void): boolean {
  const l = links.get(ctx);
  if (!l) return false;
  l.request(path, 0, done, true);
  return true;
}

// Images that travel compressed (docs/protocol.md "Image transport"): a component descriptor with `codec: "jpeg"`
// names a buffer of JPEG bytes. Before the reply is applied they are decoded (createImageBitmap: off the main
// thread in Chromium) to the raw channel bytes of the descriptor's shape, and the descriptor loses its codec: the
// visuals see the logged layout (grey or RGB, row-major) whatever travelled. Replies without a codec pass as they are.
import { ProtocolError, type BufDesc, type CompDesc, type EntityMsg, type RawBuffer } from "./protocol";

interface WithEntities {
  entities?: EntityMsg[];
}

/** The descriptors of `msgs` whose buffers travel compressed. */
export function codedDescs(msgs: readonly WithEntities[]): BufDesc[] {
  const out: BufDesc[] = [];
  for (const m of msgs) {
    for (const e of m.entities ?? []) {
      for (const d of Object.values(e.comps ?? {}) as CompDesc[]) if (d && "buf" in d && d.codec) out.push(d);
    }
  }
  return out;
}

function bytesOf(b: RawBuffer | undefined): Uint8Array {
  if (!b) throw new ProtocolError("compressed image: buffer index out of range");
  return b instanceof ArrayBuffer ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

let canvas: OffscreenCanvas | null = null;

/** RGBA8 of a decoded picture, drawn 1:1 on one reused canvas. */
function rgbaOf(bmp: ImageBitmap): Uint8ClampedArray {
  const { width: w, height: h } = bmp;
  if (!canvas || canvas.width < w || canvas.height < h) canvas = new OffscreenCanvas(w, h);
  const g = canvas.getContext("2d", { willReadFrequently: true });
  if (!g) throw new ProtocolError("compressed image: no 2D canvas to decode into");
  g.clearRect(0, 0, w, h);
  g.drawImage(bmp, 0, 0);
  return g.getImageData(0, 0, w, h).data;
}

/** The JPEG `bytes` as `channels` (1 or 3) bytes per pixel, `n` in all. */
export async function decodeJpeg(bytes: Uint8Array, n: number, channels: number): Promise<Uint8Array> {
  const opts: ImageBitmapOptions = { colorSpaceConversion: "none", premultiplyAlpha: "none" };
  const bmp = await createImageBitmap(new Blob([bytes.slice()], { type: "image/jpeg" }), opts);
  const px = bmp.width * bmp.height;
  if (px * channels !== n || (channels !== 1 && channels !== 3)) {
    bmp.close();
    throw new ProtocolError(`compressed image: ${bmp.width}x${bmp.height}x${channels} is not ${n} bytes`);
  }
  const rgba = rgbaOf(bmp);
  bmp.close();
  const out = new Uint8Array(n);
  for (let i = 0, o = 0; i < px; i++, o += channels) {
    out[o] = rgba[4 * i]!;
    if (channels === 3) {
      out[o + 1] = rgba[4 * i + 1]!;
      out[o + 2] = rgba[4 * i + 2]!;
    }
  }
  return out;
}

/**
 * Decode every compressed buffer `msgs` name (in parallel) and return the buffer list with the raw bytes in their
 * place; the descriptors lose their codec. Rejects (ProtocolError) when a buffer does not decode to its shape.
 */
export async function decodeImages(msgs: readonly WithEntities[], buffers: readonly RawBuffer[]): Promise<RawBuffer[]> {
  const out = buffers.slice();
  await decodeInto(msgs, out);
  return out;
}

/** As decodeImages, the raw bytes written into `out` (each in its own slot: the other slots may be in use). */
export async function decodeInto(msgs: readonly WithEntities[], out: RawBuffer[]): Promise<void> {
  const descs = codedDescs(msgs);
  const buffers = out.slice();
  await Promise.all(
    descs.map(async (d) => {
      if (d.codec !== "jpeg") throw new ProtocolError(`unknown image codec ${JSON.stringify(d.codec)}`);
      out[d.buf] = await decodeJpeg(bytesOf(buffers[d.buf]), Number(d.shape[0]), Number(d.channels ?? 3));
    }),
  );
  for (const d of descs) {
    delete d.codec;
    delete d.channels;
  }
}

// Reassembles replies the kernel split into `part` messages (docs/protocol.md): the slices are copied, in
// order, into one buffer; part 0 carries the reply and the sizes of its buffers. Pure (no DOM).
import { ProtocolError, type PartMsg, type RawBuffer } from "./protocol";

export interface Assembled {
  content: unknown;
  buffers: DataView[];
}

function bytes(b: RawBuffer): Uint8Array {
  if (b instanceof ArrayBuffer) return new Uint8Array(b);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

export class PartAssembler {
  private cur: { id: number; view: string; next: number; parts: number; buf: Uint8Array; off: number; reply: unknown; sizes: number[] } | null = null;

  /** Feed one part; returns the whole reply once its last part came, else null. Throws on a malformed part. */
  add(msg: PartMsg, buffers: readonly RawBuffer[]): Assembled | null {
    if (msg.part === 0) {
      const sizes = Array.isArray(msg.sizes) ? msg.sizes.map(Number) : [];
      const total = sizes.reduce((a, b) => a + b, 0);
      if (!Number.isInteger(msg.nbytes) || total !== msg.nbytes || !msg.reply) throw new ProtocolError("part 0 without a reply or with sizes that do not add up");
      this.cur = { id: msg.id, view: msg.view, next: 0, parts: msg.parts, buf: new Uint8Array(total), off: 0, reply: msg.reply, sizes };
    }
    const c = this.cur;
    if (!c || c.id !== msg.id || c.view !== msg.view || c.next !== msg.part) {
      this.cur = null; // a part went missing (or belongs to a reply we gave up on)
      return null;
    }
    const b = buffers[0] ? bytes(buffers[0]) : new Uint8Array(0);
    if (c.off + b.length > c.buf.length) {
      this.cur = null;
      throw new ProtocolError("parts hold more bytes than announced");
    }
    c.buf.set(b, c.off);
    c.off += b.length;
    c.next++;
    if (c.next < c.parts) return null;
    this.cur = null;
    if (c.off !== c.buf.length) throw new ProtocolError("parts hold fewer bytes than announced");
    const out: DataView[] = [];
    let o = 0;
    for (const n of c.sizes) {
      out.push(new DataView(c.buf.buffer, o, n));
      o += n;
    }
    return { content: c.reply, buffers: out };
  }

  get pending(): boolean {
    return this.cur !== null;
  }
}

// The text log's rows as the browser holds them (docs/protocol.md "Text log: text_log"): a few chunks of rows
// fetched by offset, the total after the level filter, the cursor entry's index, the levels seen. Which rows the
// scroll position needs that are not here, and forgetting chunks far from it (memory stays bounded). Pure.
import type { RGBA } from "./protocol";

export interface LogRow {
  time: number;
  path: string;
  level: string;
  text: string;
  color: RGBA | null;
}

interface Chunk {
  offset: number;
  rows: LogRow[];
  used: number;
}

type Obj = Record<string, unknown>;

function row(r: unknown): LogRow {
  const o = (r ?? {}) as Obj;
  const c = o["color"];
  const v = Array.isArray(c) && c.length >= 3 ? c.map((x) => Math.max(0, Math.min(255, Number(x) || 0))) : null;
  const color: RGBA | null = v ? [v[0]!, v[1]!, v[2]!, v[3] ?? 255] : null;
  return { time: Number(o["time"]), path: String(o["path"] ?? ""), level: String(o["level"] ?? ""), text: String(o["text"] ?? ""), color };
}

export class LogPages {
  total = 0;
  cursor = -1;
  levels: string[] = [];
  private chunks: Chunk[] = [];
  private tick = 0;

  constructor(
    readonly pageSize = 100,
    /** chunks kept at most (least recently used dropped) */
    readonly maxChunks = 8,
  ) {}

  /** Rows held (for the memory bound). */
  get held(): number {
    return this.chunks.reduce((n, c) => n + c.rows.length, 0);
  }

  /** Store a reply; a changed total (new data, another filter) drops the rows held before. */
  put(msg: Obj): void {
    const total = Math.max(0, Math.floor(Number(msg["total"]) || 0));
    if (total !== this.total) this.chunks = [];
    this.total = total;
    const cur = Number(msg["cursor"]);
    this.cursor = Number.isInteger(cur) ? cur : -1;
    if (Array.isArray(msg["levels"])) this.levels = msg["levels"].map(String);
    const offset = Math.max(0, Math.floor(Number(msg["offset"]) || 0));
    const rows = Array.isArray(msg["rows"]) ? msg["rows"].map(row) : [];
    this.chunks = this.chunks.filter((c) => c.offset + c.rows.length <= offset || c.offset >= offset + rows.length);
    this.chunks.push({ offset, rows, used: ++this.tick });
    if (this.chunks.length > this.maxChunks) {
      this.chunks.sort((a, b) => b.used - a.used);
      this.chunks.length = this.maxChunks;
    }
  }

  /** Row `i`, or undefined when it is not held. */
  row(i: number): LogRow | undefined {
    for (const c of this.chunks) {
      if (i >= c.offset && i < c.offset + c.rows.length) {
        c.used = ++this.tick;
        return c.rows[i - c.offset];
      }
    }
    return undefined;
  }

  /** The offset to fetch (a page) so that rows [first, last] are all held, or null when they are. */
  missing(first: number, last: number): number | null {
    const lo = Math.max(0, first);
    const hi = Math.min(this.total - 1, last);
    for (let i = lo; i <= hi; i++) {
      if (this.row(i) === undefined) return i;
    }
    return null;
  }

  clear(): void {
    this.chunks = [];
    this.total = 0;
    this.cursor = -1;
  }
}

// Message types of docs/protocol.md (v1), buffer decoding, and the client-side scene state that
// scene replies (full or delta) are applied to. Pure: no three.js, no DOM, so node can unit-test it.

export type DType = "float32" | "float64" | "uint8" | "uint16" | "uint32" | "int32" | "bool";

export type TypedArray = Float32Array | Float64Array | Uint8Array | Uint16Array | Uint32Array | Int32Array;

export interface BufDesc {
  buf: number;
  dtype: DType;
  shape: number[];
  offsets?: number;
  /** the buffer travels compressed (docs/protocol.md "Image transport"): decoded to `shape` bytes before use */
  codec?: "jpeg";
  /** channels of the decoded pixels (1: grey, 3: RGB) */
  channels?: number;
}
export interface TextDesc {
  text: string[];
}
export type CompDesc = BufDesc | TextDesc | null;

export interface EntityMsg {
  path: string;
  color?: number[];
  comps?: Record<string, CompDesc>;
}

export interface SceneMsg {
  type: "scene";
  id: number;
  view: string;
  full: boolean;
  timeline: string;
  time: number;
  bounds: number[] | null;
  transforms?: { paths: string[]; buf: number } | null;
  entities?: EntityMsg[];
  removed?: string[];
}
/** Playback frames: scene deltas, each against the one before (the first against the window's `base`). */
export interface FrameMsg extends Omit<SceneMsg, "type" | "view" | "timeline"> {
  base: number | null;
}
export interface FramesMsg {
  type: "frames";
  id: number;
  view: string;
  timeline: string;
  start: number;
  end: number;
  /** false when the window was cut at max_frames: continue after the last frame */
  complete: boolean;
  frames: FrameMsg[];
}
/** One slice of a reply too big for one message; part 0 carries the reply and the buffers' sizes. */
export interface PartMsg {
  type: "part";
  id: number;
  view: string;
  part: number;
  parts: number;
  nbytes: number;
  reply?: SceneMsg | FramesMsg;
  sizes?: number[];
}
export interface ErrorMsg {
  type: "error";
  id: number | null;
  view?: string;
  message: string;
}
export interface PongMsg {
  type: "pong";
  id: number;
}
/** A scene the kernel sent unasked (Python moved the cursor): a delta against `base`, then known as `id_as`. */
export interface PushMsg extends Omit<SceneMsg, "id"> {
  id: null;
  push: true;
  base: number | null;
  id_as: number;
}
export type KernelMsg = SceneMsg | FramesMsg | PartMsg | ErrorMsg | PongMsg;

export function isPush(m: unknown): m is PushMsg {
  const o = m as Partial<PushMsg> | null;
  return !!o && o.type === "scene" && o.push === true;
}

export interface QueryMsg {
  type: "query";
  id: number;
  view: string;
  /** the layout view id (v2); absent = the whole spatial scene (v1) */
  space?: string;
  timeline: string;
  time: number;
  base: number | null;
  /** the logged bytes of every image (no lossy transport): the refinement once the cursor rests */
  exact?: boolean;
}
/** A window of playback frames to ask for (what the player decides). */
export interface WindowRequest {
  timeline: string;
  start: number;
  end: number;
  start_exclusive: boolean;
  max_frames: number;
  min_step: number;
  /** the most bytes the frames may hold once decoded (the player's prefetch budget left) */
  max_bytes?: number;
}
export interface WindowMsg extends WindowRequest {
  type: "window";
  id: number;
  view: string;
  base: number | null;
}
export interface ReleaseMsg {
  type: "release";
  view: string;
}

/** A buffer as anywidget / ipywidgets hands it over (DataView), or any other byte container. */
export type RawBuffer = DataView | ArrayBuffer | ArrayBufferView;

/** A decoded component: numeric data (row-major, `shape[0]` instances) or inline text. */
export interface NumComp {
  kind: "num";
  data: TypedArray;
  shape: number[];
  /** For ragged components (strips): N+1 offsets into the rows of `data`. */
  offsets?: Uint32Array;
}
export interface TextComp {
  kind: "text";
  text: string[];
}
export type Comp = NumComp | TextComp;

export class ProtocolError extends Error {
  override name = "ProtocolError";
}

const CTORS = {
  float32: Float32Array,
  float64: Float64Array,
  uint8: Uint8Array,
  uint16: Uint16Array,
  uint32: Uint32Array,
  int32: Int32Array,
  bool: Uint8Array,
} as const;

function bytesOf(b: RawBuffer): { buffer: ArrayBufferLike; byteOffset: number; byteLength: number } {
  if (b instanceof ArrayBuffer) return { buffer: b, byteOffset: 0, byteLength: b.byteLength };
  if (ArrayBuffer.isView(b)) return { buffer: b.buffer, byteOffset: b.byteOffset, byteLength: b.byteLength };
  throw new ProtocolError("buffer is neither an ArrayBuffer nor a view on one");
}

function product(shape: number[]): number {
  let n = 1;
  for (const s of shape) {
    if (!Number.isInteger(s) || s < 0) throw new ProtocolError(`bad shape ${JSON.stringify(shape)}`);
    n *= s;
  }
  return n;
}

/**
 * A typed-array view of `count` elements of `dtype` over the bytes of `b`, honouring the view's byteOffset and
 * byteLength. Zero-copy when the offset is aligned to the element size; a copy otherwise (typed arrays must be).
 */
export function typedView(b: RawBuffer, dtype: DType, count?: number): TypedArray {
  const Ctor = CTORS[dtype];
  if (!Ctor) throw new ProtocolError(`unknown dtype ${JSON.stringify(dtype)}`);
  const { buffer, byteOffset, byteLength } = bytesOf(b);
  const size = Ctor.BYTES_PER_ELEMENT;
  const n = count ?? Math.floor(byteLength / size);
  if (n * size > byteLength) {
    throw new ProtocolError(`buffer holds ${byteLength} bytes, ${dtype} x ${n} needs ${n * size}`);
  }
  if (byteOffset % size === 0) return new Ctor(buffer as ArrayBuffer, byteOffset, n);
  // Unaligned: copy the bytes into a fresh, aligned buffer.
  const copy = new Uint8Array(n * size);
  copy.set(new Uint8Array(buffer as ArrayBuffer, byteOffset, n * size));
  return new Ctor(copy.buffer, 0, n);
}

function bufAt(buffers: readonly RawBuffer[], i: unknown, what: string): RawBuffer {
  if (typeof i !== "number" || !Number.isInteger(i) || i < 0 || i >= buffers.length) {
    throw new ProtocolError(`${what}: buffer index ${String(i)} out of range (${buffers.length} buffers)`);
  }
  return buffers[i]!;
}

export function decodeComp(desc: BufDesc | TextDesc, buffers: readonly RawBuffer[], what = "component"): Comp {
  if ("text" in desc) {
    if (!Array.isArray(desc.text)) throw new ProtocolError(`${what}: text is not a list`);
    return { kind: "text", text: desc.text.map((s) => String(s)) };
  }
  const shape = Array.isArray(desc.shape) ? desc.shape : [];
  const data = typedView(bufAt(buffers, desc.buf, what), desc.dtype, product(shape));
  const comp: NumComp = { kind: "num", data, shape };
  if (desc.offsets !== undefined && desc.offsets !== null) {
    const rows = shape[0] ?? 0;
    const offs = typedView(bufAt(buffers, desc.offsets, what + " offsets"), "uint32") as Uint32Array;
    for (let i = 0; i < offs.length; i++) {
      if (offs[i]! > rows || (i > 0 && offs[i]! < offs[i - 1]!)) {
        throw new ProtocolError(`${what}: offsets not sorted or beyond ${rows} rows`);
      }
    }
    comp.offsets = offs;
  }
  return comp;
}

export type RGBA = [number, number, number, number];

export interface EntityState {
  path: string;
  color: RGBA;
  comps: Map<string, Comp>;
}

/** What the view holds: the result of applying every reply since the last full one. */
export class SceneState {
  entities = new Map<string, EntityState>();
  /** Local parent_from_entity matrices (column-major); a path not here is identity. */
  transforms = new Map<string, Float32Array>();
  bounds: number[] | null = null;
  timeline = "";
  time = 0;
}

export interface Changes {
  full: boolean;
  /** entity path → archetype names ("Points3D") whose components changed */
  entities: Map<string, Set<string>>;
  removed: Set<string>;
  transforms: Set<string>;
}

const DEFAULT_COLOR: RGBA = [200, 200, 200, 255];

function toRGBA(c: unknown, fallback: RGBA): RGBA {
  if (!Array.isArray(c) || c.length < 3) return fallback;
  const v = c.map((x) => Math.max(0, Math.min(255, Math.round(Number(x)))));
  if (v.some((x) => Number.isNaN(x))) return fallback;
  return [v[0]!, v[1]!, v[2]!, v[3] ?? 255];
}

export function archetypeOf(key: string): string {
  const i = key.indexOf(":");
  return i < 0 ? key : key.slice(0, i);
}

/**
 * Apply one scene reply to `state` in place and return what changed. Validation happens before anything is
 * mutated as far as decoding goes (every buffer is decoded first), so a malformed reply leaves `state` as it was.
 */
export function applyScene(state: SceneState, msg: SceneMsg, buffers: readonly RawBuffer[]): Changes {
  // 1. decode everything (may throw) before touching the state
  let tfPaths: string[] = [];
  let tfData: Float32Array | null = null;
  if (msg.transforms && Array.isArray(msg.transforms.paths) && msg.transforms.paths.length > 0) {
    tfPaths = msg.transforms.paths.map((p) => normPath(String(p)));
    tfData = typedView(bufAt(buffers, msg.transforms.buf, "transforms"), "float32", 16 * tfPaths.length) as Float32Array;
  }
  const ents = Array.isArray(msg.entities) ? msg.entities : [];
  const decoded = ents.map((e) => {
    if (!e || typeof e.path !== "string") throw new ProtocolError("entity without a path");
    const comps = new Map<string, Comp | null>();
    for (const [k, d] of Object.entries(e.comps ?? {})) {
      comps.set(k, d === null ? null : decodeComp(d, buffers, `${e.path} ${k}`));
    }
    return { path: normPath(e.path), color: e.color, comps };
  });

  // 2. mutate
  const ch: Changes = { full: !!msg.full, entities: new Map(), removed: new Set(), transforms: new Set() };
  if (msg.full) {
    for (const p of state.entities.keys()) ch.removed.add(p);
    for (const p of state.transforms.keys()) ch.transforms.add(p);
    state.entities.clear();
    state.transforms.clear();
  }
  state.bounds = Array.isArray(msg.bounds) && msg.bounds.length === 6 ? msg.bounds.map(Number) : null;
  state.timeline = String(msg.timeline ?? "");
  state.time = Number(msg.time);

  if (tfData) {
    tfPaths.forEach((p, i) => {
      const m = tfData.subarray(16 * i, 16 * i + 16);
      if (m.every((x) => Number.isNaN(x))) state.transforms.delete(p);
      else state.transforms.set(p, Float32Array.from(m)); // copy: the reply's buffer is not ours to keep
      ch.transforms.add(p);
    });
  }

  for (const e of decoded) {
    let st = state.entities.get(e.path);
    const arch = new Set<string>();
    if (!st) {
      st = { path: e.path, color: toRGBA(e.color, DEFAULT_COLOR), comps: new Map() };
      state.entities.set(e.path, st);
    } else if (e.color !== undefined) {
      const c = toRGBA(e.color, st.color);
      if (c.some((x, i) => x !== st!.color[i])) {
        st.color = c;
        for (const k of st.comps.keys()) arch.add(archetypeOf(k));
      }
    }
    for (const [k, c] of e.comps) {
      if (c === null) {
        if (st.comps.delete(k)) arch.add(archetypeOf(k));
      } else {
        st.comps.set(k, c);
        arch.add(archetypeOf(k));
      }
    }
    ch.removed.delete(e.path);
    const prev = ch.entities.get(e.path);
    if (prev) for (const a of arch) prev.add(a);
    else ch.entities.set(e.path, arch);
  }
  if (msg.full) {
    // every entity of a full reply is new to the renderer: rebuild all its archetypes
    for (const [p, st] of state.entities) {
      const s = ch.entities.get(p)!;
      for (const k of st.comps.keys()) s.add(archetypeOf(k));
    }
  }

  for (const p of Array.isArray(msg.removed) ? msg.removed : []) {
    const path = normPath(String(p));
    if (state.entities.delete(path)) ch.removed.add(path);
    if (state.transforms.delete(path)) ch.transforms.add(path);
    ch.entities.delete(path);
  }
  return ch;
}

/** Splits an entity path into its parts, kept as written: leading "/" optional, "\\" escapes the next character. */
export function splitPath(path: string): string[] {
  const parts: string[] = [];
  let raw = "";
  let esc = false;
  for (const ch of path) {
    if (esc) esc = false;
    else if (ch === "\\") esc = true;
    else if (ch === "/") {
      if (raw.length > 0) parts.push(raw);
      raw = "";
      continue;
    }
    raw += ch;
  }
  if (raw.length > 0) parts.push(raw);
  return parts;
}

/** Canonical form of a path ("a/b", no leading or trailing "/"), keeping escapes as written. */
export function normPath(path: string): string {
  return splitPath(path).join("/");
}

/** Is `path` equal to `prefix` or below it? */
export function isUnder(path: string, prefix: string): boolean {
  const a = normPath(path);
  const b = normPath(prefix);
  return b === "" || a === b || a.startsWith(b + "/");
}

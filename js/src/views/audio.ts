// The audio view (Rerun's AudioView): the waveform of the view's latest-at AssetAudio with the time cursor on it,
// played with WebAudio while time plays on a temporal timeline, from the time the asset was logged. The kernel
// decodes the audio and answers the min / max per pixel column (`audio` message), so a long recording never
// travels for drawing; the encoded file comes once per logged asset (`blob: true`): with the first waveform when
// it is small (<= 1 MiB), else when the user plays; the browser decodes it. The view's AudioPlayback `volume` sets the gain.
import { div } from "../controllers/layout";
import { PartAssembler } from "../parts";
import { isUnder, typedView, type PartMsg, type RawBuffer } from "../protocol";
import { Requester } from "../requests";
import type { TimelineInfo } from "../time_units";
import { bump, registerView, type View, type ViewHost, type ViewSpec } from "./view";

/** One `audio` reply: the envelope of `[start, end]` seconds of the asset at `path` (null: none at that time). */
interface AudioReply {
  path: string | null;
  row: string;
  duration: number;
  loggedAt: number | null;
  start: number;
  end: number;
  lo: Float32Array;
  hi: Float32Array;
}

/** Which file a request asks for: none, the logged one, or the kernel's decode of it as a WAV. */
type FileAsk = boolean | "wav";

/** Playback further than this from the cursor (s) is started again at the cursor's offset. */
const MAX_DRIFT_S = 0.25;
/** While playing, the asset shown is asked for again at most this often (ms). */
const PLAY_ASK_MS = 500;
/** A file this small is fetched with the first waveform, so that play starts at once (bigger: when played). */
const PREFETCH_BYTES = 1 << 20;

/** One AudioContext for every audio view of the page (browsers limit how many may exist). */
let shared: AudioContext | null = null;
function sharedContext(): AudioContext {
  if (!shared || shared.state === "closed") shared = new AudioContext();
  return shared;
}

function num(x: unknown, what: string): number {
  if (typeof x !== "number" || !Number.isFinite(x)) throw new Error(`'${what}' is not a number`);
  return x;
}

function bytesCopy(b: RawBuffer): ArrayBuffer {
  const v = b instanceof ArrayBuffer ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  return v.slice().buffer; // decodeAudioData detaches what it is given
}

export class AudioView implements View {
  readonly id: string;
  readonly el = div("rrnb-view rrnb-plot rrnb-audio");
  private readonly canvas = document.createElement("canvas");
  private readonly errorEl = div("rrnb-error");
  private readonly req: Requester<{ blob: FileAsk }>;
  private readonly ro: ResizeObserver;
  private readonly parts = new PartAssembler();
  private readonly volume: number;
  private hidden: readonly string[];
  private reply: AudioReply | null = null;
  private lastAsk = 0;
  // ---- playback
  private playing = false;
  private gain: GainNode | null = null;
  private source: AudioBufferSourceNode | null = null;
  /** the sound playing: context time it started at, offset into the asset (s), rate */
  private sound: { at: number; offset: number; rate: number } | null = null;
  private speed = 1;
  /** decoded assets by row id; the one being fetched */
  private readonly decoded = new Map<string, AudioBuffer>();
  private fetching: string | null = null;
  private readonly undecodable = new Set<string>();

  constructor(
    private readonly host: ViewHost,
    private readonly spec: ViewSpec,
  ) {
    this.id = spec.id;
    this.hidden = host.cursor.hidden;
    const v = Number(spec.node?.properties?.["AudioPlayback"]?.["volume"]);
    this.volume = Number.isFinite(v) ? Math.min(Math.max(v, 0), 1) : 1;
    this.el.dataset.audioVolume = String(this.volume);
    this.canvas.className = "rrnb-plot-canvas";
    this.errorEl.style.display = "none";
    this.el.append(this.canvas, this.errorEl);
    this.req = new Requester((id, t) => this.send(id, t.blob));
    this.ro = new ResizeObserver(() => {
      this.draw();
      this.ask(false);
    });
    this.ro.observe(this.el);
  }

  // ---- the kernel: envelope (and blob) requests

  private columns(): number {
    const dpr = window.devicePixelRatio || 1;
    return Math.min(16384, Math.max(1, Math.round(Math.max(1, this.el.clientWidth) * dpr)));
  }

  private send(id: number, blob: FileAsk): void {
    const c = this.host.cursor;
    this.host.events.model.send({ type: "audio", id, view: this.id, space: this.spec.node?.id ?? "", timeline: c.timeline || null, time: c.time, width: this.columns(), blob });
  }

  private ask(blob: FileAsk): void {
    this.lastAsk = performance.now();
    this.req.request({ blob: blob || (this.req.pending?.blob ?? false) }); // a waiting blob request stays one
  }

  onMessage(content: unknown, buffers: readonly RawBuffer[]): void {
    let m = content as Record<string, unknown> | null;
    if (m && m["type"] === "part" && m["view"] === this.id) {
      let whole;
      try {
        whole = this.parts.add(m as unknown as PartMsg, buffers);
      } catch (e) {
        return this.showError(`bad reply part: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (!whole) return;
      m = whole.content as Record<string, unknown>;
      buffers = whole.buffers;
    }
    if (!m || m["view"] !== this.id || !this.req.expects(m["id"])) return;
    const target = this.req.settle(m["id"]);
    if (m["type"] === "error") {
      if (target?.blob) this.fetching = null;
      return this.showError(String(m["message"]));
    }
    if (m["type"] !== "audio") return;
    try {
      this.reply = this.parse(m, buffers);
    } catch (e) {
      return this.showError(`could not read the audio reply: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.showError(null);
    const blobAt = m["blob"];
    if (typeof blobAt === "number" && this.reply) this.decode(this.reply.row, buffers[blobAt]!, m["blob_kind"] === "wav");
    else if (target?.blob) this.fetching = null;
    const size = m["blob_size"];
    if (this.reply && typeof size === "number" && size <= PREFETCH_BYTES) this.fetch(this.reply.row);
    this.draw();
    bump(this.el.dataset, "frames");
    this.el.dataset.path = this.reply?.path ?? "";
    this.el.dataset.columns = String(this.reply?.lo.length ?? 0);
    if (this.playing) this.sync();
  }

  private parse(m: Record<string, unknown>, bufs: readonly RawBuffer[]): AudioReply | null {
    if (m["path"] === null || m["path"] === undefined) return null;
    const width = num(m["width"], "width");
    const lo = typedView(bufs[num(m["min"], "min")]!, "float32", width) as Float32Array;
    const hi = typedView(bufs[num(m["max"], "max")]!, "float32", width) as Float32Array;
    const at = m["logged_at"];
    return { path: String(m["path"]), row: String(m["row"]), duration: num(m["duration"], "duration"), loggedAt: typeof at === "number" ? at : null, start: num(m["start"], "start"), end: num(m["end"], "end"), lo, hi };
  }

  private showError(msg: string | null): void {
    this.errorEl.textContent = msg ?? "";
    this.errorEl.style.display = msg ? "" : "none";
  }

  // ---- drawing: one bar from min to max per column, the cursor line at the playback offset

  private shown(): boolean {
    const p = this.reply?.path;
    return !!p && !this.hidden.some((h) => isUnder(p, h));
  }

  /** Seconds into the asset at the cursor (null: static asset or not a temporal timeline). */
  private offset(): number | null {
    const r = this.reply;
    const info = this.host.cursor.info;
    if (!r || r.loggedAt === null || !info || info.kind === "sequence") return null;
    return this.host.cursor.time - r.loggedAt;
  }

  private draw(): void {
    const w = Math.max(1, this.el.clientWidth);
    const h = Math.max(1, this.el.clientHeight);
    const dpr = window.devicePixelRatio || 1;
    const cv = this.canvas;
    if (cv.width !== Math.round(w * dpr) || cv.height !== Math.round(h * dpr)) {
      cv.width = Math.round(w * dpr);
      cv.height = Math.round(h * dpr);
      cv.style.width = `${w}px`;
      cv.style.height = `${h}px`;
    }
    const g = cv.getContext("2d");
    if (!g) return;
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.fillStyle = "#1b1b1f";
    g.fillRect(0, 0, cv.width, cv.height);
    const r = this.reply;
    if (!r || !this.shown()) return;
    const mid = cv.height / 2;
    const amp = cv.height / 2 - 2 * dpr;
    const k = cv.width / r.lo.length;
    g.fillStyle = "#5ab0f0";
    for (let i = 0; i < r.lo.length; i++) {
      const lo = r.lo[i]!;
      const hi = r.hi[i]!;
      if (Number.isNaN(lo)) continue;
      const y0 = mid - Math.min(1, hi) * amp;
      const y1 = mid - Math.max(-1, lo) * amp;
      g.fillRect(i * k, y0, Math.max(1, k), Math.max(1, y1 - y0));
    }
    const off = this.offset();
    if (off !== null && off >= r.start && off <= r.end) {
      const x = Math.round(((off - r.start) / (r.end - r.start)) * cv.width);
      g.fillStyle = "#ffffff";
      g.fillRect(x - Math.floor(dpr / 2), 0, Math.max(1, Math.round(dpr)), cv.height);
      this.el.dataset.cursorX = String(Math.round(x / dpr));
    } else delete this.el.dataset.cursorX;
  }

  // ---- playback with WebAudio

  /** Decode the file of asset `row`; one the browser cannot read (AAC in Chromium, AIFF, ...) is asked for
   * again as the kernel's decode in a WAV (`wav`). */
  private decode(row: string, b: RawBuffer, wav: boolean): void {
    const t0 = performance.now();
    this.audioContext()
      .decodeAudioData(bytesCopy(b))
      .then((buf) => {
        if (this.fetching === row) this.fetching = null;
        this.decoded.set(row, buf);
        this.el.dataset.audioDecodeMs = (performance.now() - t0).toFixed(1);
        this.el.dataset.audioSource = wav ? "wav" : "file";
        if (this.playing) this.sync();
      })
      .catch((e: unknown) => {
        if (this.fetching === row) this.fetching = null;
        if (!wav) return this.fetch(row, "wav");
        this.undecodable.add(row);
        this.showError(`the browser could not decode the audio: ${e instanceof Error ? e.message : String(e)}`);
      });
  }

  /** Ask for the file of asset `row` unless it is decoded or on its way. */
  private fetch(row: string, blob: FileAsk = true): void {
    if (this.decoded.has(row) || this.undecodable.has(row) || this.fetching === row) return;
    this.fetching = row;
    this.ask(blob);
  }

  private audioContext(): AudioContext {
    const ctx = sharedContext();
    if (!this.gain || this.gain.context !== ctx) {
      this.gain = ctx.createGain();
      this.gain.gain.value = this.volume;
      this.gain.connect(ctx.destination);
    }
    return ctx;
  }

  private stopSound(): void {
    if (!this.source) return;
    try {
      this.source.stop();
    } catch {
      // already ended
    }
    this.source.disconnect();
    this.source = null;
    this.sound = null;
    bump(this.el.dataset, "audioStops");
    this.el.dataset.audioPlaying = "false";
  }

  /** Make what sounds match the cursor: start (or restart) at its offset, or stop outside the asset. */
  private sync(): void {
    const r = this.reply;
    const off = this.offset();
    if (!this.playing || !r || off === null || !this.shown() || off < 0 || off >= r.duration) return this.stopSound();
    const ctx = this.audioContext();
    const s = this.sound;
    if (s && s.rate === this.speed && Math.abs(s.offset + (ctx.currentTime - s.at) * s.rate - off) <= MAX_DRIFT_S) return;
    const buf = this.decoded.get(r.row);
    if (!buf) {
      this.stopSound();
      return this.fetch(r.row);
    }
    this.stopSound();
    void ctx.resume();
    const src = ctx.createBufferSource();
    src.buffer = buf;
    src.playbackRate.value = this.speed;
    src.connect(this.gain!);
    src.start(0, off);
    this.source = src;
    this.sound = { at: ctx.currentTime, offset: off, rate: this.speed };
    bump(this.el.dataset, "audioStarts");
    this.el.dataset.audioOffset = off.toFixed(3);
    this.el.dataset.audioRate = String(this.speed);
    this.el.dataset.audioPlaying = "true";
    this.el.dataset.audioState = ctx.state;
  }

  // ---- View

  seek(): void {
    this.ask(false);
  }

  refresh(): void {
    this.ask(false);
  }

  playStart(_tl: TimelineInfo): void {
    this.playing = true;
    void this.audioContext().resume(); // in the user's press of play: the browser lets it sound
    // the sound starts at the first tick, which brings the widget's speed (the playback rate)
  }

  playTick(_tl: TimelineInfo, speed: number, wrapped: boolean, moved: boolean): void {
    this.speed = speed;
    if (wrapped) this.stopSound();
    if (moved && !this.req.inFlight && performance.now() - this.lastAsk > PLAY_ASK_MS) this.ask(false);
    this.sync();
    this.draw();
  }

  playStop(): void {
    this.playing = false;
    this.stopSound();
    this.ask(false);
  }

  setHidden(hidden: readonly string[]): void {
    this.hidden = hidden;
    this.draw();
    if (this.playing) this.sync();
  }

  dispose(release = true): void {
    this.ro.disconnect();
    this.playing = false;
    this.stopSound();
    this.gain?.disconnect();
    if (release) {
      try {
        this.host.events.model.send({ type: "release", view: this.id });
      } catch {
        // the comm may be closed
      }
    }
    this.el.remove();
  }
}

registerView("Audio", (host, spec) => new AudioView(host, spec));

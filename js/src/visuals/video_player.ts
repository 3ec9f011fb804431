// One video blob in the page: an HTMLVideoElement on a blob URL, seeked to the time asked for; the newest request
// wins while a seek is under way (scrubbing), and each settled frame is handed to its callback. Nothing is decoded
// ahead: the browser's media pipeline decodes from the key frame before the time, on demand, and keeps no frames of
// ours (nothing to close). `failed` tells why the browser cannot play it (then the kernel decodes: video.ts).

export type FrameSink = (video: HTMLVideoElement) => void;

/** Where a frame starts (ns) as the media element's currentTime (s): a hair after it, so float rounding never
 * lands on the frame before. */
export function seekSeconds(ns: number): number {
  return Math.max(0, ns / 1e9 + 1e-6);
}

export class VideoPlayer {
  readonly el: HTMLVideoElement;
  /** why the browser cannot play this video (null: it can, or does not know yet) */
  failed: string | null = null;
  private url: string;
  private ready: Promise<boolean>;
  private want: { t: number; sink: FrameSink } | null = null;
  private seeking = false;
  private gone = false;

  constructor(bytes: Uint8Array, mediaType: string, private readonly onFail: (why: string) => void) {
    this.el = document.createElement("video");
    this.el.muted = true;
    this.el.preload = "auto";
    this.el.playsInline = true;
    this.url = URL.createObjectURL(new Blob([bytes.slice()], { type: mediaType || "video/mp4" }));
    this.ready = new Promise<boolean>((resolve) => {
      this.el.addEventListener("loadeddata", () => resolve(true), { once: true });
      this.el.addEventListener("error", () => {
        const e = this.el.error;
        this.fail(`this browser cannot play it (${e?.message || `media error ${e?.code ?? "?"}`})`);
        resolve(false);
      }, { once: true });
    });
    if (mediaType && this.el.canPlayType(mediaType) === "") this.fail(`this browser cannot play ${mediaType}`);
    else this.el.src = this.url;
  }

  private fail(why: string): void {
    if (this.failed !== null || this.gone) return;
    this.failed = why;
    queueMicrotask(() => this.onFail(why)); // never from inside the constructor (the owner does not hold it yet)
  }

  get width(): number {
    return this.el.videoWidth;
  }

  get height(): number {
    return this.el.videoHeight;
  }

  /** Show the frame at `ns` through `sink` (replacing a request not yet served). */
  frameAt(ns: number, sink: FrameSink): void {
    this.want = { t: seekSeconds(ns), sink };
    if (!this.seeking) void this.pump();
  }

  private async pump(): Promise<void> {
    this.seeking = true;
    try {
      if (!(await this.ready)) return;
      while (this.want && !this.gone) {
        const { t, sink } = this.want;
        if (Math.abs(this.el.currentTime - t) > 1e-7 || this.el.readyState < 2) {
          await this.seek(t);
          if (this.failed !== null) return;
        }
        if (this.gone) return;
        if (this.want && this.want.t === t) {
          this.want = null;
          sink(this.el);
        }
      }
    } finally {
      this.seeking = false;
    }
  }

  /** Seek to `t`; settles on `seeked`, or on an error (then `failed` says why). */
  private seek(t: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = (): void => {
        this.el.removeEventListener("seeked", done);
        this.el.removeEventListener("error", done);
        resolve();
      };
      this.el.addEventListener("seeked", done);
      this.el.addEventListener("error", done);
      this.el.currentTime = t;
    });
  }

  dispose(): void {
    this.gone = true;
    this.want = null;
    this.el.removeAttribute("src");
    this.el.load(); // lets the media pipeline go
    URL.revokeObjectURL(this.url);
  }
}

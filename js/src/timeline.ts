// Timeline bar: timeline selector, slider with marks where data exists, play/pause, loop, speed, the current
// time in its kind's units (time_units.ts). Parsing the traitlet and stepping between marks are pure (node-tested).
import { formatTime, sliderStep, type TimelineInfo } from "./time_units";

export function parseTimelines(x: unknown): TimelineInfo[] {
  if (!Array.isArray(x)) return [];
  const out: TimelineInfo[] = [];
  for (const t of x) {
    if (!t || typeof t !== "object") continue;
    const o = t as Record<string, unknown>;
    const kind = o["kind"] === "duration" || o["kind"] === "timestamp" ? o["kind"] : "sequence";
    const marks = Array.isArray(o["marks"]) ? (o["marks"] as unknown[]).map(Number).filter(Number.isFinite) : [];
    marks.sort((a, b) => a - b);
    let min = Number(o["min"]);
    let max = Number(o["max"]);
    if (!Number.isFinite(min)) min = marks[0] ?? 0;
    if (!Number.isFinite(max)) max = marks[marks.length - 1] ?? min;
    out.push({ name: String(o["name"] ?? ""), kind, min, max: Math.max(min, max), marks });
  }
  return out;
}

/** The previous (dir = -1) or next (dir = +1) mark strictly before/after `t`, or null. */
export function stepMark(marks: readonly number[], t: number, dir: -1 | 1): number | null {
  // binary search for the first mark > t (dir 1) or the last mark < t (dir -1)
  let lo = 0;
  let hi = marks.length;
  if (dir > 0) {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo < marks.length ? marks[lo]! : null;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? marks[lo - 1]! : null;
}

export const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 4, 10] as const;

export interface TimelineBarEvents {
  onTimeline(name: string): void;
  onTime(t: number): void;
  onPlay(playing: boolean): void;
  onLoop(loop: boolean): void;
  onSpeed(speed: number): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, parent?: HTMLElement): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = cls;
  parent?.appendChild(e);
  return e;
}

export class TimelineBar {
  readonly root: HTMLDivElement;
  readonly select: HTMLSelectElement;
  readonly play: HTMLButtonElement;
  readonly slider: HTMLInputElement;
  readonly label: HTMLSpanElement;
  readonly loopBox: HTMLInputElement;
  readonly speedSel: HTMLSelectElement;
  private marks: HTMLCanvasElement;
  private current: TimelineInfo | null = null;

  constructor(private readonly ev: TimelineBarEvents) {
    this.root = el("div", "rrnb-timebar");
    this.select = el("select", "rrnb-timeline", this.root);
    this.select.title = "timeline";
    this.play = el("button", "rrnb-play", this.root);
    this.play.type = "button";
    this.play.title = "play / pause (space)";
    this.play.textContent = "▶";
    const track = el("div", "rrnb-track", this.root);
    this.slider = el("input", "rrnb-slider", track);
    this.slider.type = "range";
    this.marks = el("canvas", "rrnb-marks", track);
    this.label = el("span", "rrnb-time", this.root);
    const loopLabel = el("label", "rrnb-loop", this.root);
    this.loopBox = el("input", "", loopLabel);
    this.loopBox.type = "checkbox";
    loopLabel.append("loop");
    this.speedSel = el("select", "rrnb-speed", this.root);
    this.speedSel.title = "playback speed";
    for (const s of SPEEDS) {
      const o = el("option", "", this.speedSel);
      o.value = String(s);
      o.textContent = `${s}×`;
    }
    this.select.addEventListener("change", () => this.ev.onTimeline(this.select.value));
    this.slider.addEventListener("input", () => this.ev.onTime(Number(this.slider.value)));
    this.play.addEventListener("click", () => this.ev.onPlay(this.play.dataset.playing !== "1"));
    this.loopBox.addEventListener("change", () => this.ev.onLoop(this.loopBox.checked));
    this.speedSel.addEventListener("change", () => this.ev.onSpeed(Number(this.speedSel.value)));
  }

  get timeline(): TimelineInfo | null {
    return this.current;
  }

  setTimelines(tls: TimelineInfo[], selected: string): void {
    this.select.replaceChildren();
    if (tls.length === 0 || selected === "") {
      const o = el("option", "", this.select);
      o.value = "";
      o.textContent = "(static)";
    }
    for (const t of tls) {
      const o = el("option", "", this.select);
      o.value = t.name;
      o.textContent = t.name; // from the data: text only
    }
    this.select.value = selected;
    this.current = tls.find((t) => t.name === selected) ?? null;
    const c = this.current;
    this.slider.disabled = this.play.disabled = !c;
    if (c) {
      this.slider.min = String(c.min);
      this.slider.max = String(c.max);
      this.slider.step = sliderStep(c.kind);
    }
    this.drawMarks();
  }

  setTime(t: number): void {
    const c = this.current;
    if (c && Number(this.slider.value) !== t) this.slider.value = String(t);
    this.label.textContent = c ? formatTime(t, c.kind) : "";
  }

  setPlaying(p: boolean): void {
    this.play.dataset.playing = p ? "1" : "0";
    this.play.textContent = p ? "❚❚" : "▶";
  }

  setLoop(l: boolean): void {
    this.loopBox.checked = l;
  }

  setSpeed(s: number): void {
    let best: number = SPEEDS[0];
    for (const x of SPEEDS) if (Math.abs(x - s) < Math.abs(best - s)) best = x;
    if (!SPEEDS.includes(s as (typeof SPEEDS)[number])) {
      const o = el("option", "", this.speedSel);
      o.value = String(s);
      o.textContent = `${s}×`;
      best = s;
    }
    this.speedSel.value = String(best);
  }

  /** Ticks under the slider where data exists (a canvas: ≤1000 marks without 1000 DOM nodes). */
  drawMarks(): void {
    const c = this.current;
    const cv = this.marks;
    const w = Math.max(1, Math.round(cv.clientWidth || this.slider.clientWidth || 100));
    const h = 6;
    if (cv.width !== w) cv.width = w;
    if (cv.height !== h) cv.height = h;
    const g = cv.getContext("2d");
    if (!g) return;
    g.clearRect(0, 0, w, h);
    if (!c || c.max <= c.min) return;
    g.fillStyle = "#8a8ab0";
    // a range input's thumb keeps ~8px from either end
    const pad = 8;
    for (const m of c.marks) {
      const x = pad + ((m - c.min) / (c.max - c.min)) * (w - 2 * pad);
      g.fillRect(Math.round(x), 0, 1, h);
    }
  }
}

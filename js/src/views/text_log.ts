// The text log view: a virtual-scrolled table (time, entity path, level, text) of the whole timeline's entries;
// only the rows on screen are in the DOM, fetched by page with `text_log` (offset / limit) and held in a few
// chunks (text_log_state.ts). When the time moves, the page holding the cursor entry is asked for, and that entry
// is highlighted and scrolled to. A level filter menu lists the levels the kernel saw. Everything as text.
import { div } from "../controllers/layout";
import { isUnder, type RawBuffer } from "../protocol";
import { Requester } from "../requests";
import { LogPages, type LogRow } from "../text_log_state";
import { formatTime, type TimelineInfo } from "../time_units";
import { bump, registerView, type View, type ViewHost, type ViewSpec } from "./view";

const ROW_H = 20;
const PAGE = 100;

interface LogTarget {
  offset: number | null;
  levels: string[] | null;
}

const LEVEL_COLORS: Record<string, string> = {
  CRITICAL: "#ff6b6b", ERROR: "#ff6b6b", WARN: "#f0c040", WARNING: "#f0c040", INFO: "#7ec27e", DEBUG: "#7aa6e0", TRACE: "#a0a0b0",
};

export class TextLogView implements View {
  readonly id: string;
  readonly el = div("rrnb-view rrnb-log");
  private readonly head = div("rrnb-loghead");
  private readonly scroller = div("rrnb-logscroll");
  private readonly spacer = div("rrnb-logspacer");
  private readonly rowsEl = div("rrnb-logrows");
  private readonly menu = div("rrnb-menu");
  private readonly errorEl = div("rrnb-error");
  private readonly pages = new LogPages(PAGE);
  private readonly req: Requester<LogTarget>;
  private readonly ro: ResizeObserver;
  /** the levels shown (null: all) */
  private levels: string[] | null = null;
  private hidden: readonly string[] = [];
  private lastCursor = -2;
  /** the last page asked for by scrolling (and the total then): not asked again if it did not fill the gap */
  private lastAsked = "";

  constructor(
    private readonly host: ViewHost,
    private readonly spec: ViewSpec,
  ) {
    this.id = spec.id;
    this.hidden = host.cursor.hidden;
    this.buildHead();
    this.scroller.append(this.spacer, this.rowsEl);
    this.el.append(this.head, this.scroller, this.menu, this.errorEl);
    this.menu.style.display = this.errorEl.style.display = "none";
    this.req = new Requester((id, t) => this.send(id, t));
    this.scroller.addEventListener("scroll", () => {
      this.lastAsked = "";
      this.render();
    });
    this.ro = new ResizeObserver(() => this.render());
    this.ro.observe(this.el);
    const rows = spec.node?.properties["TextLogRows"]?.["filter_by_log_level"];
    if (Array.isArray(rows)) this.levels = rows.map(String);
  }

  private buildHead(): void {
    for (const [cls, text] of [["rrnb-lc-time", "time"], ["rrnb-lc-path", "entity"], ["rrnb-lc-level", "level"], ["rrnb-lc-text", "text"]] as const) {
      const c = document.createElement("span");
      c.className = cls;
      c.textContent = text;
      this.head.appendChild(c);
    }
    const b = document.createElement("button");
    b.type = "button";
    b.className = "rrnb-levels";
    b.textContent = "levels ▾";
    b.addEventListener("click", () => this.toggleMenu());
    this.head.appendChild(b);
  }

  // ---- requests

  private send(id: number, t: LogTarget): void {
    const c = this.host.cursor;
    this.host.events.model.send({ type: "text_log", id, view: this.id, space: this.spec.node?.id ?? "", timeline: c.timeline, time: c.time, offset: t.offset, limit: PAGE, levels: t.levels });
  }

  /** The page holding the cursor entry. */
  private askCursor(): void {
    this.req.request({ offset: null, levels: this.levels });
  }

  onMessage(content: unknown, _buffers: readonly RawBuffer[]): void {
    const m = content as Record<string, unknown> | null;
    if (!m || m["view"] !== this.id || !this.req.expects(m["id"])) return;
    const target = this.req.settle(m["id"]);
    if (m["type"] === "error") return this.showError(String(m["message"]));
    if (m["type"] !== "text_log" || !target) return;
    this.showError(null);
    this.pages.put(m);
    this.spacer.style.height = `${this.pages.total * ROW_H}px`;
    if (target.offset === null && this.pages.cursor !== this.lastCursor) this.scrollToCursor();
    this.lastCursor = this.pages.cursor;
    this.render();
    bump(this.el.dataset, "frames");
    this.el.dataset.total = String(this.pages.total);
    this.el.dataset.cursor = String(this.pages.cursor);
  }

  private scrollToCursor(): void {
    const c = this.pages.cursor;
    if (c < 0) return;
    const h = this.scroller.clientHeight;
    const top = c * ROW_H;
    if (top < this.scroller.scrollTop || top + ROW_H > this.scroller.scrollTop + h) this.scroller.scrollTop = Math.max(0, top - h / 2);
  }

  private showError(msg: string | null): void {
    this.errorEl.textContent = msg ?? "";
    this.errorEl.style.display = msg ? "" : "none";
  }

  // ---- rows

  /** Only the rows on screen are in the DOM; rows not held yet are asked for (one page, coalesced). */
  private render(): void {
    const top = this.scroller.scrollTop;
    const h = this.scroller.clientHeight || 200;
    const first = Math.floor(top / ROW_H);
    const last = Math.min(this.pages.total - 1, Math.ceil((top + h) / ROW_H));
    this.rowsEl.style.transform = `translateY(${first * ROW_H}px)`;
    const kind = this.host.cursor.info?.kind ?? "sequence";
    const out: HTMLElement[] = [];
    for (let i = first; i <= last; i++) out.push(this.rowEl(i, this.pages.row(i), kind));
    this.rowsEl.replaceChildren(...out);
    const miss = this.pages.missing(first, last);
    if (miss === null || this.req.inFlight) return;
    const offset = Math.max(0, Math.min(miss, this.pages.total - PAGE));
    const key = `${offset}/${this.pages.total}`;
    if (key === this.lastAsked) return;
    this.lastAsked = key;
    this.req.request({ offset, levels: this.levels });
  }

  private rowEl(i: number, r: LogRow | undefined, kind: TimelineInfo["kind"]): HTMLElement {
    const d = div("rrnb-logrow");
    d.dataset.index = String(i);
    if (i === this.pages.cursor) d.classList.add("rrnb-logcursor");
    const cell = (cls: string, text: string): HTMLSpanElement => {
      const s = document.createElement("span");
      s.className = cls;
      s.textContent = text; // data → text only
      d.appendChild(s);
      return s;
    };
    if (!r) {
      cell("rrnb-lc-time", "…");
      return d;
    }
    cell("rrnb-lc-time", formatTime(r.time, kind));
    cell("rrnb-lc-path", r.path);
    const lv = cell("rrnb-lc-level", r.level);
    lv.style.color = LEVEL_COLORS[r.level.toUpperCase()] ?? "";
    const body = cell("rrnb-lc-text", r.text);
    if (r.color) body.style.color = `rgba(${r.color[0]},${r.color[1]},${r.color[2]},${r.color[3] / 255})`;
    if (this.hidden.some((p) => isUnder(r.path, p))) d.classList.add("rrnb-hidden");
    return d;
  }

  // ---- level filter

  private toggleMenu(): void {
    const m = this.menu;
    if (m.style.display !== "none") {
      m.style.display = "none";
      return;
    }
    const all = this.pages.levels;
    m.replaceChildren(
      ...all.map((lv) => {
        const row = document.createElement("label");
        row.className = "rrnb-menu-row";
        const box = document.createElement("input");
        box.type = "checkbox";
        box.checked = this.levels === null || this.levels.includes(lv);
        box.addEventListener("change", () => {
          const cur = new Set(this.levels ?? all);
          if (box.checked) cur.add(lv);
          else cur.delete(lv);
          this.levels = cur.size === all.length ? null : all.filter((x) => cur.has(x));
          this.pages.clear();
          this.lastCursor = -2;
          this.askCursor();
        });
        const name = document.createElement("span");
        name.textContent = lv; // data → text only
        row.append(box, name);
        return row;
      }),
    );
    m.style.display = "";
  }

  // ---- View

  seek(): void {
    this.askCursor();
  }

  refresh(): void {
    this.askCursor();
  }

  playStart(_tl: TimelineInfo): void {}

  playTick(_tl: TimelineInfo, _speed: number, _wrapped: boolean, moved: boolean): void {
    if (moved && !this.req.inFlight) this.askCursor();
  }

  playStop(): void {
    this.askCursor();
  }

  setHidden(hidden: readonly string[]): void {
    this.hidden = hidden;
    this.render();
  }

  dispose(release = true): void {
    this.ro.disconnect();
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

registerView("TextLog", (host, spec) => new TextLogView(host, spec));

// Save from the viewer (docs/protocol.md "Save from the viewer: save"): a button in the time panel opens a small
// form inside the widget — a file name, an optional time range on the current timeline — sends `save`, and shows
// where the kernel wrote the file, or why it did not (as text).
import { Requester } from "../requests";
import type { Cursor } from "./cursor";
import { div } from "./layout";

interface SaveTarget {
  name: string;
  timeline: string;
  start: number | null;
  end: number | null;
}

function input(type: string, cls: string): HTMLInputElement {
  const i = document.createElement("input");
  i.type = type;
  i.className = cls;
  return i;
}

export class SaveMenu {
  readonly button = document.createElement("button");
  readonly form = div("rrnb-save");
  private readonly name = input("text", "rrnb-save-name");
  private readonly only = input("checkbox", "rrnb-save-range");
  private readonly start = input("number", "rrnb-save-start");
  private readonly end = input("number", "rrnb-save-end");
  private readonly status = div("rrnb-save-status");
  private readonly req: Requester<SaveTarget>;

  constructor(
    private readonly cursor: Cursor,
    private readonly send: (msg: unknown) => void,
    firstId: number,
    /** the time range shown (a time panel selection, a zoomed plot), or null: the whole timeline */
    private readonly shownRange: () => [number, number] | null,
  ) {
    this.button.type = "button";
    this.button.className = "rrnb-save-btn";
    this.button.textContent = "save…";
    this.button.title = "save the recording to a file in the kernel's working directory";
    this.button.addEventListener("click", () => this.toggle());
    this.name.value = "recording.rnb";
    this.name.placeholder = "file name (.rnb)";
    const row1 = div("rrnb-save-row", this.form);
    row1.append(this.name);
    const ok = document.createElement("button");
    ok.type = "button";
    ok.className = "rrnb-save-ok";
    ok.textContent = "save";
    ok.addEventListener("click", () => this.submit());
    row1.append(ok);
    const row2 = document.createElement("label");
    row2.className = "rrnb-save-row";
    row2.append(this.only, "only the time range shown", this.start, "–", this.end);
    this.form.append(row2, this.status);
    this.form.style.display = "none";
    this.name.addEventListener("keydown", (e) => {
      if (e.key === "Enter") this.submit();
      if (e.key === "Escape") this.form.style.display = "none";
    });
    this.req = new Requester((id, t) => this.send({ type: "save", id, ...t }), firstId, undefined, 600_000);
  }

  private toggle(): void {
    const open = this.form.style.display === "none";
    this.form.style.display = open ? "" : "none";
    if (!open) return;
    const tl = this.cursor.info;
    const r = this.shownRange() ?? (tl ? [tl.min, tl.max] : null);
    this.only.disabled = this.start.disabled = this.end.disabled = !tl;
    if (r) {
      this.start.value = String(r[0]);
      this.end.value = String(r[1]);
    }
    this.name.focus();
  }

  private submit(): void {
    const name = this.name.value.trim();
    if (!name) return this.say("give a file name", true);
    const ranged = this.only.checked && !!this.cursor.info;
    const a = Number(this.start.value);
    const b = Number(this.end.value);
    if (ranged && !(Number.isFinite(a) && Number.isFinite(b) && a <= b)) return this.say("the range needs start ≤ end", true);
    this.say("saving…", false);
    this.req.request({ name, timeline: this.cursor.timeline, start: ranged ? a : null, end: ranged ? b : null });
  }

  private say(text: string, error: boolean): void {
    this.status.textContent = text; // from the kernel too: text only
    this.status.classList.toggle("rrnb-save-error", error);
  }

  onMessage(content: unknown): void {
    const m = content as Record<string, unknown> | null;
    if (!m || (m["type"] !== "saved" && m["type"] !== "error") || !this.req.expects(m["id"])) return;
    this.req.settle(m["id"]);
    if (m["type"] === "error") return this.say(String(m["message"]), true);
    const rows = Number(m["rows"]);
    this.say(`saved to ${String(m["path"])}${Number.isFinite(rows) ? ` (${rows} rows)` : ""}`, false);
  }
}

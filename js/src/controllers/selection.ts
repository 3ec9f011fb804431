// The selection panel: an entity (or one instance of it) clicked in a view or the tree is inspected (`inspect`,
// docs/protocol.md) at the cursor time, and its components are shown as a table: name, count, values (colours
// as swatches). Everything from the data as text. Moving the time inspects again (coalesced).
import type { RawBuffer } from "../protocol";
import { Requester } from "../requests";
import type { TimelineInfo } from "../time_units";
import type { View } from "../views/view";
import type { Cursor } from "./cursor";
import { div } from "./layout";

export interface Selected {
  path: string;
  instance: number | null;
}

interface Component {
  name: string;
  count: number;
  values: string[];
  colors: number[][] | null;
}

function components(x: unknown): Component[] {
  if (!Array.isArray(x)) return [];
  return x.map((c0) => {
    const c = (c0 ?? {}) as Record<string, unknown>;
    const colors = Array.isArray(c["colors"]) ? (c["colors"] as unknown[]).map((k) => (Array.isArray(k) ? k.map(Number) : [])) : null;
    return { name: String(c["name"] ?? ""), count: Number(c["count"]) || 0, values: Array.isArray(c["values"]) ? c["values"].map(String) : [], colors };
  });
}

export class SelectionPanel implements View {
  readonly el = div("rrnb-selection");
  private readonly title = div("rrnb-sel-title");
  private readonly body = div("rrnb-sel-body");
  private readonly req: Requester<Selected>;
  selected: Selected | null = null;

  constructor(
    readonly id: string,
    private readonly cursor: Cursor,
    private readonly send: (msg: unknown) => void,
    /** the first request id (ids of a range no view query reaches: an error reply names only the id) */
    firstId: number,
    private readonly onChange: (s: Selected | null) => void,
  ) {
    const head = div("rrnb-sel-head", this.el);
    const label = document.createElement("span");
    label.textContent = "Selection";
    const close = document.createElement("button");
    close.type = "button";
    close.className = "rrnb-sel-close";
    close.textContent = "×";
    close.title = "clear the selection";
    close.addEventListener("click", () => this.select(null));
    head.append(label, close);
    this.el.append(this.title, this.body);
    this.req = new Requester((id, s) => this.ask(id, s), firstId);
    this.el.style.display = "none";
  }

  select(s: Selected | null): void {
    this.selected = s;
    this.onChange(s);
    if (!s) {
      this.el.style.display = "none";
      return;
    }
    this.el.style.display = "";
    this.title.textContent = s.instance === null ? s.path : `${s.path} #${s.instance}`; // data → text only
    this.req.request(s);
  }

  private ask(id: number, s: Selected): void {
    const c = this.cursor;
    this.send({ type: "inspect", id, view: this.id, path: s.path, timeline: c.timeline, time: c.time, instance: s.instance });
  }

  onMessage(content: unknown, _buffers: readonly RawBuffer[]): void {
    const m = content as Record<string, unknown> | null;
    if (!m || (m["type"] !== "inspect" && m["type"] !== "error") || !this.req.expects(m["id"])) return;
    this.req.settle(m["id"]);
    if (m["type"] === "error") {
      const e = div("rrnb-sel-error");
      e.textContent = String(m["message"]);
      this.body.replaceChildren(e);
      return;
    }
    this.body.replaceChildren(this.table(components(m["components"])));
  }

  private table(comps: Component[]): HTMLElement {
    const t = document.createElement("table");
    t.className = "rrnb-sel-table";
    for (const c of comps) {
      const tr = document.createElement("tr");
      const name = document.createElement("td");
      name.textContent = c.name;
      const count = document.createElement("td");
      count.className = "rrnb-sel-count";
      count.textContent = String(c.count);
      const vals = document.createElement("td");
      c.values.forEach((v, i) => {
        const line = div("rrnb-sel-value", vals);
        const col = c.colors?.[i];
        if (col && col.length >= 3) {
          const sw = div("rrnb-swatch", line);
          sw.style.background = `rgba(${col[0]},${col[1]},${col[2]},${(col[3] ?? 255) / 255})`;
        }
        line.append(v);
      });
      if (c.count > c.values.length) div("rrnb-sel-more", vals).textContent = `… ${c.count} in all`;
      tr.append(name, count, vals);
      t.appendChild(tr);
    }
    return t;
  }

  private again(): void {
    if (this.selected) this.req.request(this.selected);
  }

  seek(): void {
    this.again();
  }

  refresh(): void {
    this.again();
  }

  playStart(_tl: TimelineInfo): void {}

  playTick(): void {}

  playStop(): void {
    this.again();
  }

  setHidden(): void {}

  dispose(): void {
    this.el.remove();
  }
}

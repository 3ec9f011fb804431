// The text document view: the latest-at `TextDocument:text` of its entities, as plain text in a <pre>, or, when
// `TextDocument:media_type` is text/markdown, rendered by the tiny safe renderer (markdown.ts: text nodes only).
import { div } from "../controllers/layout";
import { LatestAt } from "../controllers/latest_at";
import { renderMarkdown, type DocLike } from "../markdown";
import { isUnder, type RawBuffer } from "../protocol";
import type { TimelineInfo } from "../time_units";
import { bump, registerView, type View, type ViewHost, type ViewSpec } from "./view";

export class TextDocumentView implements View {
  readonly id: string;
  readonly el = div("rrnb-view rrnb-doc");
  private readonly body = div("rrnb-docbody");
  private readonly errorEl = div("rrnb-error");
  private readonly data: LatestAt;
  private hidden: readonly string[];

  constructor(
    private readonly host: ViewHost,
    spec: ViewSpec,
  ) {
    this.id = spec.id;
    this.hidden = host.cursor.hidden;
    this.el.append(this.body, this.errorEl);
    this.errorEl.style.display = "none";
    this.data = new LatestAt(this.id, spec.node?.id ?? null, host.cursor, (m) => host.events.model.send(m), {
      changed: () => this.render(),
      error: (m) => {
        this.errorEl.textContent = m ?? "";
        this.errorEl.style.display = m ? "" : "none";
      },
    });
  }

  private render(): void {
    const nodes: Node[] = [];
    for (const [path, e] of this.data.state.entities) {
      if (this.hidden.some((h) => isUnder(path, h))) continue;
      const t = e.comps.get("TextDocument:text");
      if (!t || t.kind !== "text") continue;
      const mt = e.comps.get("TextDocument:media_type");
      const media = mt && mt.kind === "text" ? (mt.text[0] ?? "") : "";
      const text = t.text.join("\n");
      if (media.toLowerCase().startsWith("text/markdown")) {
        nodes.push(renderMarkdown(text, document as unknown as DocLike) as unknown as Node);
      } else {
        const pre = document.createElement("pre");
        pre.className = "rrnb-pre";
        pre.textContent = text; // data → text only
        nodes.push(pre);
      }
    }
    this.body.replaceChildren(...nodes);
    bump(this.el.dataset, "frames");
  }

  seek(): void {
    this.data.query();
  }

  refresh(): void {
    this.data.query();
  }

  playStart(_tl: TimelineInfo): void {}

  playTick(_tl: TimelineInfo, _speed: number, _wrapped: boolean, moved: boolean): void {
    if (moved) this.data.query();
  }

  playStop(): void {
    this.data.query();
  }

  onMessage(content: unknown, buffers: readonly RawBuffer[]): void {
    this.data.onMessage(content, buffers);
  }

  setHidden(hidden: readonly string[]): void {
    this.hidden = hidden;
    this.render();
  }

  dispose(release = true): void {
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

registerView("TextDocument", (host, spec) => new TextDocumentView(host, spec));

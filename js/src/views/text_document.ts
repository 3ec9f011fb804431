// The text document view: the latest-at `TextDocument:text` of its entities, as plain text in a <pre>, or, when
// `TextDocument:media_type` is text/markdown, rendered by the tiny safe renderer (markdown.ts: text nodes only).
import { div } from "../controllers/layout";
import { renderMarkdown, type DocLike } from "../markdown";
import { isUnder } from "../protocol";
import { LatestAtView } from "./latest_at_view";
import { bump, registerView, type ViewHost, type ViewSpec } from "./view";

export class TextDocumentView extends LatestAtView {
  private readonly body = div("rrnb-docbody");

  constructor(host: ViewHost, spec: ViewSpec) {
    super(host, spec, "rrnb-view rrnb-doc");
    this.el.prepend(this.body);
  }

  protected draw(): void {
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
}

registerView("TextDocument", (host, spec) => new TextDocumentView(host, spec));

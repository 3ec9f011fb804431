// A tiny, safe markdown renderer for text documents: headings, paragraphs, emphasis, inline code, code blocks,
// lists, block quotes, rules, links (shown as their text, the address as a tooltip). It builds DOM nodes with
// text nodes only — never innerHTML — so raw HTML in a document is shown as the characters it is.

export type Inline =
  | { t: "text"; s: string }
  | { t: "code"; s: string }
  | { t: "strong" | "em" | "del"; c: Inline[] }
  | { t: "link"; c: Inline[]; href: string };

export type Block =
  | { t: "h"; level: number; c: Inline[] }
  | { t: "p"; c: Inline[] }
  | { t: "code"; s: string }
  | { t: "quote"; c: Block[] }
  | { t: "list"; ordered: boolean; items: Inline[][] }
  | { t: "hr" };

const FENCE = /^\s{0,3}(```|~~~)/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s{0,3}([-*+])\s+(.*)$/;
const ORDERED = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;

/** The blocks of a markdown text. */
export function parseBlocks(src: string, depth = 0): Block[] {
  const lines = src.replace(/\r\n?/g, "\n").split("\n");
  const out: Block[] = [];
  let para: string[] = [];
  const flush = (): void => {
    if (para.length) out.push({ t: "p", c: parseInline(para.join(" ")) });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let m: RegExpMatchArray | null;
    if (FENCE.test(line)) {
      flush();
      const fence = line.trim().slice(0, 3);
      const body: string[] = [];
      while (++i < lines.length && !lines[i]!.trim().startsWith(fence)) body.push(lines[i]!);
      out.push({ t: "code", s: body.join("\n") });
    } else if ((m = line.match(HEADING))) {
      flush();
      out.push({ t: "h", level: m[1]!.length, c: parseInline(m[2]!) });
    } else if (RULE.test(line)) {
      flush();
      out.push({ t: "hr" });
    } else if ((m = line.match(QUOTE)) && depth < 8) {
      flush();
      const body = [m[1]!];
      while (i + 1 < lines.length && (m = lines[i + 1]!.match(QUOTE))) body.push(m[1]!), i++;
      out.push({ t: "quote", c: parseBlocks(body.join("\n"), depth + 1) });
    } else if ((m = line.match(BULLET) ?? line.match(ORDERED))) {
      flush();
      const ordered = ORDERED.test(line);
      const re = ordered ? ORDERED : BULLET;
      const items: Inline[][] = [parseInline(m[2]!)];
      while (i + 1 < lines.length && (m = lines[i + 1]!.match(re))) items.push(parseInline(m[2]!)), i++;
      out.push({ t: "list", ordered, items });
    } else if (line.trim() === "") {
      flush();
    } else {
      para.push(line.trim());
    }
  }
  flush();
  return out;
}

/** The inline spans of one paragraph's text. */
export function parseInline(s: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let text = "";
  const push = (x: Inline): void => {
    if (text) out.push({ t: "text", s: text });
    text = "";
    out.push(x);
  };
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === "\\" && i + 1 < s.length && /[\\`*_{}[\]()#+\-.!~<>]/.test(s[i + 1]!)) {
      text += s[i + 1];
      i += 2;
      continue;
    }
    if (ch === "`") {
      const end = s.indexOf("`", i + 1);
      if (end > i) {
        push({ t: "code", s: s.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (depth < 8) {
      const em = emphasis(s, i);
      if (em) {
        push({ t: em.t, c: parseInline(em.inner, depth + 1) });
        i = em.end;
        continue;
      }
      if (ch === "[") {
        const link = s.slice(i).match(/^\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/);
        if (link) {
          push({ t: "link", c: parseInline(link[1]!, depth + 1), href: link[2]! });
          i += link[0].length;
          continue;
        }
      }
    }
    text += ch;
    i++;
  }
  if (text) out.push({ t: "text", s: text });
  return out;
}

/** `**x**` / `__x__` (strong), `*x*` / `_x_` (em), `~~x~~` (del) starting at i, or null. */
function emphasis(s: string, i: number): { t: "strong" | "em" | "del"; inner: string; end: number } | null {
  for (const [mark, t] of [["**", "strong"], ["__", "strong"], ["~~", "del"], ["*", "em"], ["_", "em"]] as const) {
    if (!s.startsWith(mark, i)) continue;
    const from = i + mark.length;
    if (from >= s.length || s[from] === " ") return null;
    const end = s.indexOf(mark, from + 1);
    if (end < 0 || s[end - 1] === " ") continue;
    return { t, inner: s.slice(from, end), end: end + mark.length };
  }
  return null;
}

/** The part of `document` the renderer uses (node tests give a fake one). */
export interface DocLike {
  createElement(tag: string): ElementLike;
  createTextNode(s: string): unknown;
}
export interface ElementLike {
  appendChild(n: unknown): unknown;
  className: string;
  title: string;
}

/** The DOM of a markdown text: element nodes of a fixed set of tags, every character of the text in text nodes. */
export function renderMarkdown(src: string, doc: DocLike): ElementLike {
  const root = doc.createElement("div");
  root.className = "rrnb-md";
  for (const b of parseBlocks(src)) root.appendChild(block(b, doc));
  return root;
}

function block(b: Block, doc: DocLike): ElementLike {
  switch (b.t) {
    case "h":
      return inlines(doc.createElement(`h${Math.min(6, Math.max(1, b.level))}`), b.c, doc);
    case "p":
      return inlines(doc.createElement("p"), b.c, doc);
    case "code": {
      const pre = doc.createElement("pre");
      const code = doc.createElement("code");
      code.appendChild(doc.createTextNode(b.s));
      pre.appendChild(code);
      return pre;
    }
    case "quote": {
      const q = doc.createElement("blockquote");
      for (const c of b.c) q.appendChild(block(c, doc));
      return q;
    }
    case "list": {
      const l = doc.createElement(b.ordered ? "ol" : "ul");
      for (const it of b.items) l.appendChild(inlines(doc.createElement("li"), it, doc));
      return l;
    }
    case "hr":
      return doc.createElement("hr");
  }
}

function inlines(parent: ElementLike, xs: Inline[], doc: DocLike): ElementLike {
  for (const x of xs) {
    if (x.t === "text") parent.appendChild(doc.createTextNode(x.s));
    else if (x.t === "code") {
      const c = doc.createElement("code");
      c.appendChild(doc.createTextNode(x.s));
      parent.appendChild(c);
    } else if (x.t === "link") {
      const a = doc.createElement("span"); // a link as text: nothing to click, the address shown on hover
      a.className = "rrnb-md-link";
      a.title = x.href;
      parent.appendChild(inlines(a, x.c, doc));
    } else {
      parent.appendChild(inlines(doc.createElement(x.t === "strong" ? "strong" : x.t === "em" ? "em" : "del"), x.c, doc));
    }
  }
  return parent;
}

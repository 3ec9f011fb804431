import { test } from "node:test";
import assert from "node:assert/strict";
import { parseBlocks, parseInline, renderMarkdown, type DocLike, type ElementLike } from "../src/markdown";

/** A DOM of plain objects: elements (tag + children) and text nodes. */
interface FakeEl extends ElementLike {
  tag: string;
  children: (FakeEl | string)[];
}
const doc: DocLike = {
  createElement: (tag: string): FakeEl => {
    const el: FakeEl = { tag, children: [], className: "", title: "", appendChild: (n: unknown) => (el.children.push(n as FakeEl | string), n) };
    return el;
  },
  createTextNode: (s: string) => s,
};
const text = (n: FakeEl | string): string => (typeof n === "string" ? n : n.children.map(text).join(""));
const tags = (n: FakeEl | string): string[] => (typeof n === "string" ? [] : [n.tag, ...n.children.flatMap(tags)]);

test("markdown: headings, paragraphs, emphasis, code, lists, quotes, rules", () => {
  const src = "# Title\n\nSome *em* and **strong** and `code`.\nSame paragraph.\n\n- one\n- two\n\n1. first\n2. second\n\n> quoted\n\n---\n\n```\nx = <1>\n```\n";
  const b = parseBlocks(src);
  assert.deepEqual(b.map((x) => x.t), ["h", "p", "list", "list", "quote", "hr", "code"]);
  const root = renderMarkdown(src, doc) as FakeEl;
  assert.deepEqual(root.children.map((c) => (c as FakeEl).tag), ["h1", "p", "ul", "ol", "blockquote", "hr", "pre"]);
  assert.equal(text(root.children[1]!), "Some em and strong and code. Same paragraph.");
  assert.ok(tags(root.children[1]!).includes("em") && tags(root.children[1]!).includes("strong") && tags(root.children[1]!).includes("code"));
  assert.equal(text(root.children[6]!), "x = <1>");
});

test("markdown: raw HTML is text — an <img onerror> and a <script> come out as their characters, no such element", () => {
  const evil = '<img src=x onerror="window.__pwned=1">';
  const src = `# ${evil}\n\nhello ${evil} <script>alert(1)</script>\n\n- <b>x</b>`;
  const root = renderMarkdown(src, doc) as FakeEl;
  const all = tags(root);
  for (const t of ["img", "script", "b", "a", "iframe"]) assert.ok(!all.includes(t), `no <${t}> element`);
  assert.ok(all.every((t) => ["div", "h1", "p", "ul", "li"].includes(t)), all.join(","));
  assert.equal(text(root.children[0]!), evil);
  assert.equal(text(root.children[1]!), `hello ${evil} <script>alert(1)</script>`);
  assert.equal(text(root.children[2]!), "<b>x</b>");
});

test("markdown: links are their text (the address only as a tooltip), javascript: addresses included", () => {
  const root = renderMarkdown("see [the docs](javascript:alert(1)) and [x](https://rerun.io)", doc) as FakeEl;
  const p = root.children[0] as FakeEl;
  assert.ok(!tags(p).includes("a"));
  const links = p.children.filter((c): c is FakeEl => typeof c !== "string" && c.tag === "span");
  assert.deepEqual(links.map((l) => [text(l), l.title]), [["the docs", "javascript:alert(1"], ["x", "https://rerun.io"]]);
});

test("markdown inline: escapes, unclosed marks stay text", () => {
  assert.deepEqual(parseInline("a \\*b\\* c"), [{ t: "text", s: "a *b* c" }]);
  assert.deepEqual(parseInline("2 * 3 * 4"), [{ t: "text", s: "2 * 3 * 4" }]);
  assert.deepEqual(parseInline("`unclosed"), [{ t: "text", s: "`unclosed" }]);
});

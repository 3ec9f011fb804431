// Entity tree with visibility checkboxes (writing `hidden`), and the hover tooltip. Everything from the data is
// put in the page with textContent.
import { isUnder, normPath, splitPath } from "./protocol";

interface Node {
  name: string;
  path: string;
  children: Map<string, Node>;
}

export function buildTree(paths: readonly string[]): Node {
  const root: Node = { name: "/", path: "", children: new Map() };
  for (const p of paths) {
    let n = root;
    const parts = splitPath(p);
    parts.forEach((part, i) => {
      let c = n.children.get(part);
      if (!c) {
        c = { name: part, path: parts.slice(0, i + 1).join("/"), children: new Map() };
        n.children.set(part, c);
      }
      n = c;
    });
  }
  return root;
}

/** `hidden` with `path` toggled: showing removes it (and any hidden path below it); hiding adds it. */
export function toggleHidden(hidden: readonly string[], path: string, visible: boolean): string[] {
  const p = normPath(path);
  const rest = hidden.map(normPath).filter((h) => h !== p && !(visible && isUnder(h, p)));
  return visible ? rest : [...rest, p].sort();
}

const MAX_NODES = 5000;

/** `undrawn` traitlet: entity path → archetypes stored there that no view draws ("Tensor (tensor view)"). */
export type Undrawn = Readonly<Record<string, readonly string[]>>;

/** The `undrawn` traitlet as it is used: only string lists, anything else dropped. */
export function parseUndrawn(x: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!x || typeof x !== "object" || Array.isArray(x)) return out;
  for (const [k, v] of Object.entries(x as Record<string, unknown>)) {
    if (Array.isArray(v) && v.length) out[normPath(k)] = v.map(String);
  }
  return out;
}

/** The badge text of an entity whose archetypes are stored but not drawn, or "" when everything is drawn. */
export function undrawnText(labels: readonly string[] | undefined): string {
  return labels && labels.length ? `stored, not drawn: ${labels.join(", ")}` : "";
}

export class EntityTree {
  readonly root: HTMLDivElement;
  private list: HTMLDivElement;
  private paths: string[] = [];
  private hidden: string[] = [];
  private undrawn: Undrawn = {};
  private selected: string | null = null;

  constructor(
    private readonly onHidden: (hidden: string[]) => void,
    /** a click on an entity's name selects it (the checkbox still toggles visibility) */
    private readonly onSelect: (path: string) => void = () => {},
  ) {
    this.root = document.createElement("div");
    this.root.className = "rrnb-tree";
    const head = document.createElement("div");
    head.className = "rrnb-tree-head";
    head.textContent = "Entities";
    this.list = document.createElement("div");
    this.root.append(head, this.list);
  }

  set(paths: readonly string[], hidden: readonly string[], undrawn: Undrawn = {}): void {
    this.paths = [...paths];
    this.hidden = hidden.map(normPath);
    this.undrawn = undrawn;
    this.render();
  }

  /** Mark the selected entity's row. */
  setSelected(path: string | null): void {
    this.selected = path;
    for (const r of this.list.querySelectorAll<HTMLElement>(".rrnb-tree-row")) r.classList.toggle("rrnb-selected", r.dataset.path === path);
  }

  private render(): void {
    this.list.replaceChildren();
    let count = 0;
    const add = (n: Node, depth: number, parentHidden: boolean): void => {
      if (count++ >= MAX_NODES) return;
      const row = document.createElement("label");
      row.className = "rrnb-tree-row";
      row.style.paddingLeft = `${4 + depth * 12}px`;
      row.dataset.path = n.path;
      row.title = n.path;
      const box = document.createElement("input");
      box.type = "checkbox";
      const self = this.hidden.includes(n.path);
      box.checked = !self;
      box.disabled = parentHidden;
      box.addEventListener("change", () => this.onHidden(toggleHidden(this.hidden, n.path, box.checked)));
      const name = document.createElement("span");
      name.textContent = n.name; // data → text only
      name.className = "rrnb-tree-name";
      name.addEventListener("click", (e) => {
        e.preventDefault(); // (a click on the label would toggle its checkbox)
        this.onSelect(n.path);
      });
      if (n.path === this.selected) row.classList.add("rrnb-selected");
      if (parentHidden || self) row.classList.add("rrnb-hidden");
      row.append(box, name);
      const note = undrawnText(this.undrawn[n.path]);
      if (note) {
        const badge = document.createElement("span");
        badge.className = "rrnb-tree-undrawn";
        badge.textContent = note; // data → text only
        badge.title = note;
        row.title = `${n.path}\n${note}`;
        row.appendChild(badge);
      }
      this.list.appendChild(row);
      for (const c of n.children.values()) add(c, depth + 1, parentHidden || self);
    };
    for (const c of buildTree(this.paths).children.values()) add(c, 0, false);
    if (count > MAX_NODES) {
      const more = document.createElement("div");
      more.className = "rrnb-tree-more";
      more.textContent = `… ${this.paths.length} entities, first ${MAX_NODES} shown`;
      this.list.appendChild(more);
    }
  }
}

/** The hover tooltip: entity path, instance index, position (and label when there is one). */
export class Tooltip {
  readonly root: HTMLDivElement;
  constructor() {
    this.root = document.createElement("div");
    this.root.className = "rrnb-tooltip";
    this.root.style.display = "none";
  }

  show(x: number, y: number, lines: string[]): void {
    this.root.replaceChildren(
      ...lines.map((l) => {
        const d = document.createElement("div");
        d.textContent = l;
        return d;
      }),
    );
    this.root.style.left = `${x + 12}px`;
    this.root.style.top = `${y + 12}px`;
    this.root.style.display = "block";
  }

  hide(): void {
    this.root.style.display = "none";
  }
}

export function fmtNum(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  return a !== 0 && (a < 1e-3 || a >= 1e6) ? x.toExponential(3) : String(Math.round(x * 1000) / 1000);
}

// The graph view (Rerun's GraphView): the GraphNodes / GraphEdges of its entities on a 2D canvas, y down. Nodes
// with logged positions stay there; the others are placed by the force layout (force_layout.ts, the view's
// ForceLink / ForceManyBody / ForcePosition / ForceCenter / ForceCollisionRadius honoured), which runs a few ms per
// animation frame until it settles, then stops. As Rerun: a node with `show_labels` (the default) is its label (else
// its id) in a framed box, else a circle; edges as lines (arrows when directed) end at the box or circle; pan
// (drag), zoom (wheel), double click fits again; hover names the node.
import { fmtNum, Tooltip } from "../entity_tree";
import { ForceLayout, forcesFrom } from "../force_layout";
import { buildGraph, type Graph, type GraphNode } from "../graph_model";
import { isUnder, type RGBA } from "../protocol";
import { LatestAtView } from "./latest_at_view";
import { bump, registerView, type ViewHost, type ViewSpec } from "./view";

const MARGIN = 24;
const EDGE_COLOR = "rgba(150,150,165,0.9)";
const ARROW_PX = 9;
const TICK_BUDGET_MS = 8;
/** label text height and padding in scene units (a label box grows with the zoom, as Rerun's) */
const FONT = 12;
const PAD_X = 4;
const PAD_Y = 3;
const BOX_FILL = "#1f1f26";
const BOX_STROKE = "rgba(200,200,200,0.9)";

function css(c: RGBA): string {
  return `rgba(${c[0]},${c[1]},${c[2]},${c[3] / 255})`;
}

export class GraphView extends LatestAtView {
  private readonly canvas = document.createElement("canvas");
  private readonly tooltip = new Tooltip();
  private readonly ro: ResizeObserver;
  private readonly layout: ForceLayout;
  private graph: Graph = { nodes: [], edges: [] };
  /** screen = world * scale + offset */
  private scale = 1;
  private ox = 0;
  private oy = 0;
  /** fit the view to the graph until the user pans or zooms */
  private autoFit = true;
  private frame = 0;
  private drag: { x: number; y: number } | null = null;
  private readonly background: string;
  /** label widths (scene units) by text */
  private readonly widths = new Map<string, number>();
  private measureCtx: CanvasRenderingContext2D | null = null;
  /** the blueprint's VisualBounds2D as [minX, minY, maxX, maxY], or null (fit the graph) */
  private readonly visualBounds: [number, number, number, number] | null;

  constructor(host: ViewHost, spec: ViewSpec) {
    super(host, spec, "rrnb-view rrnb-plot rrnb-graph");
    const props = spec.node?.properties;
    this.layout = new ForceLayout(forcesFrom(props));
    const bg = props?.["GraphBackground"]?.["color"];
    this.background = Array.isArray(bg) && bg.length >= 3 ? css([Number(bg[0]), Number(bg[1]), Number(bg[2]), Number(bg[3] ?? 255)]) : "#1b1b1f";
    const vb = props?.["VisualBounds2D"];
    const xr = vb?.["x_range"];
    const yr = vb?.["y_range"];
    this.visualBounds = Array.isArray(xr) && Array.isArray(yr) && xr.length === 2 && yr.length === 2 ? [Number(xr[0]), Number(yr[0]), Number(xr[1]), Number(yr[1])] : null;
    if (this.visualBounds && !this.visualBounds.every(Number.isFinite)) this.visualBounds = null;
    this.canvas.className = "rrnb-plot-canvas";
    this.el.prepend(this.canvas);
    this.el.append(this.tooltip.root);
    this.canvas.addEventListener("pointermove", this.onMove);
    this.canvas.addEventListener("pointerleave", () => this.tooltip.hide());
    this.canvas.addEventListener("pointerdown", this.onDown);
    this.canvas.addEventListener("pointerup", this.onUp);
    this.canvas.addEventListener("wheel", this.onWheel, { passive: false });
    this.canvas.addEventListener("dblclick", () => {
      this.autoFit = true;
      this.draw();
    });
    this.ro = new ResizeObserver(() => this.draw());
    this.ro.observe(this.el);
  }

  protected override dataChanged(): void {
    this.graph = buildGraph(this.data.state.entities.values(), (p) => !this.hidden.some((h) => isUnder(p, h)));
    this.layout.setGraph(
      this.graph.nodes.map((n) => ({ key: n.key, pos: n.pos, radius: this.extent(n) })),
      this.graph.edges.map((e) => [e.from, e.to] as [string, string]),
    );
    this.el.dataset.nodes = String(this.graph.nodes.length);
    this.el.dataset.edges = String(this.graph.edges.length);
    this.animate();
    bump(this.el.dataset, "frames");
  }

  override setHidden(hidden: readonly string[]): void {
    this.hidden = hidden;
    this.dataChanged();
  }

  protected override teardown(): void {
    this.ro.disconnect();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Run the layout a few ms per animation frame until it settles. */
  private animate(): void {
    this.draw();
    if (this.frame) return; // already running: the next frame takes the new graph
    if (!this.layout.running) return this.settled();
    this.el.dataset.settled = "0";
    const step = (): void => {
      this.frame = 0;
      if (!this.el.isConnected) return;
      const more = this.layout.run(300, TICK_BUDGET_MS);
      this.draw();
      if (more) this.frame = requestAnimationFrame(step);
      else this.settled();
    };
    this.frame = requestAnimationFrame(step);
  }

  private settled(): void {
    this.el.dataset.settled = "1";
    this.el.dataset.ticks = String(this.layout.ticks);
    const pts = this.layout.nodes.slice(0, 200).map((n) => [Math.round(n.x * this.scale + this.ox), Math.round(n.y * this.scale + this.oy)]);
    this.el.dataset.positions = JSON.stringify(pts);
  }

  private fit(w: number, h: number): void {
    const b = this.visualBounds ?? this.layout.bounds();
    if (!b) return;
    const bw = Math.max(b[2] - b[0], 1e-6);
    const bh = Math.max(b[3] - b[1], 1e-6);
    this.scale = Math.min((w - 2 * MARGIN) / bw, (h - 2 * MARGIN) / bh, 10);
    if (!(this.scale > 0)) this.scale = 1;
    this.ox = w / 2 - ((b[0] + b[2]) / 2) * this.scale;
    this.oy = h / 2 - ((b[1] + b[3]) / 2) * this.scale;
  }

  protected draw(): void {
    const w = Math.max(1, this.el.clientWidth);
    const h = Math.max(1, this.el.clientHeight);
    const dpr = window.devicePixelRatio || 1;
    const cv = this.canvas;
    if (cv.width !== Math.round(w * dpr) || cv.height !== Math.round(h * dpr)) {
      cv.width = Math.round(w * dpr);
      cv.height = Math.round(h * dpr);
      cv.style.width = `${w}px`;
      cv.style.height = `${h}px`;
    }
    const g = cv.getContext("2d");
    if (!g) return;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.fillStyle = this.background;
    g.fillRect(0, 0, w, h);
    if (this.autoFit) this.fit(w, h);
    this.el.dataset.view = JSON.stringify([this.scale, this.ox, this.oy]);
    const at = new Map(this.layout.nodes.map((n) => [n.key, n]));
    const byKey = new Map(this.graph.nodes.map((n) => [n.key, n]));
    const px = (x: number, y: number): [number, number] => [x * this.scale + this.ox, y * this.scale + this.oy];
    for (const e of this.graph.edges) {
      const a = at.get(e.from);
      const b = at.get(e.to);
      if (a && b) this.drawEdge(g, px(a.x, a.y), px(b.x, b.y), byKey.get(e.from), byKey.get(e.to), e.directed);
    }
    g.textBaseline = "middle";
    g.textAlign = "center";
    for (const n of this.graph.nodes) {
      const p = at.get(n.key);
      if (p) this.drawNode(g, n, ...px(p.x, p.y));
    }
  }

  /** A line from outline to outline (screen px), with an arrow head at `to` when directed. */
  private drawEdge(g: CanvasRenderingContext2D, [x0, y0]: [number, number], [x1, y1]: [number, number], from: GraphNode | undefined, to: GraphNode | undefined, directed: boolean): void {
    const d = Math.hypot(x1 - x0, y1 - y0);
    if (d < 1e-6) return;
    const ux = (x1 - x0) / d;
    const uy = (y1 - y0) / d;
    const ra = this.reach(from, ux, uy) * this.scale;
    const rb = this.reach(to, ux, uy) * this.scale;
    const ex = x1 - ux * rb;
    const ey = y1 - uy * rb;
    const back = directed ? ARROW_PX * 0.8 : 0;
    g.strokeStyle = g.fillStyle = EDGE_COLOR;
    g.lineWidth = 1.5;
    g.beginPath();
    g.moveTo(x0 + ux * ra, y0 + uy * ra);
    g.lineTo(ex - ux * back, ey - uy * back);
    g.stroke();
    if (!directed) return;
    const [ax, ay, w] = [ex - ux * ARROW_PX, ey - uy * ARROW_PX, ARROW_PX * 0.45];
    g.beginPath();
    g.moveTo(ex, ey);
    g.lineTo(ax - uy * w, ay + ux * w);
    g.lineTo(ax + uy * w, ay - ux * w);
    g.closePath();
    g.fill();
  }

  /** Half width and half height of a node's label box (scene units), or null for a circle. */
  private box(n: GraphNode): [number, number] | null {
    if (n.text === null) return null;
    let w = this.widths.get(n.text);
    if (w === undefined) {
      this.measureCtx ??= document.createElement("canvas").getContext("2d");
      if (this.measureCtx) this.measureCtx.font = `${FONT}px system-ui, sans-serif`;
      w = this.measureCtx ? this.measureCtx.measureText(n.text).width : n.text.length * FONT * 0.6;
      if (this.widths.size > 10_000) this.widths.clear();
      this.widths.set(n.text, w);
    }
    return [w / 2 + PAD_X, FONT / 2 + PAD_Y];
  }

  /** How far a node reaches from its centre (the layout's collision radius and bounds). */
  private extent(n: GraphNode): number {
    const b = this.box(n);
    return b ? Math.max(b[0], b[1]) : n.radius;
  }

  /** Distance (scene units) from a node's centre to its outline along the unit direction (ux, uy). */
  private reach(n: GraphNode | undefined, ux: number, uy: number): number {
    if (!n) return 0;
    const b = this.box(n);
    if (!b) return n.radius;
    return Math.min(Math.abs(ux) > 1e-9 ? b[0] / Math.abs(ux) : Infinity, Math.abs(uy) > 1e-9 ? b[1] / Math.abs(uy) : Infinity);
  }

  private drawNode(g: CanvasRenderingContext2D, n: GraphNode, x: number, y: number): void {
    const b = this.box(n);
    const s = this.scale;
    if (!b || n.text === null) {
      g.fillStyle = css(n.color);
      g.beginPath();
      g.arc(x, y, Math.max(1.5, n.radius * s), 0, 2 * Math.PI);
      g.fill();
      return;
    }
    const [bw, bh] = [2 * b[0] * s, 2 * b[1] * s];
    if (FONT * s < 5) {
      g.fillStyle = css(n.color); // too small to read: a filled box stands for the label, as Rerun does
      g.fillRect(x - bw / 2, y - bh / 2, bw, bh);
      return;
    }
    g.fillStyle = BOX_FILL;
    g.fillRect(x - bw / 2, y - bh / 2, bw, bh);
    g.strokeStyle = BOX_STROKE;
    g.lineWidth = 1;
    g.strokeRect(x - bw / 2, y - bh / 2, bw, bh);
    g.fillStyle = css(n.color);
    g.font = `${FONT * s}px system-ui, sans-serif`;
    g.fillText(n.text, x, y); // canvas text: data stays text
  }

  /** The node under (x, y) in CSS px, or null. */
  private nodeAt(x: number, y: number): GraphNode | null {
    const at = new Map(this.layout.nodes.map((n) => [n.key, n]));
    let best: GraphNode | null = null;
    let bestD = Infinity;
    for (const n of this.graph.nodes) {
      const p = at.get(n.key);
      if (!p) continue;
      const dx = x - (p.x * this.scale + this.ox);
      const dy = y - (p.y * this.scale + this.oy);
      const d = Math.hypot(dx, dy);
      const b = this.box(n);
      const hit = b ? Math.abs(dx) <= b[0] * this.scale + 2 && Math.abs(dy) <= b[1] * this.scale + 2 : d <= Math.max(6, n.radius * this.scale) + 3;
      if (hit && d < bestD) (best = n), (bestD = d);
    }
    return best;
  }

  private local(e: PointerEvent | WheelEvent): [number, number] {
    const r = this.canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  private readonly onMove = (e: PointerEvent): void => {
    const [x, y] = this.local(e);
    if (this.drag) {
      this.ox += x - this.drag.x;
      this.oy += y - this.drag.y;
      this.drag = { x, y };
      this.autoFit = false;
      this.tooltip.hide();
      return this.draw();
    }
    const n = this.nodeAt(x, y);
    if (!n) return this.tooltip.hide();
    const p = this.layout.nodes.find((m) => m.key === n.key);
    const lines = [n.path, `node ${n.id}${n.instance < 0 ? " (implicit)" : ` #${n.instance}`}`];
    if (n.label) lines.push(n.label);
    if (p) lines.push(`(${fmtNum(p.x)}, ${fmtNum(p.y)})`);
    this.tooltip.show(x, y, lines);
  };

  private readonly onDown = (e: PointerEvent): void => {
    if (e.button !== 0) return;
    const [x, y] = this.local(e);
    const n = this.nodeAt(x, y);
    if (n) this.host.select(n.path, n.instance >= 0 ? n.instance : null);
    this.drag = { x, y };
    try {
      this.canvas.setPointerCapture(e.pointerId);
    } catch {
      // synthetic events have no capturable pointer
    }
  };

  private readonly onUp = (): void => {
    this.drag = null;
  };

  private readonly onWheel = (e: WheelEvent): void => {
    e.preventDefault();
    const [x, y] = this.local(e);
    const k = Math.exp(-e.deltaY * 0.002);
    this.ox = x - (x - this.ox) * k;
    this.oy = y - (y - this.oy) * k;
    this.scale *= k;
    this.autoFit = false;
    this.draw();
  };
}

registerView("Graph", (host, spec) => new GraphView(host, spec));

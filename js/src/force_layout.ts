// A small, deterministic force layout for the graph view (the d3-force model Rerun's graph view uses, through its
// fjadra port): link springs, many-body repulsion, pull toward a position, centring and collision, cooled by
// `alpha` until it settles, then it stops. Nodes with logged positions are fixed. No randomness: new nodes start
// on a phyllotaxis spiral (as d3 places them), so the same graph always lays out the same. Pure (node-tested).

export interface ForceParams {
  link: { enabled: boolean; distance: number; iterations: number };
  manyBody: { enabled: boolean; strength: number };
  position: { enabled: boolean; strength: number; x: number; y: number };
  center: { enabled: boolean; strength: number };
  collision: { enabled: boolean; strength: number; iterations: number };
}

/** Rerun's fallbacks (re_view_graph properties.rs): link 60 x3, many-body -60, position 0.01 to the origin. */
export function defaultForces(): ForceParams {
  return {
    link: { enabled: true, distance: 60, iterations: 3 },
    manyBody: { enabled: true, strength: -60 },
    position: { enabled: true, strength: 0.01, x: 0, y: 0 },
    center: { enabled: false, strength: 1 },
    collision: { enabled: false, strength: 1, iterations: 1 },
  };
}

type Props = Record<string, Record<string, unknown>>;

function num(x: unknown, d: number): number {
  return typeof x === "number" && Number.isFinite(x) ? x : d;
}

function bool(x: unknown, d: boolean): boolean {
  return typeof x === "boolean" ? x : d;
}

/** The view's ForceLink / ForceManyBody / ForcePosition / ForceCenter / ForceCollisionRadius over the defaults. */
export function forcesFrom(props: Props | undefined): ForceParams {
  const f = defaultForces();
  const p = props ?? {};
  const l = p["ForceLink"] ?? {};
  f.link = { enabled: bool(l["enabled"], true), distance: num(l["distance"], 60), iterations: Math.max(1, Math.min(16, Math.floor(num(l["iterations"], 3)))) };
  const m = p["ForceManyBody"] ?? {};
  f.manyBody = { enabled: bool(m["enabled"], true), strength: num(m["strength"], -60) };
  const q = p["ForcePosition"] ?? {};
  const pos = Array.isArray(q["position"]) ? (q["position"] as unknown[]) : [];
  f.position = { enabled: bool(q["enabled"], true), strength: num(q["strength"], 0.01), x: num(pos[0], 0), y: num(pos[1], 0) };
  const c = p["ForceCenter"] ?? {};
  f.center = { enabled: bool(c["enabled"], false), strength: num(c["strength"], 1) };
  const k = p["ForceCollisionRadius"] ?? {};
  f.collision = { enabled: bool(k["enabled"], false), strength: num(k["strength"], 1), iterations: Math.max(1, Math.min(16, Math.floor(num(k["iterations"], 1)))) };
  return f;
}

export interface LayoutNode {
  key: string;
  x: number;
  y: number;
  vx: number;
  vy: number;
  /** a logged position: the node does not move */
  fixed: boolean;
  radius: number;
}

const ALPHA_MIN = 0.001;
const ALPHA_DECAY = 1 - Math.pow(ALPHA_MIN, 1 / 300);
const VELOCITY_DECAY = 0.6;
const INITIAL_RADIUS = 10;
const INITIAL_ANGLE = Math.PI * (3 - Math.sqrt(5));

export class ForceLayout {
  nodes: LayoutNode[] = [];
  private index = new Map<string, number>();
  private links: [number, number][] = [];
  private linkStrength: number[] = [];
  private linkBias: number[] = [];
  alpha = 1;
  ticks = 0;

  constructor(public params: ForceParams = defaultForces()) {}

  /** Whether it still moves (alpha above its minimum, and something free to move). */
  get running(): boolean {
    return this.alpha >= ALPHA_MIN && this.nodes.some((n) => !n.fixed);
  }

  /**
   * The graph to lay out: nodes by key (with a fixed position or null) and links between keys. Nodes kept from the
   * previous graph keep their place; new free nodes start on the spiral. `alpha` goes back to 1 when the graph
   * changed.
   */
  setGraph(nodes: readonly { key: string; pos: [number, number] | null; radius: number }[], links: readonly [string, string][]): void {
    const old = new Map(this.nodes.map((n) => [n.key, n]));
    const sameNodes = nodes.length === this.nodes.length && nodes.every((n, i) => this.nodes[i]!.key === n.key && (n.pos === null) === !this.nodes[i]!.fixed);
    this.nodes = nodes.map((n, i) => {
      const prev = old.get(n.key);
      if (n.pos) return { key: n.key, x: n.pos[0], y: n.pos[1], vx: 0, vy: 0, fixed: true, radius: n.radius };
      if (prev && !prev.fixed) return { ...prev, radius: n.radius };
      const r = INITIAL_RADIUS * Math.sqrt(0.5 + i);
      const a = i * INITIAL_ANGLE;
      return { key: n.key, x: r * Math.cos(a), y: r * Math.sin(a), vx: 0, vy: 0, fixed: false, radius: n.radius };
    });
    this.index = new Map(this.nodes.map((n, i) => [n.key, i]));
    const newLinks: [number, number][] = [];
    for (const [a, b] of links) {
      const i = this.index.get(a);
      const j = this.index.get(b);
      if (i !== undefined && j !== undefined && i !== j) newLinks.push([i, j]);
    }
    const sameLinks = newLinks.length === this.links.length && newLinks.every((l, k) => l[0] === this.links[k]![0] && l[1] === this.links[k]![1]);
    this.links = newLinks;
    const count = new Array<number>(this.nodes.length).fill(0);
    for (const [i, j] of newLinks) (count[i]! += 1), (count[j]! += 1);
    this.linkStrength = newLinks.map(([i, j]) => 1 / Math.min(count[i]!, count[j]!));
    this.linkBias = newLinks.map(([i, j]) => count[i]! / (count[i]! + count[j]!));
    if (!sameNodes || !sameLinks) this.alpha = 1;
  }

  /** One step of the simulation (d3-force's `tick`). */
  tick(): void {
    if (!this.running) return;
    this.alpha += (0 - this.alpha) * ALPHA_DECAY;
    const p = this.params;
    if (p.link.enabled) for (let k = 0; k < p.link.iterations; k++) this.forceLink();
    if (p.manyBody.enabled) this.forceManyBody();
    if (p.position.enabled) this.forcePosition();
    if (p.collision.enabled) for (let k = 0; k < p.collision.iterations; k++) this.forceCollide();
    for (const n of this.nodes) {
      if (n.fixed) continue;
      n.vx *= VELOCITY_DECAY;
      n.vy *= VELOCITY_DECAY;
      n.x += n.vx;
      n.y += n.vy;
    }
    if (p.center.enabled) this.forceCenter();
    this.ticks++;
  }

  /** Ticks until settled or `maxTicks` done, or `budgetMs` spent; whether it still runs. */
  run(maxTicks: number, budgetMs = Infinity, now: () => number = () => performance.now()): boolean {
    const t0 = now();
    for (let k = 0; k < maxTicks && this.running; k++) {
      this.tick();
      if (now() - t0 > budgetMs) break;
    }
    return this.running;
  }

  private forceLink(): void {
    const d = this.params.link.distance;
    this.links.forEach(([i, j], k) => {
      const s = this.nodes[i]!;
      const t = this.nodes[j]!;
      let x = t.x + t.vx - s.x - s.vx || jiggle(k);
      let y = t.y + t.vy - s.y - s.vy || jiggle(k + 1);
      let l = Math.sqrt(x * x + y * y);
      l = ((l - d) / l) * this.alpha * this.linkStrength[k]!;
      x *= l;
      y *= l;
      const b = this.linkBias[k]!;
      if (!t.fixed) (t.vx -= x * b), (t.vy -= y * b);
      if (!s.fixed) (s.vx += x * (1 - b)), (s.vy += y * (1 - b));
    });
  }

  /** Exact pairwise repulsion (a graph view holds hundreds of nodes, not a million). */
  private forceManyBody(): void {
    const s = this.params.manyBody.strength * this.alpha;
    const ns = this.nodes;
    for (let i = 0; i < ns.length; i++) {
      const a = ns[i]!;
      for (let j = i + 1; j < ns.length; j++) {
        const b = ns[j]!;
        let x = b.x - a.x;
        let y = b.y - a.y;
        if (x === 0 && y === 0) (x = jiggle(i + j)), (y = jiggle(i - j));
        let l2 = x * x + y * y;
        if (l2 < 1) l2 = Math.sqrt(l2); // d3's distanceMin² = 1
        const w = s / l2;
        if (!a.fixed) (a.vx += x * w), (a.vy += y * w); // w < 0 repels: a moves away from b
        if (!b.fixed) (b.vx -= x * w), (b.vy -= y * w);
      }
    }
  }

  private forcePosition(): void {
    const { strength, x, y } = this.params.position;
    for (const n of this.nodes) {
      if (n.fixed) continue;
      n.vx += (x - n.x) * strength * this.alpha;
      n.vy += (y - n.y) * strength * this.alpha;
    }
  }

  private forceCenter(): void {
    const free = this.nodes.filter((n) => !n.fixed);
    if (!free.length) return;
    let sx = 0;
    let sy = 0;
    for (const n of free) (sx += n.x), (sy += n.y);
    const s = this.params.center.strength;
    sx = (sx / free.length) * s;
    sy = (sy / free.length) * s;
    for (const n of free) (n.x -= sx), (n.y -= sy);
  }

  private forceCollide(): void {
    const ns = this.nodes;
    const s = this.params.collision.strength;
    for (let i = 0; i < ns.length; i++) {
      const a = ns[i]!;
      for (let j = i + 1; j < ns.length; j++) {
        const b = ns[j]!;
        const r = a.radius + b.radius;
        let x = a.x + a.vx - b.x - b.vx;
        let y = a.y + a.vy - b.y - b.vy;
        let l = x * x + y * y;
        if (l >= r * r) continue;
        if (x === 0) (x = jiggle(i + 3 * j)), (l += x * x);
        if (y === 0) (y = jiggle(3 * i + j)), (l += y * y);
        l = Math.sqrt(l);
        l = ((r - l) / l) * s;
        const ra = b.radius * b.radius;
        const rb = a.radius * a.radius;
        const wa = ra / (ra + rb || 1);
        if (!a.fixed) (a.vx += x * l * wa), (a.vy += y * l * wa);
        if (!b.fixed) (b.vx -= x * l * (1 - wa)), (b.vy -= y * l * (1 - wa));
      }
    }
  }

  /** [minX, minY, maxX, maxY] of the nodes (with their radii), or null when there are none. */
  bounds(): [number, number, number, number] | null {
    if (!this.nodes.length) return null;
    let b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const n of this.nodes) b = [Math.min(b[0], n.x - n.radius), Math.min(b[1], n.y - n.radius), Math.max(b[2], n.x + n.radius), Math.max(b[3], n.y + n.radius)];
    return b;
  }
}

/** A tiny deterministic nudge for coincident points (d3 uses a random one). */
function jiggle(k: number): number {
  return (((k * 2654435761) >>> 0) / 4294967296 - 0.5) * 1e-6;
}

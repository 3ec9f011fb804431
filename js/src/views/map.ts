// The map view (Rerun's MapView): the latest-at `GeoPoints` and `GeoLineStrings` of its entities on Web Mercator
// lon/lat axes with a degree graticule; no map tiles (the machines are offline). Fits the data until the user pans
// (drag) or zooms (wheel; double-click fits again); `MapZoom` sets the first zoom. Radii as Rerun: negative = UI
// points, positive = metres; points are rasterised into the pixels (disc_raster.ts: 100k stay interactive).
// Hover names the entity, the instance and its lat/lon; a click selects it.
import { rgba8 } from "../comps";
import { fillDiscs } from "../disc_raster";
import { Tooltip } from "../entity_tree";
import * as geo from "../geo";
import { isUnder, type NumComp, type RGBA } from "../protocol";
import type { ViewNode } from "../layout_tree";
import { LatestAtView } from "./latest_at_view";
import { bump, registerView, type ViewHost, type ViewSpec } from "./view";

/** Rerun's fallbacks: GeoPoints 5 UI points, GeoLineStrings 2 UI points. */
const POINT_RADIUS = -5;
const LINE_RADIUS = -2;
const HIT_PX = 4;

interface GeoPointsItem {
  kind: "points";
  path: string;
  /** world x, y per point */
  xy: Float64Array;
  lat: Float64Array;
  lon: Float64Array;
  radii: Float32Array | null;
  colors: Uint8Array;
}

interface GeoLinesItem {
  kind: "lines";
  path: string;
  xy: Float64Array;
  /** N+1 offsets into the vertices */
  offsets: Uint32Array;
  lat: Float64Array;
  radii: Float32Array | null;
  colors: Uint8Array;
}

type Item = GeoPointsItem | GeoLinesItem;

function num(c: unknown): NumComp | null {
  return c && (c as NumComp).kind === "num" ? (c as NumComp) : null;
}

/** (lat, lon) rows of `c` projected: world xy, latitudes, longitudes. */
function projected(c: NumComp, n: number): { xy: Float64Array; lat: Float64Array; lon: Float64Array } {
  const xy = new Float64Array(2 * n);
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lat[i] = Number(c.data[2 * i]);
    lon[i] = Number(c.data[2 * i + 1]);
    const [x, y] = geo.project(lat[i]!, lon[i]!);
    xy[2 * i] = x;
    xy[2 * i + 1] = y;
  }
  return { xy, lat, lon };
}

function radiiOf(c: NumComp | null): Float32Array | null {
  return c && c.data.length ? Float32Array.from(c.data as ArrayLike<number>) : null;
}

/** Instance `i`'s value of a splatted batch (a short batch repeats its last), or undefined when absent. */
function nth(a: Float32Array | null, i: number): number | undefined {
  return a && a.length ? a[Math.min(i, a.length - 1)] : undefined;
}

function css(c: Uint8Array, i: number): string {
  return `rgba(${c[4 * i]},${c[4 * i + 1]},${c[4 * i + 2]},${c[4 * i + 3]! / 255})`;
}

/** The map's items from the view's latest-at state (entities in `hidden` left out). */
export function mapItems(
  entities: Iterable<[string, { comps: Map<string, unknown>; color: RGBA }]>,
  hidden: readonly string[],
): Item[] {
  const out: Item[] = [];
  for (const [path, e] of entities) {
    if (hidden.some((h) => isUnder(path, h))) continue;
    const pos = num(e.comps.get("GeoPoints:positions"));
    if (pos && pos.shape[1] === 2 && pos.shape[0]! > 0) {
      const n = pos.shape[0]!;
      out.push({
        kind: "points",
        path,
        ...projected(pos, n),
        radii: radiiOf(num(e.comps.get("GeoPoints:radii"))),
        colors: rgba8(num(e.comps.get("GeoPoints:colors")), n, e.color),
      });
    }
    const ls = num(e.comps.get("GeoLineStrings:line_strings"));
    if (ls && ls.offsets && ls.shape[1] === 2 && ls.offsets.length > 1) {
      const n = ls.offsets.length - 1;
      const p = projected(ls, ls.shape[0]!);
      out.push({
        kind: "lines",
        path,
        xy: p.xy,
        lat: p.lat,
        offsets: ls.offsets,
        radii: radiiOf(num(e.comps.get("GeoLineStrings:radii"))),
        colors: rgba8(num(e.comps.get("GeoLineStrings:colors")), n, e.color),
      });
    }
  }
  return out;
}

/** The world box of all items, or null. */
function worldBox(items: readonly Item[]): [number, number, number, number] | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const it of items) {
    for (let i = 0; i + 1 < it.xy.length; i += 2) {
      const x = it.xy[i]!;
      const y = it.xy[i + 1]!;
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  }
  return x0 <= x1 ? [x0, y0, x1, y1] : null;
}

/** Distance from (px, py) to the segment (ax, ay)-(bx, by). */
function segDist(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const l2 = dx * dx + dy * dy;
  const t = l2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export class MapView extends LatestAtView {
  private readonly canvas = document.createElement("canvas");
  private readonly tooltip = new Tooltip();
  private readonly coords = document.createElement("div");
  private readonly ro: ResizeObserver;
  private items: Item[] = [];
  private cam: geo.MapCamera | null = null;
  private moved = false;
  private drag: { x: number; y: number; cx: number; cy: number } | null = null;
  private zoomProp: number | null;
  private fitSize = "";

  constructor(host: ViewHost, spec: ViewSpec) {
    super(host, spec, "rrnb-view rrnb-plot rrnb-map");
    this.zoomProp = MapView.zoomOf(spec.node);
    this.canvas.className = "rrnb-plot-canvas";
    this.coords.className = "rrnb-map-coords";
    Object.assign(this.coords.style, { position: "absolute", right: "6px", bottom: "4px", font: "10px system-ui",
      color: "#9a9ab0", pointerEvents: "none" }); // prettier-ignore
    this.el.style.position = "relative";
    this.el.prepend(this.canvas);
    this.el.append(this.tooltip.root, this.coords);
    this.canvas.addEventListener("pointermove", this.onMove);
    this.canvas.addEventListener("pointerleave", () => this.tooltip.hide());
    this.canvas.addEventListener("pointerdown", this.onDown);
    this.canvas.addEventListener("pointerup", this.onUp);
    this.canvas.addEventListener("wheel", this.onWheel, { passive: false });
    this.canvas.addEventListener("dblclick", () => this.refit());
    this.ro = new ResizeObserver(() => this.draw());
    this.ro.observe(this.el);
  }

  private static zoomOf(node: ViewNode | null): number | null {
    const z = node?.properties["MapZoom"]?.["value"];
    return typeof z === "number" && Number.isFinite(z) ? geo.clampZoom(z) : null;
  }

  setNode(node: ViewNode): void {
    const z = MapView.zoomOf(node);
    if (z === this.zoomProp) return; // the same map: the user's pan and zoom stay
    this.zoomProp = z;
    this.refit();
  }

  protected override dataChanged(): void {
    this.items = mapItems(this.data.state.entities, this.hidden);
    if (!this.moved) this.cam = null;
    this.draw();
    bump(this.el.dataset, "frames");
  }

  override setHidden(hidden: readonly string[]): void {
    this.hidden = hidden;
    this.dataChanged();
  }

  protected override teardown(): void {
    this.ro.disconnect();
  }

  /** Fit the data again (and follow it) until the next pan or zoom. */
  refit(): void {
    this.moved = false;
    this.cam = null;
    this.draw();
  }

  private size(): [number, number] {
    return [Math.max(1, this.el.clientWidth), Math.max(1, this.el.clientHeight)];
  }

  private camera(): geo.MapCamera {
    const [w, h] = this.size();
    if (this.cam && (this.moved || this.fitSize === `${w}x${h}`)) return this.cam;
    this.fitSize = `${w}x${h}`; // a fitted map fits again when resized
    const b = worldBox(this.items);
    const world = { cx: 0.5, cy: 0.5, zoom: Math.log2(Math.min(w, h) / geo.TILE) }; // no data: the whole world
    const c = b ? geo.fit(b[0], b[1], b[2], b[3], w, h) : world;
    if (this.zoomProp !== null) c.zoom = this.zoomProp;
    c.zoom = geo.clampZoom(c.zoom);
    this.cam = c;
    this.el.dataset["zoom"] = String(c.zoom);
    return c;
  }

  protected draw(): void {
    const [w, h] = this.size();
    const dpr = window.devicePixelRatio || 1;
    const cv = this.canvas;
    if (cv.width !== Math.round(w * dpr) || cv.height !== Math.round(h * dpr)) {
      cv.width = Math.round(w * dpr);
      cv.height = Math.round(h * dpr);
      cv.style.width = `${w}px`;
      cv.style.height = `${h}px`;
    }
    const g = cv.getContext("2d", { willReadFrequently: true }); // the points are written into its pixels
    if (!g) return;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.fillStyle = "#1b1b1f";
    g.fillRect(0, 0, w, h);
    const cam = this.camera();
    this.drawGraticule(g, cam, w, h);
    for (const it of this.items) if (it.kind === "lines") this.drawLines(g, cam, w, h, it);
    this.drawPoints(g, cam, w, h, dpr);
  }

  private drawGraticule(g: CanvasRenderingContext2D, cam: geo.MapCamera, w: number, h: number): void {
    const [x0, y0] = geo.toWorld(cam, w, h, 0, 0);
    const [x1, y1] = geo.toWorld(cam, w, h, w, h);
    const nw = geo.unproject(Math.max(0, x0), Math.max(0, y0));
    const se = geo.unproject(Math.min(1, x1), Math.min(1, y1));
    const pxPerDegLon = geo.worldPx(cam.zoom) / 360;
    const midLat = (nw.lat + se.lat) / 2;
    const step = geo.degreeStep(pxPerDegLon);
    const latStep = geo.degreeStep(pxPerDegLon / Math.max(0.05, Math.cos((midLat * Math.PI) / 180)));
    g.font = "10px system-ui, sans-serif";
    g.lineWidth = 1;
    for (const lon of geo.stepsIn(nw.lon, se.lon, step)) {
      const [sx] = geo.toScreen(cam, w, h, ...geo.project(0, lon));
      const x = Math.round(sx) + 0.5;
      g.fillStyle = "#2c2c36";
      g.fillRect(x - 0.5, 0, 1, h);
      g.fillStyle = "#9a9ab0";
      g.textAlign = "center";
      g.textBaseline = "bottom";
      g.fillText(geo.fmtDeg(lon, step, "lon"), x, h - 2);
    }
    for (const lat of geo.stepsIn(se.lat, nw.lat, latStep)) {
      const [, sy] = geo.toScreen(cam, w, h, ...geo.project(lat, 0));
      const y = Math.round(sy) + 0.5;
      g.fillStyle = "#2c2c36";
      g.fillRect(0, y - 0.5, w, 1);
      g.fillStyle = "#9a9ab0";
      g.textAlign = "left";
      g.textBaseline = "bottom";
      g.fillText(geo.fmtDeg(lat, latStep, "lat"), 3, y - 1);
    }
  }

  private drawLines(g: CanvasRenderingContext2D, cam: geo.MapCamera, w: number, h: number, it: GeoLinesItem) {
    g.lineCap = "round";
    g.lineJoin = "round";
    for (let s = 0; s + 1 < it.offsets.length; s++) {
      const a = it.offsets[s]!;
      const b = it.offsets[s + 1]!;
      if (b - a < 2) continue;
      g.lineWidth = Math.max(1, 2 * geo.radiusPx(nth(it.radii, s), cam.zoom, it.lat[a]!, LINE_RADIUS));
      g.strokeStyle = css(it.colors, s);
      g.beginPath();
      for (let i = a; i < b; i++) {
        const [x, y] = geo.toScreen(cam, w, h, it.xy[2 * i]!, it.xy[2 * i + 1]!);
        if (i === a) g.moveTo(x, y);
        else g.lineTo(x, y);
      }
      g.stroke();
    }
  }

  /** Every point item's discs, rasterised into the canvas's pixels in one pass (disc_raster.ts). */
  private drawPoints(g: CanvasRenderingContext2D, cam: geo.MapCamera, w: number, h: number, dpr: number): void {
    const pts = this.items.filter((it): it is GeoPointsItem => it.kind === "points");
    const n = pts.reduce((k, it) => k + it.lat.length, 0);
    if (n === 0) return;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    const rs = new Float64Array(n);
    const colors = new Uint8Array(4 * n);
    const s = geo.worldPx(cam.zoom);
    let k = 0;
    for (const it of pts) {
      for (let i = 0; i < it.lat.length; i++, k++) {
        xs[k] = (w / 2 + (it.xy[2 * i]! - cam.cx) * s) * dpr;
        ys[k] = (h / 2 + (it.xy[2 * i + 1]! - cam.cy) * s) * dpr;
        rs[k] = Math.max(0.5, geo.radiusPx(nth(it.radii, i), cam.zoom, it.lat[i]!, POINT_RADIUS)) * dpr;
      }
      colors.set(it.colors.subarray(0, 4 * it.lat.length), 4 * (k - it.lat.length));
    }
    const img = g.getImageData(0, 0, this.canvas.width, this.canvas.height);
    fillDiscs(img.data, img.width, img.height, xs, ys, rs, colors, n);
    g.putImageData(img, 0, 0);
  }

  /** The item instance under canvas pixel (px, py): the topmost point, else the nearest line within reach. */
  private hit(px: number, py: number): { path: string; instance: number; lat: number; lon: number } | null {
    const cam = this.camera();
    const [w, h] = this.size();
    for (let k = this.items.length - 1; k >= 0; k--) {
      const it = this.items[k]!;
      if (it.kind !== "points") continue;
      for (let i = it.lat.length - 1; i >= 0; i--) {
        const [x, y] = geo.toScreen(cam, w, h, it.xy[2 * i]!, it.xy[2 * i + 1]!);
        const r = geo.radiusPx(nth(it.radii, i), cam.zoom, it.lat[i]!, POINT_RADIUS);
        if (Math.hypot(px - x, py - y) > r + HIT_PX) continue;
        return { path: it.path, instance: i, lat: it.lat[i]!, lon: it.lon[i]! };
      }
    }
    const here = geo.unproject(...geo.toWorld(cam, w, h, px, py));
    for (const it of this.items) {
      if (it.kind !== "lines") continue;
      for (let s = 0; s + 1 < it.offsets.length; s++) {
        const reach = geo.radiusPx(nth(it.radii, s), cam.zoom, here.lat, LINE_RADIUS) + HIT_PX;
        for (let i = it.offsets[s]!; i + 1 < it.offsets[s + 1]!; i++) {
          const [ax, ay] = geo.toScreen(cam, w, h, it.xy[2 * i]!, it.xy[2 * i + 1]!);
          const [bx, by] = geo.toScreen(cam, w, h, it.xy[2 * i + 2]!, it.xy[2 * i + 3]!);
          if (segDist(px, py, ax, ay, bx, by) <= reach) return { path: it.path, instance: s, ...here };
        }
      }
    }
    return null;
  }

  private local(e: MouseEvent): [number, number] {
    const r = this.canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  private readonly onMove = (e: PointerEvent): void => {
    const [px, py] = this.local(e);
    if (this.drag && (this.moved || Math.hypot(px - this.drag.x, py - this.drag.y) >= 3)) {
      const c = this.camera();
      const s = geo.worldPx(c.zoom);
      this.cam = { ...c, cx: this.drag.cx - (px - this.drag.x) / s, cy: this.drag.cy - (py - this.drag.y) / s };
      this.moved = true;
      this.draw();
      return;
    }
    const [w, h] = this.size();
    const at = geo.unproject(...geo.toWorld(this.camera(), w, h, px, py));
    this.coords.textContent = `${geo.fmtDeg(at.lat, 1e-5, "lat")} ${geo.fmtDeg(at.lon, 1e-5, "lon")}`;
    const hit = this.hit(px, py);
    if (!hit) return this.tooltip.hide();
    const where = `${geo.fmtDeg(hit.lat, 1e-5, "lat")}, ${geo.fmtDeg(hit.lon, 1e-5, "lon")}`;
    this.tooltip.show(px, py, [hit.path, `#${hit.instance}`, where]);
  };

  private readonly onDown = (e: PointerEvent): void => {
    const [px, py] = this.local(e);
    const c = this.camera();
    this.drag = { x: px, y: py, cx: c.cx, cy: c.cy };
    this.canvas.setPointerCapture?.(e.pointerId);
  };

  private readonly onUp = (e: PointerEvent): void => {
    const d = this.drag;
    this.drag = null;
    const [px, py] = this.local(e);
    if (d && Math.hypot(px - d.x, py - d.y) < 3) {
      const hit = this.hit(px, py);
      if (hit) this.host.select(hit.path, hit.instance);
    }
  };

  private readonly onWheel = (e: WheelEvent): void => {
    e.preventDefault();
    const [px, py] = this.local(e);
    const [w, h] = this.size();
    const c = this.camera();
    const [wx, wy] = geo.toWorld(c, w, h, px, py);
    const zoom = geo.clampZoom(c.zoom - e.deltaY * 0.002);
    const s = geo.worldPx(zoom);
    // keep the world point under the cursor where it is
    this.cam = { zoom, cx: wx - (px - w / 2) / s, cy: wy - (py - h / 2) / s };
    this.el.dataset["zoom"] = String(zoom);
    this.moved = true;
    this.draw();
  };
}

registerView("Map", (host, spec) => new MapView(host, spec));

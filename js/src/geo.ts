// Web Mercator (EPSG:3857, as web maps and Rerun's map view) for the map view: latitude / longitude in degrees
// <-> "world" coordinates x, y in [0, 1] (x east, y south), a camera (centre + zoom level: 256 * 2^zoom pixels
// for the whole world), the size of a metre on screen, and the graticule's degree steps. Pure: node tests it.

/** Latitudes beyond this have no Mercator image (the square world of web maps). */
export const MAX_LAT = 85.05112878;
/** The Earth's circumference at the equator (m), as Web Mercator takes it. */
export const EQUATOR_M = 40075016.686;
/** Pixels across the whole world at zoom 0. */
export const TILE = 256;

export interface LatLon {
  lat: number;
  lon: number;
}

/** (lat, lon) degrees → world (x, y) in [0, 1]; latitudes are clamped to ±MAX_LAT. */
export function project(lat: number, lon: number): [number, number] {
  const la = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  const x = (lon + 180) / 360;
  const y = (1 - Math.log(Math.tan(la) + 1 / Math.cos(la)) / Math.PI) / 2;
  return [x, y];
}

/** world (x, y) → (lat, lon) degrees. */
export function unproject(x: number, y: number): LatLon {
  const lon = x * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return { lat, lon };
}

/** What the map shows: the world point at the canvas centre and the zoom level. */
export interface MapCamera {
  cx: number;
  cy: number;
  zoom: number;
}

export const MIN_ZOOM = 0;
export const MAX_ZOOM = 24;

/** Pixels per world unit at `zoom`. */
export function worldPx(zoom: number): number {
  return TILE * Math.pow(2, zoom);
}

/** Canvas pixel of world (x, y) for a `w` x `h` canvas. */
export function toScreen(cam: MapCamera, w: number, h: number, x: number, y: number): [number, number] {
  const s = worldPx(cam.zoom);
  return [w / 2 + (x - cam.cx) * s, h / 2 + (y - cam.cy) * s];
}

/** World (x, y) under canvas pixel (px, py). */
export function toWorld(cam: MapCamera, w: number, h: number, px: number, py: number): [number, number] {
  const s = worldPx(cam.zoom);
  return [cam.cx + (px - w / 2) / s, cam.cy + (py - h / 2) / s];
}

/** Screen pixels of one metre at latitude `lat` (Mercator stretches by 1 / cos(lat)). */
export function pxPerMetre(zoom: number, lat: number): number {
  const c = Math.cos((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  return worldPx(zoom) / (EQUATOR_M * c);
}

/** A radius as drawn (px): negative = UI points (pixels here), positive = metres (Rerun's Radius); `dflt` (UI
 *  points, negative) when absent or not finite. */
export function radiusPx(r: number | undefined, zoom: number, lat: number, dflt: number): number {
  const v = r !== undefined && Number.isFinite(r) ? r : dflt;
  return v < 0 ? -v : v * pxPerMetre(zoom, lat);
}

/** The camera showing the world box [x0, x1] x [y0, y1] in a `w` x `h` canvas with `pad` px each side; a
 *  single point (or a tiny box) gets `pointZoom`. */
export function fit(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  w: number,
  h: number,
  pad = 30,
  pointZoom = 15,
): MapCamera {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const aw = Math.max(1, w - 2 * pad);
  const ah = Math.max(1, h - 2 * pad);
  let zoom = pointZoom;
  if (dx > 0 || dy > 0) {
    const s = Math.min(dx > 0 ? aw / dx : Infinity, dy > 0 ? ah / dy : Infinity);
    zoom = Math.min(pointZoom, Math.log2(s / TILE));
  }
  return { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, zoom: clampZoom(zoom) };
}

export function clampZoom(z: number): number {
  return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
}

/** A "nice" graticule step (degrees) so that lines are about `targetPx` apart when one degree is `pxPerDeg`. */
export function degreeStep(pxPerDeg: number, targetPx = 110): number {
  const raw = targetPx / Math.max(1e-12, pxPerDeg);
  if (raw >= 90) return 90;
  for (const s of [45, 30, 15, 10]) if (raw >= s * 0.75) return s;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const f = raw / mag;
  return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * mag;
}

/** The multiples of `step` within [a, b]. */
export function stepsIn(a: number, b: number, step: number): number[] {
  const out: number[] = [];
  if (!(step > 0) || !(b >= a)) return out;
  for (let k = Math.ceil(a / step); k * step <= b && out.length < 400; k++) out.push(k * step);
  return out;
}

/** `59.32°N`, `18.06°E`: a latitude or longitude label with as many decimals as `step` needs. */
export function fmtDeg(v: number, step: number, axis: "lat" | "lon"): string {
  const dec = Math.max(0, Math.min(8, Math.ceil(-Math.log10(step) - 1e-9)));
  const hemi = axis === "lat" ? (v > 0 ? "N" : v < 0 ? "S" : "") : v > 0 ? "E" : v < 0 ? "W" : "";
  return `${Math.abs(v).toFixed(dec)}°${hemi}`;
}

// State timeline data (docs/protocol.md "State timeline: states"): the reply's lanes of phases, the time range
// shown (Rerun's auto-fit), the phase under a time, the open last phase's drawn end. Pure (no DOM): node-tested.
import type { RGBA } from "./protocol";

export interface Phase {
  start: number;
  /** the next change; null: the last phase, it runs on */
  end: number | null;
  value: string;
  label: string;
  color: RGBA;
  /** > 1: that many narrow phases merged by the kernel into one region (value "") */
  count: number;
}

export interface Lane {
  path: string;
  phases: Phase[];
}

export interface StatesData {
  start: number | null;
  end: number | null;
  dataRange: [number, number] | null;
  lanes: Lane[];
}

type Obj = Record<string, unknown>;

/** Rerun extends the open last phase past the data's end by this fraction of the data span. */
export const OVERHANG = 0.05;

const num = (x: unknown): number | null => (typeof x === "number" && Number.isFinite(x) ? x : null);

function rgba(c: unknown): RGBA {
  if (!Array.isArray(c) || c.length < 3) return [128, 128, 128, 255];
  const v = c.map((x) => Math.max(0, Math.min(255, Math.round(Number(x)) || 0)));
  return [v[0]!, v[1]!, v[2]!, v[3] ?? 255];
}

function phase(p0: unknown): Phase | null {
  const p = (p0 ?? {}) as Obj;
  const start = num(p["start"]);
  if (start === null) return null;
  const end = num(p["end"]);
  const value = String(p["value"] ?? "");
  const count = Math.max(1, Math.floor(num(p["count"]) ?? 1));
  return { start, end, value, label: String(p["label"] ?? value), color: rgba(p["color"]), count };
}

/** A `states` reply's content as typed lanes (malformed phases are dropped). */
export function parseStates(msg: Obj): StatesData {
  const lanes = (Array.isArray(msg["lanes"]) ? (msg["lanes"] as unknown[]) : []).map((l0): Lane => {
    const l = (l0 ?? {}) as Obj;
    const phases = (Array.isArray(l["phases"]) ? (l["phases"] as unknown[]) : []).map(phase);
    return { path: String(l["path"] ?? ""), phases: phases.filter((p): p is Phase => p !== null) };
  });
  const dr = msg["data_range"];
  const a = Array.isArray(dr) ? num(dr[0]) : null;
  const b = Array.isArray(dr) ? num(dr[1]) : null;
  return { start: num(msg["start"]), end: num(msg["end"]), dataRange: a !== null && b !== null ? [a, b] : null, lanes };
}

/** Where the open last phase is drawn to: the timeline's end (else the data's) plus Rerun's overhang. */
export function openEnd(dataRange: [number, number], timelineMax: number | null): number {
  const span = Math.max(1, dataRange[1] - dataRange[0]);
  return Math.max(dataRange[1], timelineMax ?? dataRange[1]) + span * OVERHANG;
}

/** Rerun's auto-fit: the data span, the overhang, and 5 % either side. */
export function fitRange(dataRange: [number, number], timelineMax: number | null): [number, number] {
  const span = Math.max(1, dataRange[1] - dataRange[0]);
  return [dataRange[0] - span * 0.05, openEnd(dataRange, timelineMax) + span * 0.05];
}

/** The phase of `lane` at time `t` (null: a gap, or before the first change). */
export function phaseAt(lane: Lane, t: number, openEndAt: number): Phase | null {
  for (const p of lane.phases) if (t >= p.start && t < (p.end ?? openEndAt)) return p;
  return null;
}

/** What hover says a phase is: its label, and the raw value when the label differs. */
export function describe(p: Phase): string {
  return p.count > 1 || p.label === p.value || !p.value ? p.label : `${p.label} (${p.value})`;
}

/** Black or white text, whichever reads on `c`. */
export function textColor(c: RGBA): string {
  return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2] > 150 ? "#111" : "#fff";
}

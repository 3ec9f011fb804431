// Time units in the front end, in one place. Kernel time values (traitlets, queries, replies) are in the
// timeline's units: seconds for duration and timestamp timelines, the integer value for sequences; the slider
// holds the same values. Here: how they are shown, how playback moves through them, how fine playback frames are.

export type TimelineKind = "sequence" | "duration" | "timestamp";

export interface TimelineInfo {
  name: string;
  kind: TimelineKind;
  min: number;
  max: number;
  marks: number[];
}

/** Playback on a sequence timeline: steps per second of wall clock at speed 1. */
export const SEQUENCE_STEPS_PER_S = 30;
/** Playback frames are asked for at most this often per second of wall clock (the display rate). */
const DISPLAY_HZ = 60;

/** Timeline units per second of wall clock at `speed`. */
export function unitsPerSecond(tl: TimelineInfo, speed: number): number {
  return (tl.kind === "sequence" ? SEQUENCE_STEPS_PER_S : 1) * Math.max(speed, 1e-6);
}

/** The length of one loop of playback (a sequence's last step takes one step too). */
export function loopSpan(tl: TimelineInfo): number {
  return tl.max - tl.min + (tl.kind === "sequence" ? 1 : 0);
}

/** The smallest step between two playback frames worth drawing at `rate` units/s (sequences: whole steps). */
export function frameStep(tl: TimelineInfo, rate: number): number {
  return tl.kind === "sequence" ? Math.max(0, Math.floor(rate / DISPLAY_HZ)) : rate / DISPLAY_HZ;
}

/** The slider's `step` attribute. */
export function sliderStep(kind: TimelineKind): string {
  return kind === "sequence" ? "1" : "any";
}

/** The time in its kind's units: "#12", "1.250 s", ISO date-time (UTC). */
export function formatTime(t: number, kind: TimelineKind): string {
  if (!Number.isFinite(t)) return "–";
  switch (kind) {
    case "sequence":
      return `#${Math.round(t)}`;
    case "duration":
      return `${(Object.is(t, -0) ? 0 : t).toFixed(3)} s`;
    case "timestamp": {
      const d = new Date(t * 1000);
      return Number.isNaN(d.getTime()) ? `${t} s` : d.toISOString();
    }
  }
}

export interface PlayState {
  /** the time shown */
  time: number;
  /** sequence: fractional steps carried between frames */
  carry: number;
  playing: boolean;
}

/**
 * Advance playback by `dtSec` of real time: duration/timestamp by dt × speed seconds, sequence by 30 steps/s ×
 * speed (integer steps, the fraction carried). Past the end: wrap to min if `loop`, else stop at max.
 */
export function advance(s: PlayState, tl: TimelineInfo, dtSec: number, speed: number, loop: boolean): PlayState {
  let { time, carry } = s;
  let playing = s.playing;
  if (tl.kind === "sequence") {
    carry += dtSec * SEQUENCE_STEPS_PER_S * speed;
    const steps = Math.floor(carry);
    carry -= steps;
    time = Math.round(time) + steps;
  } else {
    time += dtSec * speed;
  }
  if (time > tl.max) {
    if (loop && tl.max > tl.min) {
      time = tl.min + ((time - tl.min) % loopSpan(tl));
    } else {
      time = tl.max;
      playing = false;
    }
  }
  if (time < tl.min) time = tl.min;
  return { time, carry, playing };
}

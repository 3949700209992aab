import { distanceMetres, type TrackPoint } from './patrol';

/**
 * Which position fixes a patrol keeps. A phone in a yard reports fixes from GPS, Wi-Fi and cell
 * towers mixed: a cell-tower fix is hundreds of metres off and, taken as a position, draws a
 * zigzag and adds kilometres the officer never walked. The filter is pure so the tablet that
 * records and the tests that check it use the same rules.
 */
export interface TrackFilterOptions {
  /** A fix less accurate than this (radius, metres) is not a position worth drawing. */
  maxAccuracyMetres: number;
  /** Faster than this from the last kept fix is a jump, not movement (an officer walks or drives in town). */
  maxSpeedMetresPerSecond: number;
  /** Thin the track: keep a fix after this many seconds… */
  minSeconds: number;
  /** …or this many metres from the last kept fix, so a day stays a few thousand points. */
  minMetres: number;
}

export const TRACK_FILTER: TrackFilterOptions = { maxAccuracyMetres: 50, maxSpeedMetresPerSecond: 42, minSeconds: 15, minMetres: 20 };

export type FixVerdict = 'keep' | 'inaccurate' | 'jump' | 'tooClose' | 'outOfOrder';

/** Whether to keep `next`, given the last fix kept (none: the patrol has no point yet). */
export function judgeFix(previous: TrackPoint | undefined, next: TrackPoint, options: TrackFilterOptions = TRACK_FILTER): FixVerdict {
  if (next.acc > options.maxAccuracyMetres) return 'inaccurate';
  if (!previous) return 'keep';
  const seconds = (Date.parse(next.t) - Date.parse(previous.t)) / 1000;
  if (seconds <= 0) return 'outOfOrder';
  const metres = distanceMetres(previous, next);
  if (metres / seconds > options.maxSpeedMetresPerSecond) return 'jump';
  return seconds >= options.minSeconds || metres >= options.minMetres ? 'keep' : 'tooClose';
}

/** A stretch with no fix for longer than the limit: drawn dashed, never as a walked line. */
export interface TrackGap {
  from: TrackPoint;
  to: TrackPoint;
  minutes: number;
}

export const TRACK_GAP_MINUTES = 10;

/** The gaps of a track (fixes in time order), longer than `minMinutes`. */
export function trackGaps(points: readonly TrackPoint[], minMinutes = TRACK_GAP_MINUTES): TrackGap[] {
  const sorted = [...points].sort((a, b) => a.t.localeCompare(b.t));
  const gaps: TrackGap[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const from = sorted[i - 1] as TrackPoint;
    const to = sorted[i] as TrackPoint;
    const minutes = (Date.parse(to.t) - Date.parse(from.t)) / 60_000;
    if (minutes > minMinutes) gaps.push({ from, to, minutes });
  }
  return gaps;
}

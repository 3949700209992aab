import { addDays, shanghaiDate } from './dates';
import type { InspectionFacts } from './kpi';
import { distanceMetres, type TrackPoint } from './patrol';

/** The facts of one patrol that officer activity needs (domain §2.8, §5.2 per-officer). */
export interface PatrolFacts {
  officerId: string;
  startedAt: string;
  endedAt?: string | undefined;
  points: readonly TrackPoint[];
  /** onSite: within the enterprise's radius of its stored location (checkInPlace), judged by the server. */
  checkIns: readonly { at: string; onSite: boolean }[];
}

/** One officer's work in a period: inspections, and patrol distance and time from the tracks. */
export interface OfficerActivity {
  officerId: string;
  /** Government inspections finished in the period that the officer took part in. */
  inspections: number;
  /** Patrols that were running at some moment of the period. */
  patrols: number;
  distanceMetres: number;
  patrolMinutes: number;
  /** 现场签到 only: a check-in away from the enterprise or without a position is no visit. */
  checkIns: number;
}

/** Fixes less accurate than this are left out of distances, as in trackLength. */
const MAX_ACCURACY_M = 100;

/** The period [from, to] (Asia/Shanghai dates) as instants: [from 00:00 +08:00, the day after `to` 00:00 +08:00). */
function window(from: string, to: string): { start: number; end: number } {
  return { start: Date.parse(`${from}T00:00:00+08:00`), end: Date.parse(`${addDays(to, 1)}T00:00:00+08:00`) };
}

/**
 * When a patrol ended. A patrol never stopped (a tablet left on a desk) ends at its last fix, not
 * now: only recorded movement counts as time on patrol.
 */
export function patrolEnd(p: Pick<PatrolFacts, 'startedAt' | 'endedAt' | 'points'>): number {
  if (p.endedAt) return Date.parse(p.endedAt);
  return Math.max(Date.parse(p.startedAt), ...p.points.map((x) => Date.parse(x.t)));
}

/** Total length of the union of intervals: two patrols running at once (a second tablet) count their overlap once. */
function unionLength(intervals: { start: number; end: number }[]): number {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  let total = 0;
  let current: { start: number; end: number } | undefined;
  for (const i of sorted) {
    if (current && i.start <= current.end) current.end = Math.max(current.end, i.end);
    else {
      if (current) total += current.end - current.start;
      current = { ...i };
    }
  }
  return total + (current ? current.end - current.start : 0);
}

/**
 * Distance of a track inside [start, end). Each stretch between two good fixes belongs to the
 * period of the fix that ends it, so adjacent periods add up to the whole track.
 */
function distanceWithin(points: readonly TrackPoint[], start: number, end: number): number {
  const good = points.filter((p) => p.acc <= MAX_ACCURACY_M).map((p) => ({ ...p, ms: Date.parse(p.t) })).sort((a, b) => a.ms - b.ms);
  let total = 0;
  for (let i = 1; i < good.length; i++) {
    const to = good[i] as (typeof good)[number];
    if (to.ms >= start && to.ms < end) total += distanceMetres(good[i - 1] as TrackPoint, to);
  }
  return total;
}

/** Whether a patrol was running at some moment of [start, end); one started and stopped at once counts where it started. */
function runsWithin(p: PatrolFacts, start: number, end: number): boolean {
  const began = Date.parse(p.startedAt);
  const ended = patrolEnd(p);
  return ended > began ? began < end && ended > start : began >= start && began < end;
}

/**
 * Activity of each officer in `officerIds` (in that order; an officer with nothing to show gets
 * zeros) over the Asia/Shanghai dates [from, to]. Patrol time is clipped to the period, so a patrol
 * across midnight counts in each day for its part.
 */
export function officerActivity(
  officerIds: readonly string[],
  inspections: readonly InspectionFacts[],
  patrols: readonly PatrolFacts[],
  from: string,
  to: string,
): OfficerActivity[] {
  const { start, end } = window(from, to);
  const inPeriod = (instant: string | undefined) => instant !== undefined && shanghaiDate(instant) >= from && shanghaiDate(instant) <= to;
  return officerIds.map((officerId) => {
    const own = patrols.filter((p) => p.officerId === officerId);
    const clipped = own.map((p) => ({ start: Math.max(start, Date.parse(p.startedAt)), end: Math.min(end, patrolEnd(p)) }));
    return {
      officerId,
      inspections: inspections.filter((i) => !i.selfCheck && i.officerIds.includes(officerId) && inPeriod(i.finishedAt)).length,
      patrols: own.filter((p) => runsWithin(p, start, end)).length,
      distanceMetres: own.reduce((sum, p) => sum + distanceWithin(p.points, start, end), 0),
      patrolMinutes: unionLength(clipped) / 60_000,
      checkIns: own.reduce((sum, p) => sum + p.checkIns.filter((c) => c.onSite && inPeriod(c.at)).length, 0),
    };
  });
}

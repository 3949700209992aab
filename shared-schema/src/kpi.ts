import { daysBetween, shanghaiDate } from './dates';
import type { Hazard, HazardLevel, HazardSource } from './hazard';
import type { HazardEvent } from './hazardEvents';
import type { ListingLevel } from './listingLevel';
import type { SupervisionCategory } from './enterprise';
import { foldHazard } from './hazardFold';
import { keySectorPatrolRate } from './keySectorPatrol';
import { CLOSED_STATES, COUNTED_STATES, TO_RECTIFY_STATES, type HazardState } from './hazardStates';

/**
 * The facts about one hazard that the seed KPIs need (domain §5), derived from the fold.
 * Pure inputs, so KPIs compute the same on the server, in reports and in tests.
 */
export interface HazardFacts {
  id: string;
  source: HazardSource;
  level: HazardLevel;
  state: HazardState;
  foundAt: string;
  deadline?: string | undefined;
  closedAt?: string | undefined;
  listingLevel?: ListingLevel | undefined;
  /** Results of the re-checks in order (true = passed). */
  recheckResults: boolean[];
}

export interface InspectionFacts {
  enterpriseId: string;
  officerIds: string[];
  selfCheck: boolean;
  finishedAt?: string | undefined;
  /** Done by a grid officer (网格员, incl. 行业监管网格员): only such visits count as patrols. */
  byGridOfficer?: boolean | undefined;
  /** 现场签到 as the server measured it against the stored enterprise; undefined without a check-in position. */
  onSite?: boolean | undefined;
  /** 逢查必考: whether each examinee of the inspection passed (examSittingsOf), in any order. */
  examPassed?: readonly boolean[] | undefined;
}

/** A ratio that knows its parts: an empty denominator is "no data", never 0 % or 100 %. */
export interface Rate {
  numerator: number;
  denominator: number;
  value: number | null;
}

const rate = (numerator: number, denominator: number): Rate => ({ numerator, denominator, value: denominator === 0 ? null : numerator / denominator });
const inPeriod = (instant: string | undefined, from: string, to: string) => {
  if (instant === undefined) return false;
  const date = shanghaiDate(instant);
  return date >= from && date <= to;
};
const closedStates = CLOSED_STATES;
const countedStates = (s: HazardState) => COUNTED_STATES.includes(s);

/** 巡查率: share of enterprises with a finished government inspection in [from, to] (Asia/Shanghai dates). */
export function inspectionCoverage(enterpriseIds: readonly string[], inspections: readonly InspectionFacts[], from: string, to: string): Rate {
  const covered = new Set(inspections.filter((i) => !i.selfCheck && inPeriod(i.finishedAt, from, to)).map((i) => i.enterpriseId));
  return rate(enterpriseIds.filter((id) => covered.has(id)).length, enterpriseIds.length);
}

/** 自查率: share of enterprises that finished a self-check in the period. */
export function selfCheckRate(enterpriseIds: readonly string[], inspections: readonly InspectionFacts[], from: string, to: string): Rate {
  const checked = new Set(inspections.filter((i) => i.selfCheck && inPeriod(i.finishedAt, from, to)).map((i) => i.enterpriseId));
  return rate(enterpriseIds.filter((id) => checked.has(id)).length, enterpriseIds.length);
}

/**
 * 逢查必考合格率: examinees who passed among those examined at government inspections finished in
 * the period. Each examinee counts once (an inspection of three examinees weighs three).
 */
export function examPassRate(inspections: readonly InspectionFacts[], from: string, to: string): Rate {
  const results = inspections.filter((i) => !i.selfCheck && inPeriod(i.finishedAt, from, to)).flatMap((i) => i.examPassed ?? []);
  return rate(results.filter(Boolean).length, results.length);
}

/** Closed (销号 or 核销) on or before `asOf` (an Asia/Shanghai date). */
const closedBy = (h: HazardFacts, asOf: string) => closedStates.includes(h.state) && h.closedAt !== undefined && shanghaiDate(h.closedAt) <= asOf;

/**
 * 闭环率 (docs/kpis.md): closed by `asOf` among the counted hazards already due — closed by then, or
 * open with a deadline before `asOf`. A hazard still inside its deadline cannot have failed yet, so
 * it is in neither part; nor are drafts, rejected (不属实) and voided (作废) hazards, nor an open
 * hazard with no deadline (a major hazard awaiting its plan).
 */
export function closureRate(hazards: readonly HazardFacts[], asOf: string): Rate {
  const due = hazards.filter((h) => countedStates(h.state) && (closedBy(h, asOf) || (h.deadline !== undefined && h.deadline < asOf)));
  return rate(due.filter((h) => closedBy(h, asOf)).length, due.length);
}

/** 按期整改率: closed on or before the deadline day (Asia/Shanghai) among closed hazards that had one. */
export function onTimeRate(hazards: readonly HazardFacts[]): Rate {
  const closed = hazards.filter((h) => closedStates.includes(h.state) && h.deadline && h.closedAt);
  return rate(closed.filter((h) => shanghaiDate(h.closedAt ?? '') <= (h.deadline ?? '')).length, closed.length);
}

/**
 * 逾期 as of a day: hazards past their deadline and not closed by then, with how
 * many days past. For `today` that is the open hazards past their deadline; for a past month's end
 * it also counts hazards that were overdue then and closed since (docs/kpis.md).
 */
export function overdue(hazards: readonly HazardFacts[], today: string): { count: number; maxDays: number; averageDays: number | null; ids: string[] } {
  const late = hazards.filter((h) => h.deadline !== undefined && h.deadline < today
    && (TO_RECTIFY_STATES.includes(h.state) || (closedStates.includes(h.state) && !closedBy(h, today))));
  const ages = late.map((h) => daysBetween(h.deadline ?? today, today));
  return {
    count: late.length,
    maxDays: ages.length === 0 ? 0 : Math.max(...ages),
    averageDays: ages.length === 0 ? null : ages.reduce((a, b) => a + b, 0) / ages.length,
    ids: late.map((h) => h.id),
  };
}

/** Average calendar days from finding to closing (Asia/Shanghai dates), over closed hazards. */
export function averageDaysToClose(hazards: readonly HazardFacts[]): number | null {
  const closed = hazards.filter((h) => closedStates.includes(h.state) && h.closedAt);
  if (closed.length === 0) return null;
  return closed.reduce((sum, h) => sum + daysBetween(shanghaiDate(h.foundAt), shanghaiDate(h.closedAt ?? h.foundAt)), 0) / closed.length;
}

/** 一次复查通过率: share of re-checked hazards whose first re-check passed (voided ones left out). */
export function firstRecheckPassRate(hazards: readonly HazardFacts[]): Rate {
  const rechecked = hazards.filter((h) => h.recheckResults.length > 0 && h.state !== 'VOIDED');
  return rate(rechecked.filter((h) => h.recheckResults[0] === true).length, rechecked.length);
}

export function countBy<K extends string>(hazards: readonly HazardFacts[], key: (h: HazardFacts) => K | undefined): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {};
  for (const h of hazards) {
    const k = key(h);
    if (k !== undefined) counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

/** 重大隐患 by 挂牌 level; unlisted major hazards count under 'unlisted'. */
export function majorByListing(hazards: readonly HazardFacts[]): Partial<Record<ListingLevel | 'unlisted', number>> {
  return countBy(hazards.filter((h) => h.level === 'major' && countedStates(h.state)), (h) => h.listingLevel ?? 'unlisted');
}

export function bySource(hazards: readonly HazardFacts[]): Partial<Record<HazardSource, number>> {
  return countBy(hazards.filter((h) => countedStates(h.state)), (h) => h.source);
}

/**
 * The facts of one hazard from its record and events, through the one fold every device uses:
 * the server's hazard_status rows and a device's own figures agree by construction. `storedAt`:
 * the server time the hazard was first stored, which the server passes as the found time (the
 * device's foundAt is shown, never graded); a device without it uses its own foundAt.
 */
export function hazardFacts(hazard: Hazard, events: readonly HazardEvent[], storedAt?: string): HazardFacts {
  const status = foldHazard(hazard, events);
  const byId = new Map(events.map((e) => [e.id, e]));
  // Applied events in fold order (accepted, then this device's pending ones): the re-checks in order.
  const recheckResults = [...status.appliedEventIds, ...status.pendingEventIds]
    .map((id) => byId.get(id))
    .filter((e): e is HazardEvent => e?.type === 'verify')
    .map((e) => e.payload.passed === true);
  return {
    id: hazard.id, source: hazard.source, level: status.level, state: status.state, foundAt: storedAt ?? hazard.foundAt,
    deadline: status.deadline, closedAt: status.closedAt, listingLevel: status.listing?.level, recheckResults,
  };
}

/** An enterprise as the KPIs read it: its 监管类别 decides whether it is a key-sector unit. */
export interface KpiEnterprise {
  id: string;
  supervisionCategory?: SupervisionCategory | undefined;
}

/** The seed KPIs of one group of enterprises, their inspections and hazards. */
export interface KpiSet {
  enterprises: number;
  /** Every hazard found in the period, voided ones included. */
  hazardsFound: number;
  /** 作废: found in the period and voided by a supervisor; in no rate. */
  voided: number;
  inspectionCoverage: Rate;
  selfCheckRate: Rate;
  closureRate: Rate;
  onTimeRate: Rate;
  overdue: { count: number; maxDays: number; averageDays: number | null };
  averageDaysToClose: number | null;
  firstRecheckPassRate: Rate;
  /** 重点行业领域巡查率 (keySectorPatrol.ts): key-sector units visited on site by a grid officer. */
  keySectorPatrolRate: Rate;
  examPassRate: Rate;
  majorByListing: Partial<Record<ListingLevel | 'unlisted', number>>;
  bySource: Partial<Record<HazardSource, number>>;
}

/**
 * Period KPIs count the hazards found in [from, to] (Asia/Shanghai dates). 闭环率 and 逾期 are facts
 * of one day, `asOf` = the period's end or today if earlier: a past month's report shows them as
 * at that month's end, whenever it is made. 逾期 counts every hazard given, whenever found, so
 * callers pass the period's hazards plus any still open.
 */
export function kpiSet(enterprises: readonly KpiEnterprise[], inspections: readonly InspectionFacts[], hazards: readonly HazardFacts[], from: string, to: string, today: string): KpiSet {
  const enterpriseIds = enterprises.map((e) => e.id);
  const found = hazards.filter((h) => inPeriod(h.foundAt, from, to));
  const asOf = to < today ? to : today;
  const { ids: _ids, ...late } = overdue(hazards, asOf);
  return {
    enterprises: enterpriseIds.length,
    hazardsFound: found.length,
    voided: found.filter((h) => h.state === 'VOIDED').length,
    inspectionCoverage: inspectionCoverage(enterpriseIds, inspections, from, to),
    selfCheckRate: selfCheckRate(enterpriseIds, inspections, from, to),
    closureRate: closureRate(found, asOf),
    onTimeRate: onTimeRate(found),
    overdue: late,
    averageDaysToClose: averageDaysToClose(found),
    firstRecheckPassRate: firstRecheckPassRate(found),
    keySectorPatrolRate: keySectorPatrolRate(enterprises, inspections, from, to),
    examPassRate: examPassRate(inspections, from, to),
    majorByListing: majorByListing(found),
    bySource: bySource(found),
  };
}

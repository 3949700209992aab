import { describe, expect, it } from 'vitest';
import { averageDaysToClose, bySource, closureRate, examPassRate, firstRecheckPassRate, inspectionCoverage, majorByListing, onTimeRate, overdue, selfCheckRate, kpiSet, type HazardFacts } from './kpi';

const hazard = (over: Partial<HazardFacts>): HazardFacts => ({
  id: 'h', source: 'gridPatrol', level: 'general', state: 'RECTIFYING', foundAt: '2026-03-01T02:00:00Z', recheckResults: [], ...over,
});

describe('inspection coverage (巡查率)', () => {
  const enterprises = ['e1', 'e2', 'e3', 'e4'];
  it('counts each enterprise once, government inspections only, within the quarter', () => {
    const r = inspectionCoverage(enterprises, [
      { enterpriseId: 'e1', officerIds: ['o'], selfCheck: false, finishedAt: '2026-01-05T01:00:00Z' },
      { enterpriseId: 'e1', officerIds: ['o'], selfCheck: false, finishedAt: '2026-02-05T01:00:00Z' },
      { enterpriseId: 'e2', officerIds: ['o'], selfCheck: true, finishedAt: '2026-02-05T01:00:00Z' },
      { enterpriseId: 'e3', officerIds: ['o'], selfCheck: false },
      { enterpriseId: 'e4', officerIds: ['o'], selfCheck: false, finishedAt: '2026-04-01T01:00:00Z' },
    ], '2026-01-01', '2026-03-31');
    expect(r).toEqual({ numerator: 1, denominator: 4, value: 0.25 });
  });
  it('gives no value, not 0 %, when there are no enterprises; 0 % when nothing was inspected', () => {
    expect(inspectionCoverage([], [], '2026-01-01', '2026-03-31').value).toBeNull();
    expect(inspectionCoverage(enterprises, [], '2026-01-01', '2026-03-31').value).toBe(0);
  });
  it('uses Shanghai dates: 23:30 UTC on 31 March is already 1 April in Shanghai', () => {
    const late = [{ enterpriseId: 'e1', officerIds: ['o'], selfCheck: false, finishedAt: '2026-03-31T23:30:00Z' }];
    expect(inspectionCoverage(['e1'], late, '2026-01-01', '2026-03-31').numerator).toBe(0);
    expect(inspectionCoverage(['e1'], late, '2026-04-01', '2026-06-30').numerator).toBe(1);
  });
  it('computes the self-check rate from self-checks only', () => {
    expect(selfCheckRate(['e1', 'e2'], [{ enterpriseId: 'e2', officerIds: [], selfCheck: true, finishedAt: '2026-02-01T00:00:00Z' }], '2026-01-01', '2026-03-31').value).toBe(0.5);
  });
});

describe('逢查必考 pass rate', () => {
  it('counts every examinee of government inspections finished in the period, by hand', () => {
    const r = examPassRate([
      { enterpriseId: 'e1', officerIds: ['o'], selfCheck: false, finishedAt: '2026-01-05T01:00:00Z', examPassed: [true, false, true] },
      { enterpriseId: 'e2', officerIds: ['o'], selfCheck: false, finishedAt: '2026-02-05T01:00:00Z', examPassed: [false] },
      { enterpriseId: 'e2', officerIds: [], selfCheck: true, finishedAt: '2026-02-05T01:00:00Z', examPassed: [true] },
      { enterpriseId: 'e3', officerIds: ['o'], selfCheck: false, examPassed: [true] },
      { enterpriseId: 'e4', officerIds: ['o'], selfCheck: false, finishedAt: '2026-03-31T23:30:00Z', examPassed: [true] },
      { enterpriseId: 'e4', officerIds: ['o'], selfCheck: false, finishedAt: '2026-03-01T01:00:00Z' },
    ], '2026-01-01', '2026-03-31');
    // 2 of 4: e1's three and e2's one; not the self-check, the unfinished one or 1 April in Shanghai.
    expect(r).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect(examPassRate([], '2026-01-01', '2026-03-31').value).toBeNull();
  });
});

describe('hazard KPIs', () => {
  const hazards = [
    hazard({ id: 'a', state: 'CLOSED', deadline: '2026-03-10', closedAt: '2026-03-10T15:59:00Z', recheckResults: [true] }), // 23:59 on the deadline day in Shanghai
    hazard({ id: 'b', state: 'CLOSED', deadline: '2026-03-10', closedAt: '2026-03-10T16:00:00Z', recheckResults: [false, true] }), // 00:00 the day after
    hazard({ id: 'c', state: 'RECTIFYING', deadline: '2026-03-05' }),
    hazard({ id: 'd', state: 'EXTENSION_REQUESTED', deadline: '2026-03-08', source: 'enterpriseSelfCheck' }),
    hazard({ id: 'e', state: 'REJECTED' }),
    hazard({ id: 'f', state: 'DRAFT' }),
    hazard({ id: 'g', state: 'LISTED', level: 'major', listingLevel: 'town', source: 'enforcement' }),
    hazard({ id: 'h2', state: 'ESCALATED', level: 'major' }),
  ];
  it('closure rate counts only hazards already due, and leaves drafts, rejected and deadline-less ones out', () => {
    // As of 3-10: a closed that day (due); b closed 3-11 and due only after 3-10 (left out); c, d open past due.
    expect(closureRate(hazards, '2026-03-10')).toEqual({ numerator: 1, denominator: 3, value: 1 / 3 });
    expect(closureRate(hazards, '2026-03-11')).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    // Before any deadline has passed nothing has failed yet: no value, not 0 %.
    expect(closureRate(hazards, '2026-03-04')).toEqual({ numerator: 0, denominator: 0, value: null });
  });
  it('does not count a hazard still inside its deadline against the closure rate', () => {
    const fresh = [hazard({ id: 'x', state: 'RECTIFYING', deadline: '2026-03-20' }), hazard({ id: 'y', state: 'CLOSED', deadline: '2026-03-20', closedAt: '2026-03-12T02:00:00Z' })];
    expect(closureRate(fresh, '2026-03-15')).toEqual({ numerator: 1, denominator: 1, value: 1 });
    expect(closureRate(fresh, '2026-03-21')).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
  });
  it('counts a hazard closed late on the deadline day as on time, and one closed at the next midnight as late', () => {
    expect(onTimeRate(hazards)).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
  });
  it('measures overdue age in whole days from the deadline', () => {
    expect(overdue(hazards, '2026-03-10')).toEqual({ count: 2, maxDays: 5, averageDays: 3.5, ids: ['c', 'd'] });
    expect(overdue(hazards, '2026-03-05').count).toBe(0);
  });
  it('averages days to close by calendar dates', () => {
    // a: found 3-01 (10:00 Shanghai), closed 3-10 → 9 days; b: closed 3-11 → 10 days
    expect(averageDaysToClose(hazards)).toBe(9.5);
    expect(averageDaysToClose([])).toBeNull();
  });
  it('first-time re-check pass rate looks at the first re-check only', () => {
    expect(firstRecheckPassRate(hazards)).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
  });
  it('counts major hazards by listing level and hazards by source', () => {
    expect(majorByListing(hazards)).toEqual({ town: 1, unlisted: 1 });
    expect(bySource(hazards)).toEqual({ gridPatrol: 4, enterpriseSelfCheck: 1, enforcement: 1 });
  });
});

describe('a past month as of its end (月末快照)', () => {
  // March's report made on 10 April: x was overdue on 31 March (deadline 25 March) and closed on
  // 3 April; y was found in March and is due 5 April. Hand-computed figures as of 31 March.
  const facts = [
    hazard({ id: 'x', state: 'CLOSED', foundAt: '2026-03-20T02:00:00Z', deadline: '2026-03-25', closedAt: '2026-04-03T02:00:00Z' }),
    hazard({ id: 'y', state: 'RECTIFYING', foundAt: '2026-03-28T02:00:00Z', deadline: '2026-04-05' }),
    hazard({ id: 'z', state: 'CLOSED', foundAt: '2026-03-02T02:00:00Z', deadline: '2026-03-09', closedAt: '2026-03-08T02:00:00Z' }),
  ];
  it('shows x overdue (6 days) and a closure rate of 1 of 2 due, whatever day the report is made', () => {
    for (const today of ['2026-04-10', '2026-06-01']) {
      const set = kpiSet([], [], facts, '2026-03-01', '2026-03-31', today);
      expect(set.overdue, today).toEqual({ count: 1, maxDays: 6, averageDays: 6 });
      expect(set.closureRate, today).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    }
    // The current month's figures are as of today: x is closed, y (due 5 April) is overdue.
    expect(kpiSet([], [], facts, '2026-04-01', '2026-04-30', '2026-04-10').overdue).toEqual({ count: 1, maxDays: 5, averageDays: 5 });
    expect(overdue(facts, '2026-04-10').ids).toEqual(['y']);
  });
});

describe('voided hazards (作废)', () => {
  // Definition: a voided hazard was found (hazardsFound, voided) but is in no rate, no overdue
  // count and no breakdown: neither closed nor open, and not a real finding any more.
  const facts = [
    hazard({ id: 'closed', state: 'CLOSED', deadline: '2026-03-10', closedAt: '2026-03-09T02:00:00Z', recheckResults: [true] }),
    hazard({ id: 'voided', state: 'VOIDED', level: 'major', deadline: '2026-03-02', recheckResults: [false] }),
  ];
  it('counts them apart and leaves them out of closure, on-time, overdue, re-checks and breakdowns', () => {
    const set = kpiSet([], [], facts, '2026-03-01', '2026-03-31', '2026-03-20');
    expect(set).toMatchObject({
      hazardsFound: 2, voided: 1, closureRate: { numerator: 1, denominator: 1 }, onTimeRate: { numerator: 1, denominator: 1 },
      overdue: { count: 0 }, firstRecheckPassRate: { numerator: 1, denominator: 1 }, majorByListing: {}, bySource: { gridPatrol: 1 },
    });
  });
});

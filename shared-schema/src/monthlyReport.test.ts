import { describe, expect, it } from 'vitest';
import { MonthlyReportQuery, monthRange, rankGrids } from './monthlyReport';
import type { KpiSet } from './kpi';

const rate = (numerator: number, denominator: number) => ({ numerator, denominator, value: denominator === 0 ? null : numerator / denominator });
const kpis = (closure: [number, number], onTime: [number, number], coverage: [number, number], overdue: number): KpiSet => ({
  enterprises: coverage[1], hazardsFound: closure[1], voided: 0, inspectionCoverage: rate(...coverage), selfCheckRate: rate(0, 0), closureRate: rate(...closure),
  onTimeRate: rate(...onTime), overdue: { count: overdue, maxDays: 0, averageDays: null }, averageDaysToClose: null, firstRecheckPassRate: rate(0, 0),
  keySectorPatrolRate: rate(0, 0), examPassRate: rate(0, 0), majorByListing: {}, bySource: {},
});

describe('monthRange', () => {
  it('spans the calendar month, leap February and December included', () => {
    expect(monthRange('2026-03')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
  it('refuses months that are not YYYY-MM', () => {
    for (const month of ['2026-13', '2026-3', '202603', '2026-00', '']) expect(MonthlyReportQuery.safeParse({ month }).success).toBe(false);
    expect(MonthlyReportQuery.parse({ month: '2026-03' }).format).toBe('json');
  });
});

describe('rankGrids', () => {
  // The area: closure 3/4, on time 2/3.
  const area = kpis([3, 4], [2, 3], [8, 10], 1);
  it('scores the mean of coverage, closure and on-time, minus 50 points times the overdue share of due hazards', () => {
    const ranking = rankGrids([
      { key: 'g1', label: '一', kpis: kpis([1, 2], [1, 1], [3, 4], 0) }, // (50 + 100 + 75) / 3 = 75
      { key: 'g2', label: '二', kpis: kpis([2, 2], [2, 2], [4, 4], 1) }, // 100 − 50 × 1/2 = 75
      { key: 'g3', label: '三', kpis: kpis([0, 0], [0, 0], [0, 0], 0) }, // (75 + 66.67 + 0) / 3 = 47.2
      { key: 'g4', label: '四', kpis: kpis([1, 1], [0, 0], [1, 2], 0) }, // (100 + 66.67 + 50) / 3 = 72.2
    ], area);
    expect(ranking.map((r) => [r.rank, r.gridId, r.score])).toEqual([[1, 'g1', 75], [1, 'g2', 75], [3, 'g4', 72.2], [4, 'g3', 47.2]]);
  });

  it('does not reward finding fewer hazards: nothing found is neutral, a hazard closed on time only helps', () => {
    const none = kpis([0, 0], [0, 0], [2, 2], 0); // (75 + 66.67 + 100) / 3 = 80.6
    const foundAndClosed = kpis([1, 1], [1, 1], [2, 2], 0); // 100
    const [first, second] = rankGrids([{ key: 'a-none', label: '甲', kpis: none }, { key: 'b-found', label: '乙', kpis: foundAndClosed }], area);
    expect([first?.gridId, first?.score, second?.score]).toEqual(['b-found', 100, 80.6]);
    // Even where the whole area is perfect, finding nothing only ties.
    const perfect = kpis([4, 4], [4, 4], [10, 10], 0);
    expect(rankGrids([{ key: 'a-none', label: '甲', kpis: none }, { key: 'b-found', label: '乙', kpis: foundAndClosed }], perfect).map((r) => r.rank)).toEqual([1, 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { MonthlyReportQuery, monthRange, rankGrids } from './monthlyReport';
import type { KpiSet } from './kpi';

const rate = (numerator: number, denominator: number) => ({ numerator, denominator, value: denominator === 0 ? null : numerator / denominator });
const kpis = (closure: [number, number], onTime: [number, number], coverage: [number, number], overdue: number): KpiSet => ({
  enterprises: coverage[1], hazardsFound: closure[1], voided: 0, inspectionCoverage: rate(...coverage), selfCheckRate: rate(0, 0), closureRate: rate(...closure),
  onTimeRate: rate(...onTime), overdue: { count: overdue, maxDays: 0, averageDays: null }, averageDaysToClose: null, firstRecheckPassRate: rate(0, 0),
  majorByListing: {}, bySource: {},
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
  it('scores the mean of the rates with data, minus five points per overdue hazard, best first', () => {
    const ranking = rankGrids([
      { key: 'g1', label: '一', kpis: kpis([1, 2], [1, 1], [3, 4], 0) }, // (50 + 100 + 75) / 3 = 75
      { key: 'g2', label: '二', kpis: kpis([2, 2], [2, 2], [4, 4], 1) }, // 100 - 5 = 95
      { key: 'g3', label: '三', kpis: kpis([0, 0], [0, 0], [0, 0], 0) }, // no data: 0
      { key: 'g4', label: '四', kpis: kpis([1, 1], [0, 0], [1, 2], 0) }, // (100 + 50) / 2 = 75
    ]);
    expect(ranking.map((r) => [r.rank, r.gridId, r.score])).toEqual([[1, 'g2', 95], [2, 'g1', 75], [2, 'g4', 75], [4, 'g3', 0]]);
  });
});

import { describe, expect, it } from 'vitest';
import type { OverviewKpis } from '@anxun/shared-schema';
import { coverageOption, officerOption, percent } from './kpiCharts';

const rate = (numerator: number, denominator: number) => ({ numerator, denominator, value: denominator === 0 ? null : numerator / denominator });
const group = (label: string, covered: number, of: number): OverviewKpis['groups'][number] => ({
  key: label, label,
  kpis: {
    enterprises: of, hazardsFound: 0, voided: 0, inspectionCoverage: rate(covered, of), selfCheckRate: rate(0, of), closureRate: rate(0, 0), onTimeRate: rate(0, 0),
    overdue: { count: 0, maxDays: 0, averageDays: null }, averageDaysToClose: null, firstRecheckPassRate: rate(0, 0), keySectorPatrolRate: rate(0, 0), examPassRate: rate(0, 0), majorByListing: {}, bySource: {},
  },
});
type Series = { data: { value: number | '-'; itemStyle: { color: string } }[]; markLine: { data: { yAxis: number }[] } };

describe('KPI chart options', () => {
  it('shows a rate without a denominator as no value, not as 0 %', () => {
    expect(percent(rate(0, 0))).toBe('-');
    expect(percent(rate(0, 4))).toBe(0);
    expect(percent(rate(2, 3))).toBe(66.7);
  });

  it('draws coverage against the 90 % target line and marks groups under it in red', () => {
    const option = coverageOption([group('一村', 9, 10), group('二村', 8, 10), group('三村', 0, 0)], { coverage: '巡查率', target: '目标 90%' });
    const [series] = option['series'] as Series[];
    expect(series?.markLine.data).toEqual([{ yAxis: 90 }]);
    expect(series?.data.map((d) => [d.value, d.itemStyle.color])).toEqual([[90, '#2563eb'], [80, '#dc2626'], ['-', '#2563eb']]);
  });

  it('charts officer patrols in kilometres and hours', () => {
    const option = officerOption({ from: '2026-03-01', to: '2026-03-31', officers: [{ officerId: 'o', name: '王建国', gridNames: [], inspections: 3, patrols: 1, distanceMetres: 2345, patrolMinutes: 90, checkIns: 2 }] },
      { inspections: '检查', km: '公里', hours: '小时' });
    expect((option['series'] as { data: number[] }[]).map((s) => s.data)).toEqual([[3], [2.3], [1.5]]);
  });
});

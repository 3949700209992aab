import type { EChartsCoreOption } from 'echarts/core';
import type { HazardSource, OfficerActivityReport, OverviewKpis } from '@anxun/shared-schema';

/** 巡查率 target (domain §5.1: key-sector units ≥ 90 %). */
export const COVERAGE_TARGET = 0.9;

type Group = OverviewKpis['groups'][number];
type Rate = { value: number | null };

/** Percent with one decimal for charts; '-' (ECharts' "no value") when the rate has no denominator. */
export const percent = (rate: Rate): number | '-' => (rate.value === null ? '-' : Math.round(rate.value * 1000) / 10);

const axisPercent = { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } };
const categories = (labels: string[]) => ({ type: 'category', data: labels, axisLabel: { interval: 0, width: 96, overflow: 'truncate' } });
const grid = { left: 48, right: 24, top: 36, bottom: 36 };
const tooltip = { trigger: 'axis' };

/** Coverage per group against the 90 % target line; groups under target in red. */
export function coverageOption(groups: readonly Group[], texts: { coverage: string; target: string }): EChartsCoreOption {
  return {
    grid, tooltip, xAxis: categories(groups.map((g) => g.label)), yAxis: axisPercent,
    series: [{
      name: texts.coverage, type: 'bar', barMaxWidth: 40,
      data: groups.map((g) => {
        const value = percent(g.kpis.inspectionCoverage);
        return { value, itemStyle: { color: value !== '-' && value < COVERAGE_TARGET * 100 ? '#dc2626' : '#2563eb' } };
      }),
      markLine: { symbol: 'none', lineStyle: { color: '#16a34a', type: 'dashed', width: 2 }, label: { formatter: texts.target, position: 'insideEndTop' }, data: [{ yAxis: COVERAGE_TARGET * 100 }] },
    }],
  };
}

/** Self-check, closure, on-time and first re-check pass rates side by side per group. */
export function ratesOption(groups: readonly Group[], names: { selfCheck: string; closure: string; onTime: string; firstRecheck: string }): EChartsCoreOption {
  const series = (name: string, pick: (g: Group) => Rate) => ({ name, type: 'bar', barMaxWidth: 18, data: groups.map((g) => percent(pick(g))) });
  return {
    grid: { ...grid, top: 44 }, tooltip, legend: { top: 0, type: 'scroll' }, xAxis: categories(groups.map((g) => g.label)), yAxis: axisPercent,
    series: [
      series(names.selfCheck, (g) => g.kpis.selfCheckRate), series(names.closure, (g) => g.kpis.closureRate),
      series(names.onTime, (g) => g.kpis.onTimeRate), series(names.firstRecheck, (g) => g.kpis.firstRecheckPassRate),
    ],
  };
}

/** Overdue count (bars) and its age in days (lines, second axis); average days to close beside them. */
export function overdueOption(groups: readonly Group[], names: { count: string; maxDays: string; averageDays: string; daysToClose: string; dayUnit: string }): EChartsCoreOption {
  const round = (n: number | null) => (n === null ? '-' : Math.round(n * 10) / 10);
  return {
    grid: { ...grid, top: 44, right: 48 }, tooltip, legend: { top: 0, type: 'scroll' }, xAxis: categories(groups.map((g) => g.label)),
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', name: names.dayUnit, minInterval: 1 }],
    series: [
      { name: names.count, type: 'bar', barMaxWidth: 28, itemStyle: { color: '#dc2626' }, data: groups.map((g) => g.kpis.overdue.count) },
      { name: names.maxDays, type: 'line', yAxisIndex: 1, data: groups.map((g) => g.kpis.overdue.maxDays) },
      { name: names.averageDays, type: 'line', yAxisIndex: 1, data: groups.map((g) => round(g.kpis.overdue.averageDays)) },
      { name: names.daysToClose, type: 'line', yAxisIndex: 1, lineStyle: { type: 'dashed' }, data: groups.map((g) => round(g.kpis.averageDaysToClose)) },
    ],
  };
}

const LISTING_ORDER = ['province', 'city', 'district', 'town', 'unlisted'] as const;
const LISTING_COLOUR = { province: '#450a0a', city: '#7f1d1d', district: '#dc2626', town: '#f97316', unlisted: '#fbbf24' };

/** Major hazards per group, stacked by listing level (省/苏州市/张家港市/镇 挂牌, not listed). */
export function majorOption(groups: readonly Group[], names: Record<(typeof LISTING_ORDER)[number], string>): EChartsCoreOption {
  return {
    grid: { ...grid, top: 44 }, tooltip, legend: { top: 0, type: 'scroll' }, xAxis: categories(groups.map((g) => g.label)), yAxis: { type: 'value', minInterval: 1 },
    series: LISTING_ORDER.map((level) => ({
      name: names[level], type: 'bar', stack: 'major', barMaxWidth: 40, itemStyle: { color: LISTING_COLOUR[level] },
      data: groups.map((g) => g.kpis.majorByListing[level] ?? 0),
    })),
  };
}

/** The area's hazards by source: the five channels of 一页通览 and the others. */
export function sourceOption(bySource: Partial<Record<HazardSource, number>>, labelOf: (s: HazardSource) => string): EChartsCoreOption {
  const data = (Object.entries(bySource) as [HazardSource, number][]).filter(([, n]) => n > 0).map(([s, n]) => ({ name: labelOf(s), value: n }));
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' }, legend: { orient: 'vertical', left: 8, top: 'middle' },
    series: [{ type: 'pie', radius: ['38%', '68%'], center: ['62%', '52%'], label: { formatter: '{b}\n{c}' }, data }],
  };
}

/** Inspections, patrol kilometres and hours per officer. */
export function officerOption(report: OfficerActivityReport, names: { inspections: string; km: string; hours: string }): EChartsCoreOption {
  const one = (n: number) => Math.round(n * 10) / 10;
  return {
    grid: { ...grid, top: 44 }, tooltip, legend: { top: 0, type: 'scroll' }, xAxis: categories(report.officers.map((o) => o.name)), yAxis: { type: 'value' },
    series: [
      { name: names.inspections, type: 'bar', barMaxWidth: 22, data: report.officers.map((o) => o.inspections) },
      { name: names.km, type: 'bar', barMaxWidth: 22, data: report.officers.map((o) => one(o.distanceMetres / 1000)) },
      { name: names.hours, type: 'bar', barMaxWidth: 22, data: report.officers.map((o) => one(o.patrolMinutes / 60)) },
    ],
  };
}

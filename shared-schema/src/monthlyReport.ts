import { z } from 'zod';
import { addDays } from './dates';
import { HazardLevel, HazardSource } from './hazard';
import type { KpiSet } from './kpi';
import { KpiSetSchema } from './overview';
import { Id, LocalDate } from './primitives';

/** 每月调度通报 (domain §1.1, §5): one month of an area's KPIs, its overdue hazards and a ranking of grids. */

/** A month of the years dates may have (primitives YEARS): month=0000-01 was a 500. */
export const ReportMonth = z.string().regex(/^(19[0-9]{2}|2[01][0-9]{2})-(0[1-9]|1[0-2])$/, 'month: YYYY-MM, year 1900–2199');

/** GET /api/reports/monthly?month=YYYY-MM[&format=xlsx]. */
export const MonthlyReportQuery = z.object({ month: ReportMonth, format: z.enum(['json', 'xlsx']).default('json') }).strict();
export type MonthlyReportQuery = z.infer<typeof MonthlyReportQuery>;

/** The first and last Asia/Shanghai dates of a YYYY-MM month. */
export function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const next = m === 12 ? `${year + 1}-01-01` : `${month.slice(0, 5)}${String(m + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

const Count = z.number().int().min(0);
const KpiRow = z.object({ key: z.string(), label: z.string(), kpis: KpiSetSchema });

export const OverdueHazardRow = z.object({
  hazardId: Id,
  title: z.string(),
  enterpriseName: z.string(),
  townName: z.string(),
  gridNames: z.array(z.string()),
  level: HazardLevel,
  source: HazardSource,
  deadline: LocalDate,
  overdueDays: Count,
});
export type OverdueHazardRow = z.infer<typeof OverdueHazardRow>;

export const GridRankingRow = z.object({
  rank: z.number().int().min(1),
  gridId: Id,
  gridName: z.string(),
  score: z.number(),
  closureRate: z.number().nullable(),
  onTimeRate: z.number().nullable(),
  inspectionCoverage: z.number().nullable(),
  overdueCount: Count,
});
export type GridRankingRow = z.infer<typeof GridRankingRow>;

export const MonthlyReport = z.object({
  month: ReportMonth,
  from: LocalDate,
  to: LocalDate,
  /** The day the report was made; 逾期 and 闭环率 are as of min(today, the month's end). */
  today: LocalDate,
  areaCode: z.string(),
  total: KpiSetSchema,
  towns: z.array(KpiRow),
  grids: z.array(KpiRow.extend({ townName: z.string() })),
  overdue: z.array(OverdueHazardRow),
  ranking: z.array(GridRankingRow),
});
export type MonthlyReport = z.infer<typeof MonthlyReport>;

/** Points off the score when every due hazard of the grid is overdue (scaled by the overdue share). */
export const OVERDUE_PENALTY = 50;

/**
 * 网格排名 (docs/kpis.md). score = 100 × mean(coverage, closure, on-time) − OVERDUE_PENALTY × the
 * share of due hazards overdue. A grid with no due (or no closed) hazards takes the area's closure
 * (on-time) rate for it: finding nothing is neutral, never a perfect score, and finding one more
 * hazard and closing it on time never lowers a grid's score. Coverage with no enterprises counts 0.
 * Higher first; ties share a rank and sort by grid id.
 */
export function rankGrids(grids: readonly { key: string; label: string; kpis: KpiSet }[], area: KpiSet): GridRankingRow[] {
  const scored = grids.map((g) => {
    const closure = g.kpis.closureRate.value ?? area.closureRate.value ?? 0;
    const onTime = g.kpis.onTimeRate.value ?? area.onTimeRate.value ?? 0;
    const coverage = g.kpis.inspectionCoverage.value ?? 0;
    const due = Math.max(g.kpis.closureRate.denominator, g.kpis.overdue.count);
    const overdueShare = due === 0 ? 0 : g.kpis.overdue.count / due;
    const score = Math.round(((100 * (closure + onTime + coverage)) / 3 - OVERDUE_PENALTY * overdueShare) * 10) / 10;
    return {
      gridId: g.key, gridName: g.label, score, closureRate: g.kpis.closureRate.value, onTimeRate: g.kpis.onTimeRate.value,
      inspectionCoverage: g.kpis.inspectionCoverage.value, overdueCount: g.kpis.overdue.count,
    };
  });
  scored.sort((a, b) => b.score - a.score || (a.gridId < b.gridId ? -1 : 1));
  // Competition ranking (1, 2, 2, 4): a rank is one more than the number of grids scoring higher.
  return scored.map((row) => ({ ...row, rank: 1 + scored.filter((other) => other.score > row.score).length }));
}

import { monthRange, OverviewHazardQuery, rankGrids, type MonthlyReport, type OverdueHazardRow, type OverviewCursor } from '@anxun/shared-schema';
import { kpiGroups } from '../overview/kpiGroups';
import { decodeCursor } from '../store/overviewCursor';
import type { OverviewStore } from '../store/overviewStore';

/**
 * 每月调度通报 of a supervisor's area: the seed KPIs of the month per town and per grid (the same
 * kpiGroups the console shows), every hazard overdue today with its title and enterprise, and
 * the grids ranked by rankGrids.
 */
export async function buildMonthlyReport(overview: OverviewStore, area: string, month: string, today: string): Promise<MonthlyReport> {
  const { from, to } = monthRange(month);
  const facts = await overview.kpiFacts(area, from, to, today);
  const query = { from, to };
  // kpiGroups groups an area by the level below the supervisor's: asking as the city (6 digits)
  // makes the groups towns for town and city supervisors alike; the facts are this area's only.
  const towns = kpiGroups(facts, { ...query, groupBy: 'area' }, area.slice(0, 6), today);
  const grids = kpiGroups(facts, { ...query, groupBy: 'grid' }, area, today);
  const townOfGrid = new Map<string, string>();
  for (const e of facts.enterprises) for (const g of e.gridIds) if (!townOfGrid.has(g)) townOfGrid.set(g, e.townName);
  return {
    month, from, to, today, areaCode: area, total: towns.total,
    towns: towns.groups,
    grids: grids.groups.map((g) => ({ ...g, townName: townOfGrid.get(g.key) ?? '' })),
    // The hazards still open that were overdue as of the month's end (or today, this month).
    overdue: await overdueRows(overview, area, to < today ? to : today, facts),
    ranking: rankGrids(grids.groups, grids.total),
  };
}

async function overdueRows(overview: OverviewStore, area: string, today: string, facts: Awaited<ReturnType<OverviewStore['kpiFacts']>>): Promise<OverdueHazardRow[]> {
  const gridName = new Map(facts.grids.map((g) => [g.id, g.name]));
  const gridsOf = new Map(facts.hazards.map((h) => [h.id, h.gridIds]));
  const townOf = new Map(facts.enterprises.map((e) => [e.id, e.townName]));
  const query = OverviewHazardQuery.parse({ overdue: 'true', sort: 'deadline', limit: '200' });
  const rows: OverdueHazardRow[] = [];
  let cursor: OverviewCursor | undefined;
  for (;;) {
    const page = await overview.hazards(area, query, cursor, today);
    for (const h of page.items) {
      rows.push({
        hazardId: h.hazardId, title: h.title, enterpriseName: h.enterpriseName, townName: townOf.get(h.enterpriseId) ?? '',
        gridNames: (gridsOf.get(h.hazardId) ?? []).map((g) => gridName.get(g) ?? g), level: h.level, source: h.source,
        deadline: h.deadline ?? today, overdueDays: h.overdueDays,
      });
    }
    cursor = page.nextCursor ? decodeCursor(page.nextCursor, 'deadline') : undefined;
    if (!cursor) return rows;
  }
}

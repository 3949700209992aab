import type { OverviewCursor, OverviewHazardPage, OverviewHazardQuery } from '@anxun/shared-schema';
import { loadKpiFacts, type KpiFacts } from './kpiFactsSql';
import { overviewHazards } from './overviewSql';
import type { SqlQueryable } from './sqlClient';

/** Supervisors' read-only queries over the materialised hazard status (一页通览) and KPI facts. */
export interface OverviewStore {
  hazards(area: string, query: OverviewHazardQuery, cursor: OverviewCursor | undefined, today: string): Promise<OverviewHazardPage>;
  kpiFacts(area: string, from: string, to: string, today: string): Promise<KpiFacts>;
}

export function createOverviewStore(db: SqlQueryable): OverviewStore {
  return {
    hazards: (area, query, cursor, today) => overviewHazards(db, area, query, cursor, today),
    kpiFacts: (area, from, to, today) => loadKpiFacts(db, area, from, to, today),
  };
}

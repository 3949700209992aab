import type { HazardDetail, OverviewCursor, OverviewHazardPage, OverviewHazardQuery } from '@anxun/shared-schema';
import { loadHazardDetail } from './hazardDetailSql';
import { loadKpiFacts, type KpiFacts } from './kpiFactsSql';
import { overviewHazards } from './overviewSql';
import { loadPatrolFacts, type PatrolFactsOfArea } from './patrolFactsSql';
import type { SqlQueryable } from './sqlClient';

/** Supervisors' read-only queries over the materialised hazard status (一页通览) and KPI facts. */
export interface OverviewStore {
  hazards(area: string, query: OverviewHazardQuery, cursor: OverviewCursor | undefined, today: string): Promise<OverviewHazardPage>;
  kpiFacts(area: string, from: string, to: string, today: string): Promise<KpiFacts>;
  /** undefined when the area has no such hazard (whether it exists elsewhere or not). */
  hazardDetail(area: string, hazardId: string, today: string): Promise<HazardDetail | undefined>;
  patrolFacts(area: string, from: string, to: string): Promise<PatrolFactsOfArea>;
}

export function createOverviewStore(db: SqlQueryable): OverviewStore {
  return {
    hazards: (area, query, cursor, today) => overviewHazards(db, area, query, cursor, today),
    kpiFacts: (area, from, to, today) => loadKpiFacts(db, area, from, to, today),
    hazardDetail: (area, hazardId, today) => loadHazardDetail(db, area, hazardId, today),
    patrolFacts: (area, from, to) => loadPatrolFacts(db, area, from, to),
  };
}

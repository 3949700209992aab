import { shanghaiDate, type Enterprise, type EnterpriseTag, type RiskColour } from '@anxun/shared-schema';

export interface EnterpriseFacts {
  overdueHazards: number;
  openHazards: number;
  /** Last finished government inspection (not a self-check). */
  lastInspectedAt?: string | undefined;
}

export interface EnterpriseFilter {
  query: string;
  risk?: RiskColour | undefined;
  tag?: EnterpriseTag | undefined;
  overdueOnly: boolean;
  notInspectedThisQuarter: boolean;
}

/** First day of the quarter (Asia/Shanghai) that contains `today` (YYYY-MM-DD). */
export function quarterStart(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return `${year}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
}

/** 每季度至少巡查一次: the filters of 我的网格. */
export function matchesFilter(e: Enterprise, facts: EnterpriseFacts | undefined, filter: EnterpriseFilter, today: string, matchesQuery: (e: Enterprise, q: string) => boolean): boolean {
  if (!matchesQuery(e, filter.query)) return false;
  if (filter.risk && e.riskColour !== filter.risk) return false;
  if (filter.tag && !e.tags.includes(filter.tag)) return false;
  if (filter.overdueOnly && !(facts && facts.overdueHazards > 0)) return false;
  if (filter.notInspectedThisQuarter && facts?.lastInspectedAt && shanghaiDate(facts.lastInspectedAt) >= quarterStart(today)) return false;
  return true;
}

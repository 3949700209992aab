import { OPEN_STATES, type EnterpriseTag, type HazardLevel, type HazardSource, type HazardState, type SupervisionCategory } from '@anxun/shared-schema';

/** The five sources of 一页通览 (domain §2.6), in the order the seeds name them. */
export const FIVE_SOURCES: readonly HazardSource[] = ['enterpriseSelfCheck', 'gridPatrol', 'enforcement', 'superiorSupervision', 'thirdParty'];

/** What the supervisor picked; '' means "any". `state: 'open'` is every state not yet closed. */
export interface OverviewFilter {
  source: HazardSource | '';
  state: HazardState | 'open' | '';
  level: HazardLevel | '';
  gridId: string;
  town: string;
  category: SupervisionCategory | '';
  tag: EnterpriseTag | '';
  overdue: '' | 'true' | 'false';
  from: string;
  to: string;
  q: string;
  sort: 'foundAt' | 'deadline';
}

export const ANY_HAZARD: OverviewFilter = {
  source: '', state: '', level: '', gridId: '', town: '', category: '', tag: '', overdue: '', from: '', to: '', q: '', sort: 'foundAt',
};

/** The query parameters of GET /api/overview/hazards for a filter (and the next page's cursor). */
export function overviewParams(filter: OverviewFilter, limit: number, cursor?: string): Record<string, string | undefined> {
  const { state, q, ...rest } = filter;
  return {
    ...rest,
    state: state === 'open' ? OPEN_STATES.join(',') : state,
    q: q.trim(),
    limit: String(limit),
    cursor,
  };
}


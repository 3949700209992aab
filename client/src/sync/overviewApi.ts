import { ConflictRecord, HazardDetail, OfficerActivityReport, OverviewHazardPage, OverviewKpis, type KpiGroupBy } from '@anxun/shared-schema';
import type { ApiClient } from './apiClient';
import { api } from './services';

const queryString = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
};

/**
 * The supervisors' server queries (一页通览, drilldown, KPIs, officer activity, conflict resolution).
 * Supervisors need not hold the whole city offline: these ask the server, with the session's
 * token refreshed like every other call, and every answer is parsed with its shared schema.
 */
export function createOverviewApi(client: ApiClient) {
  const get = <T>(path: string, parse: (body: unknown) => T) => client.call(path, { method: 'GET' }, parse);
  return {
    hazards: (params: Record<string, string | undefined>) => get(`/api/overview/hazards${queryString(params)}`, (b) => OverviewHazardPage.parse(b)),
    hazard: (id: string) => get(`/api/overview/hazards/${encodeURIComponent(id)}`, (b) => HazardDetail.parse(b)),
    kpis: (from: string, to: string, groupBy: KpiGroupBy) => get(`/api/overview/kpis${queryString({ from, to, groupBy })}`, (b) => OverviewKpis.parse(b)),
    officers: (from: string, to: string) => get(`/api/overview/officers${queryString({ from, to })}`, (b) => OfficerActivityReport.parse(b)),
    resolveConflict: (id: string, applyOther: boolean, note?: string) =>
      client.call(`/api/conflicts/${encodeURIComponent(id)}/resolve`, { method: 'POST', body: JSON.stringify({ applyOther, ...(note ? { note } : {}) }) }, (b) => ConflictRecord.parse(b)),
  };
}
export type OverviewApi = ReturnType<typeof createOverviewApi>;

export const overviewApi: OverviewApi = createOverviewApi(api);

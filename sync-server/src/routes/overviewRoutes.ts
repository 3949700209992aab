import { Hono, type Context } from 'hono';
import { Id, OfficerActivityQuery, officerActivity, OverviewHazardQuery, OverviewKpiQuery, shanghaiDate, type OfficerActivityReport } from '@anxun/shared-schema';
import type { AppEnv } from '../http/appEnv';
import { problemResponse, zodIssues } from '../http/problemResponse';
import { kpiGroups } from '../overview/kpiGroups';
import type { OverviewStore } from '../store/overviewStore';
import { decodeCursor } from '../store/overviewCursor';

/** The query string without the token EventSource-style clients may put there (requireAuth reads it). */
const queryOf = (c: Context<AppEnv>) => {
  const { access_token: _token, ...query } = c.req.query();
  return query;
};

/** The supervisor's area, or the 403 every other role gets (officers and enterprises sync their own scope). */
function supervisorArea(c: Context<AppEnv>): { ok: true; area: string } | { ok: false; response: Response } {
  const principal = c.get('principal');
  if (principal.role !== 'supervisor' || !principal.areaCode) {
    return { ok: false, response: problemResponse(c, 'forbidden', 'only supervisors query the overview of an area') };
  }
  return { ok: true, area: principal.areaCode };
}

/** 一页通览: hazards of every source in the supervisor's area, one hazard's drilldown, the area's KPIs and officer activity. */
export function overviewRoutes(overview: OverviewStore, now: () => Date) {
  return new Hono<AppEnv>()
    .get('/hazards', async (c) => {
      const scope = supervisorArea(c);
      if (!scope.ok) return scope.response;
      const query = OverviewHazardQuery.safeParse(queryOf(c));
      if (!query.success) return problemResponse(c, 'validation_failed', undefined, zodIssues(query.error));
      const cursor = query.data.cursor === undefined ? undefined : decodeCursor(query.data.cursor, query.data.sort);
      if (query.data.cursor !== undefined && !cursor) {
        return problemResponse(c, 'validation_failed', undefined, [{ path: 'cursor', message: 'not a cursor of this sort order' }]);
      }
      return c.json(await overview.hazards(scope.area, query.data, cursor, shanghaiDate(now())));
    })
    .get('/hazards/:id', async (c) => {
      const scope = supervisorArea(c);
      if (!scope.ok) return scope.response;
      const id = Id.safeParse(c.req.param('id'));
      if (!id.success) return problemResponse(c, 'validation_failed', undefined, [{ path: 'id', message: 'not a hazard id' }]);
      const detail = await overview.hazardDetail(scope.area, id.data, shanghaiDate(now()));
      // Another area's hazard answers as a missing one: ids outside the area cannot be probed.
      return detail ? c.json(detail) : problemResponse(c, 'not_found', `no hazard ${id.data} in your area`);
    })
    .get('/officers', async (c) => {
      const scope = supervisorArea(c);
      if (!scope.ok) return scope.response;
      const query = OfficerActivityQuery.safeParse(queryOf(c));
      if (!query.success) return problemResponse(c, 'validation_failed', undefined, zodIssues(query.error));
      const { from, to } = query.data;
      const facts = await overview.patrolFacts(scope.area, from, to);
      const activity = officerActivity(facts.officers.map((o) => o.id), facts.inspections, facts.patrols, from, to);
      const report: OfficerActivityReport = {
        from, to,
        officers: facts.officers.map((o, n) => {
          const { officerId: _id, ...figures } = activity[n] ?? { officerId: o.id, inspections: 0, patrols: 0, distanceMetres: 0, patrolMinutes: 0, checkIns: 0 };
          return { officerId: o.id, name: o.name, gridNames: o.gridNames, ...figures };
        }),
      };
      return c.json(report);
    })
    .get('/kpis', async (c) => {
      const scope = supervisorArea(c);
      if (!scope.ok) return scope.response;
      const query = OverviewKpiQuery.safeParse(queryOf(c));
      if (!query.success) return problemResponse(c, 'validation_failed', undefined, zodIssues(query.error));
      const today = shanghaiDate(now());
      const facts = await overview.kpiFacts(scope.area, query.data.from, query.data.to, today);
      return c.json(kpiGroups(facts, query.data, scope.area, today));
    });
}

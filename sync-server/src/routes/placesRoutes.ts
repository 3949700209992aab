import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { addDays, AreaRequest, AuditQuery, auditCsv, EndBinding, GridRequest, Id, NewBinding, ShortText, type AreaList, type BindingList } from '@anxun/shared-schema';
import type { AdminResult } from '../administration/adminWrite';
import { bind, bindingHistory, endBinding } from '../administration/bindingAdministration';
import { createArea, renameArea, saveGrid } from '../administration/gridAdministration';
import type { AppEnv } from '../http/appEnv';
import { parseJsonBody, problemResponse, zodIssues } from '../http/problemResponse';
import type { Store } from '../store/Store';

const HistoryQuery = z.object({ gridId: Id.optional(), enterpriseId: Id.optional(), userId: Id.optional() }).strict()
  .refine((q) => [q.gridId, q.enterpriseId, q.userId].filter(Boolean).length === 1, '只给 gridId、enterpriseId 或 userId 之一 Exactly one of gridId, enterpriseId, userId');
const Rename = z.object({ name: ShortText });

/**
 * 系统管理员's areas, grids, bindings and audit log (issue 14 items 2 and 6). Handlers parse and
 * answer; the rules live in administration/ and shared-schema. Places out of the administrator's
 * area answer 404 like places that do not exist.
 */
export function placesRoutes(store: Store, now: () => Date) {
  const onlyAdmin = (c: Context<AppEnv>) =>
    c.get('principal').role === 'admin' ? null : problemResponse(c, 'forbidden', '只有系统管理员可以管理区划、网格和绑定。Only administrators manage areas, grids and bindings.');
  const answer = <T>(c: Context<AppEnv>, result: AdminResult<T>, status: 200 | 201 = 200) =>
    result.ok ? c.json(result.value as object, status) : problemResponse(c, result.code, result.detail);
  return new Hono<AppEnv>()
    .get('/areas', async (c) => onlyAdmin(c) ?? c.json({ areas: await store.places.areasUnder(c.get('principal').areaCode ?? '') } satisfies AreaList))
    .post('/areas', async (c) => {
      const body = onlyAdmin(c) ?? (await parseJsonBody(c, AreaRequest));
      if (body instanceof Response) return body;
      return body.ok ? answer(c, await createArea(store, c.get('principal'), body.value, now()), 201) : body.response;
    })
    .put('/areas/:code', async (c) => {
      const body = onlyAdmin(c) ?? (await parseJsonBody(c, Rename));
      if (body instanceof Response) return body;
      return body.ok ? answer(c, await renameArea(store, c.get('principal'), c.req.param('code'), body.value.name, now())) : body.response;
    })
    .post('/grids', async (c) => {
      const body = onlyAdmin(c) ?? (await parseJsonBody(c, GridRequest));
      if (body instanceof Response) return body;
      return body.ok ? answer(c, await saveGrid(store, c.get('principal'), c.get('deviceId'), undefined, body.value, now()), 201) : body.response;
    })
    .put('/grids/:id', async (c) => {
      const body = onlyAdmin(c) ?? (await parseJsonBody(c, GridRequest));
      if (body instanceof Response) return body;
      return body.ok ? answer(c, await saveGrid(store, c.get('principal'), c.get('deviceId'), c.req.param('id'), body.value, now())) : body.response;
    })
    .get('/bindings', async (c) => {
      const refused = onlyAdmin(c);
      if (refused) return refused;
      const query = HistoryQuery.safeParse(c.req.query());
      if (!query.success) return problemResponse(c, 'validation_failed', undefined, zodIssues(query.error));
      const history = await bindingHistory(store, c.get('principal'), query.data);
      return history.ok ? c.json({ bindings: history.value } satisfies BindingList) : problemResponse(c, history.code, history.detail);
    })
    .post('/bindings', async (c) => {
      const body = onlyAdmin(c) ?? (await parseJsonBody(c, NewBinding));
      if (body instanceof Response) return body;
      return body.ok ? answer(c, await bind(store, c.get('principal'), c.get('deviceId'), body.value, now()), 201) : body.response;
    })
    .post('/bindings/:id/end', async (c) => {
      const body = onlyAdmin(c) ?? (await parseJsonBody(c, EndBinding));
      if (body instanceof Response) return body;
      return body.ok ? answer(c, await endBinding(store, c.get('principal'), c.get('deviceId'), c.req.param('id'), body.value.endsOn, now())) : body.response;
    })
    .get('/audit', async (c) => {
      const refused = onlyAdmin(c);
      if (refused) return refused;
      const query = AuditQuery.safeParse(c.req.query());
      if (!query.success) return problemResponse(c, 'validation_failed', undefined, zodIssues(query.error));
      const q = query.data;
      // Filter days are Shanghai days: from its midnight to the next day's.
      const entries = await store.places.auditUnder(c.get('principal').areaCode ?? '', {
        actor: q.actor, action: q.action, targetKind: q.targetKind, targetId: q.targetId, limit: q.limit ?? 500,
        from: q.from ? new Date(`${q.from}T00:00:00+08:00`) : undefined, to: q.to ? new Date(`${addDays(q.to, 1)}T00:00:00+08:00`) : undefined,
      });
      if (q.format !== 'csv') return c.json({ entries });
      return c.body(auditCsv(entries), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="admin-audit.csv"; filename*=UTF-8''${encodeURIComponent('操作日志.csv')}` });
    });
}

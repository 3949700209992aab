import { Hono } from 'hono';
import { z } from 'zod';
import { ConflictRecord, ConflictResolveRequest } from '@anxun/shared-schema';
import type { AppEnv } from '../http/appEnv';
import { parseJsonBody, problemResponse } from '../http/problemResponse';
import { pullChanges } from '../replication/pull';
import { resolveConflict } from '../replication/resolveConflict';
import type { Store } from '../store/Store';

const ListQuery = z.object({ status: z.enum(['open', 'resolved', 'all']).default('open') });

/** Supervisor conflict review: the conflict log of the supervisor's area, and resolving one entry. */
export function conflictRoutes(store: Store, now: () => Date) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const principal = c.get('principal');
      if (principal.role !== 'supervisor') return problemResponse(c, 'forbidden', 'only supervisors review the conflict log');
      const query = ListQuery.safeParse({ status: c.req.query('status') });
      if (!query.success) return problemResponse(c, 'validation_failed', 'status must be open, resolved or all');
      const records: ConflictRecord[] = [];
      let checkpoint = null;
      for (;;) {
        const page = await pullChanges(store, principal, 'conflicts', checkpoint, 1000);
        if (page.documents.length === 0) break;
        records.push(...page.documents.map((d) => ConflictRecord.parse(d)));
        checkpoint = page.checkpoint;
      }
      const wanted = records.filter((r) => query.data.status === 'all' || r.status === query.data.status);
      return c.json(wanted.sort((a, b) => b.detectedAt.localeCompare(a.detectedAt)));
    })
    .post('/:id/resolve', async (c) => {
      const body = await parseJsonBody(c, ConflictResolveRequest);
      if (!body.ok) return body.response;
      const outcome = await resolveConflict(store, c.get('principal'), { actorId: c.get('principal').userId, deviceId: c.get('deviceId') }, c.req.param('id'), body.value, now());
      if (!outcome.ok) return problemResponse(c, outcome.code, outcome.detail);
      return c.json(outcome.conflict);
    });
}

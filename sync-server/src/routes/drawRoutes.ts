import { Hono, type Context } from 'hono';
import { Draw, DrawRequest } from '@anxun/shared-schema';
import { scopedDocuments } from '../draws/scopedDocuments';
import { drawInspectors } from '../draws/drawInputs';
import { replayDraw, runDraw } from '../draws/runDraw';
import type { AppEnv } from '../http/appEnv';
import { parseJsonBody, problemResponse } from '../http/problemResponse';
import type { Store } from '../store/Store';

const isSupervisor = (c: Context<AppEnv>) => c.get('principal').role === 'supervisor' && c.get('principal').areaCode !== undefined;

/** The supervisor's draws (scoped to the area), newest first. */
async function drawsOf(store: Store, c: Context<AppEnv>): Promise<Draw[]> {
  const docs = await scopedDocuments(store, c.get('principal'), 'draws');
  return docs.map((d) => Draw.parse(d.data)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** 双随机 draws: run one (the server picks and records the seed), list, read, replay; supervisors only. */
export function drawRoutes(store: Store, now: () => Date) {
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      if (!isSupervisor(c)) return problemResponse(c, 'forbidden', 'only supervisors run and review draws');
      return next();
    })
    .post('/', async (c) => {
      const body = await parseJsonBody(c, DrawRequest);
      if (!body.ok) return body.response;
      const principal = c.get('principal');
      const outcome = await runDraw(store, principal, { actorId: principal.userId, deviceId: c.get('deviceId') }, body.value, now());
      if (!outcome.ok) return problemResponse(c, outcome.code, outcome.detail);
      return c.json(outcome.draw, 201);
    })
    .get('/', async (c) => c.json((await drawsOf(store, c)).map(({ population: _population, ...summary }) => summary)))
    .get('/inspectors', async (c) => c.json(await drawInspectors(store, c.get('principal'))))
    .get('/:id', async (c) => {
      const draw = (await drawsOf(store, c)).find((d) => d.id === c.req.param('id'));
      return draw ? c.json(draw) : problemResponse(c, 'not_found', c.req.param('id'));
    })
    .post('/:id/replay', async (c) => {
      const draw = (await drawsOf(store, c)).find((d) => d.id === c.req.param('id'));
      if (!draw) return problemResponse(c, 'not_found', c.req.param('id'));
      return c.json(await replayDraw(store, c.get('principal'), draw));
    });
}

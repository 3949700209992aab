import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Draw, DrawReplay, Enterprise, InspectionTask, type DrawRequest } from '@anxun/shared-schema';
import { inspectionFor } from '../testing/fixtures';
import { getJson } from '../testing/overviewClient';
import { pullAll, pushRows } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
const tokens: Record<string, string> = {};
const none = { gridIds: [], categories: [], tags: [], riskColours: [] };

beforeAll(async () => {
  server = await createTestServer();
  for (const user of ['jianguan', 'shijianguan', 'wangge', 'wangge2', 'wangge3', 'zhifa', 'zhifa2', 'qiye']) tokens[user] = (await server.login(user)).accessToken;
});
afterAll(async () => server.close());

const draw = (body: unknown, user = 'jianguan') => server.post('/api/draws', body, tokens[user]);

describe('POST /api/draws', () => {
  it('draws enterprises of grid 一 with inspectors never bound to them, records the seed, and writes the tasks', async () => {
    const request: DrawRequest = { criteria: { ...none, gridIds: ['grid-ys-01'] }, poolIds: ['u-officer-1', 'u-officer-2', 'u-enforcer-1', 'u-enforcer-2'], count: 4, dueDate: '2026-12-31' };
    const response = await draw(request);
    expect(response.status).toBe(201);
    const made = Draw.parse(await response.json());
    expect(made.seed).toBeGreaterThanOrEqual(0);
    expect(made.assignments).toHaveLength(4);
    const enterprises = new Map((await pullAll(server, 'enterprises', tokens['jianguan'] ?? '')).documents.map((d) => [d.id, Enterprise.parse(d)]));
    for (const a of made.assignments) {
      expect(enterprises.get(a.enterpriseId)?.gridIds).toContain('grid-ys-01');
      // u-officer-1 and u-enforcer-1 cover grid 一: never drawn for its enterprises.
      expect([...a.inspectorIds].sort()).toEqual(['u-enforcer-2', 'u-officer-2']);
    }
    const tasks = (await pullAll(server, 'tasks', tokens['jianguan'] ?? '')).documents.map((d) => InspectionTask.parse(d)).filter((t) => t.drawId === made.id);
    expect(tasks.map((t) => t.id).sort()).toEqual(made.assignments.map((a) => a.taskId).sort());
    expect(tasks.every((t) => t.status === 'assigned' && t.dueDate === '2026-12-31')).toBe(true);
  });

  it('delivers each task to its two inspectors only: not to other officers, the enterprise or another town', async () => {
    const made = Draw.parse(await (await draw({ criteria: { ...none, gridIds: ['grid-ys-02'] }, poolIds: ['u-enforcer-1', 'u-enforcer-2'], count: 2 })).json());
    const taskIds = (user: string) => pullAll(server, 'tasks', tokens[user] ?? '').then((p) => p.documents.filter((d) => d.drawId === made.id).map((d) => d.id));
    expect(await taskIds('zhifa')).toHaveLength(2);
    expect(await taskIds('zhifa2')).toHaveLength(2);
    expect(await taskIds('wangge')).toEqual([]);
    expect(await taskIds('wangge3')).toEqual([]);
    expect(await taskIds('qiye')).toEqual([]);
    expect(await taskIds('shijianguan')).toHaveLength(2);
    expect((await pullAll(server, 'draws', tokens['zhifa'] ?? '')).documents).toEqual([]);
    expect((await pullAll(server, 'draws', tokens['shijianguan'] ?? '')).documents.map((d) => d.id)).toContain(made.id);
  });

  it('lets an assigned officer mark the task done, but not reassign it', async () => {
    const made = Draw.parse(await (await draw({ criteria: { ...none, gridIds: ['grid-ys-02'] }, poolIds: ['u-enforcer-1', 'u-enforcer-2'], count: 1 })).json());
    const task = InspectionTask.parse((await pullAll(server, 'tasks', tokens['zhifa'] ?? '')).documents.find((d) => d.drawId === made.id));
    const wire = { ...task, _deleted: false };
    const done = { ...wire, status: 'done', doneAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
    expect((await pushRows(server, 'tasks', tokens['zhifa'] ?? '', [{ assumedMasterState: wire, newDocumentState: done }])).refused).toEqual([]);
    const moved = { ...done, assigneeIds: ['u-enforcer-1', 'u-officer-3'], updatedAt: new Date().toISOString() };
    const refused = await pushRows(server, 'tasks', tokens['zhifa'] ?? '', [{ assumedMasterState: done, newDocumentState: moved }]);
    expect(refused.refused.map((r) => r.id)).toEqual([task.id]);
  });

  it('refuses a pool that cannot give two unbound inspectors, and a population smaller than asked, with stable codes', async () => {
    // Grid 一's officers (u-officer-1, u-enforcer-1) are bound to every enterprise there.
    const pool = await draw({ criteria: { ...none, gridIds: ['grid-ys-01'] }, poolIds: ['u-officer-1', 'u-officer-2', 'u-enforcer-1'], count: 1 });
    expect(pool.status).toBe(422);
    expect(await pool.json()).toMatchObject({ code: 'draw_pool_too_small' });
    const population = await draw({ criteria: { ...none, gridIds: ['grid-ys-01'], riskColours: ['red'] }, poolIds: ['u-enforcer-1', 'u-enforcer-2'], count: 200 });
    expect(population.status).toBe(422);
    expect(await population.json()).toMatchObject({ code: 'draw_population_too_small' });
  });

  it('refuses officers from outside the area, bodies that do not parse, and every role but supervisors', async () => {
    expect((await draw({ criteria: none, poolIds: ['u-officer-3', 'u-enforcer-1'], count: 1 })).status).toBe(400);
    expect((await draw({ criteria: none, poolIds: ['u-enforcer-1', 'u-enforcer-2'], count: 0 })).status).toBe(400);
    expect((await draw({ criteria: none, poolIds: ['u-enforcer-1', 'u-enforcer-2'], count: 1, seed: 42 })).status).toBe(400);
    expect((await draw({ criteria: none, poolIds: ['u-enforcer-1', 'u-enforcer-2'], count: 1 }, 'wangge')).status).toBe(403);
    expect((await getJson(server, '/api/draws', tokens['qiye'] ?? '')).status).toBe(403);
  });
});

describe('the drawn enterprise on the inspector’s tablet', () => {
  it('is in the inspector’s scope while the task is open, with what hangs off it, and leaves it when done', async () => {
    const made = Draw.parse(await (await draw({ criteria: { ...none, gridIds: ['grid-ys-03'] }, poolIds: ['u-officer-2', 'u-enforcer-2'], count: 1 })).json());
    const target = made.assignments[0]?.enterpriseId ?? '';
    const token = tokens['zhifa2'] ?? '';
    expect((await pullAll(server, 'enterprises', token)).documents.map((d) => d.id)).toContain(target);
    // She records the inspection of it, as her tablet would push it.
    const inspection = { ...inspectionFor(target, `insp-${made.id}`, 'enforcement', 'u-enforcer-2'), officerIds: ['u-enforcer-2', 'u-officer-2'] };
    expect((await pushRows(server, 'inspections', token, [{ assumedMasterState: null, newDocumentState: { ...inspection, _deleted: false } }])).refused).toEqual([]);
    expect((await pullAll(server, 'inspections', token)).documents.map((d) => d.id)).toContain(inspection.id);
    // Another officer's task does not open it to her colleague in grid 一.
    expect((await pullAll(server, 'enterprises', tokens['wangge3'] ?? '')).documents.map((d) => d.id)).not.toContain(target);
    const task = InspectionTask.parse((await pullAll(server, 'tasks', token)).documents.find((d) => d.drawId === made.id));
    const wire = { ...task, _deleted: false };
    await pushRows(server, 'tasks', token, [{ assumedMasterState: wire, newDocumentState: { ...wire, status: 'done', doneAt: new Date().toISOString(), updatedAt: new Date().toISOString() } }]);
    // (Her earlier tasks are in grids 一 and 二; this 九小 enterprise was only this task's.)
    expect((await pullAll(server, 'enterprises', token)).documents.map((d) => d.id)).not.toContain(target);
  });
});

describe('GET /api/draws and replay', () => {
  it('lists the pool candidates of the area: officers of its grids and its enforcement staff, no experts', async () => {
    const { body } = await getJson(server, '/api/draws/inspectors', tokens['jianguan'] ?? '');
    expect((body as { userId: string }[]).map((o) => o.userId)).toEqual(['u-enforcer-1', 'u-enforcer-2', 'u-officer-1', 'u-officer-2']);
  });

  it('replays a draw from its recorded seed and inputs to exactly the recorded result', async () => {
    const made = Draw.parse(await (await draw({ criteria: { ...none, areaCode: '320582100' }, poolIds: ['u-officer-1', 'u-officer-2', 'u-enforcer-1', 'u-enforcer-2'], count: 6 })).json());
    const listed = (await getJson(server, '/api/draws', tokens['jianguan'] ?? '')).body as { id: string; population?: unknown }[];
    expect(listed[0]?.id).toBe(made.id);
    expect(listed[0]?.population).toBeUndefined();
    expect(Draw.parse((await getJson(server, `/api/draws/${made.id}`, tokens['jianguan'] ?? '')).body)).toEqual(made);
    const replay = DrawReplay.parse(await (await server.post(`/api/draws/${made.id}/replay`, {}, tokens['jianguan'])).json());
    expect(replay).toMatchObject({ matches: true, seed: made.seed, populationUnchanged: true });
    expect(replay.assignments).toEqual(made.assignments.map((a) => ({ enterpriseId: a.enterpriseId, inspectorIds: a.inspectorIds })));
    expect((await getJson(server, `/api/draws/${made.id}`, tokens['wangge3'] ?? '')).status).toBe(403);
    expect((await getJson(server, '/api/draws/draw-nope', tokens['jianguan'] ?? '')).status).toBe(404);
  });
});

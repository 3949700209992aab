import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ManagedUserList, Problem } from '@anxun/shared-schema';
import { hashPassword } from '../auth/passwords';
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/demoUsers';
import { TOWNS } from '../seed/demoPlaces';
import { describePostgres, useThrowawayPostgres } from '../testing/postgresForTests';
import { createTestServer, type TestServer } from '../testing/testServer';

const ALL_IDS = [...DEMO_USERS.map((u) => u.userId), 'u-sup-tq', 'u-sup-none'];

/**
 * GET /api/admin/users on one store: a supervisor's list holds exactly the users whose devices
 * the per-user routes let them manage, with names and live sessions, and nobody outside the area.
 */
function accountListSuite(open: () => Promise<TestServer>) {
  let server: TestServer;
  beforeEach(async () => {
    if (server) return;
    server = await open();
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    // The neighbouring town's supervisor, and a supervisor row without an area (a broken account).
    await server.store.upsertUser({ principal: { userId: 'u-sup-tq', username: 'tangqiao', displayName: '塘桥镇应急管理办', role: 'supervisor', gridIds: [], areaCode: TOWNS.tangqiao.code }, passwordHash });
    await server.store.upsertUser({ principal: { userId: 'u-sup-none', username: 'noarea', displayName: '无辖区', role: 'supervisor', gridIds: [] }, passwordHash });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  const get = (path: string, token?: string) => server.app.request(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const listOf = async (username: string) => {
    const response = await get('/api/admin/users', (await server.login(username)).accessToken);
    expect(response.status).toBe(200);
    return ManagedUserList.parse(await response.json()).users;
  };

  it('lists the town supervisor exactly the users the per-user routes let them manage', async () => {
    const token = (await server.login('jianguan')).accessToken;
    const listed = new Set((await listOf('jianguan')).map((u) => u.id));
    for (const id of ALL_IDS) {
      const sessions = await get(`/api/admin/users/${id}/sessions`, token);
      expect([id, listed.has(id)]).toEqual([id, sessions.status === 200]);
    }
    // 塘桥镇's officer, the supervisor herself, her superior and her peer town are all out of reach.
    expect([...listed].sort()).toEqual(['u-enforcer-1', 'u-enforcer-2', 'u-ent-1', 'u-ent-2', 'u-expert-1', 'u-officer-1', 'u-officer-2']);
  });

  it('names each user by grid or enterprise and tells only names, never where they work', async () => {
    const users = await listOf('jianguan');
    const { rows } = await server.db.query<{ id: string; name: string }>("SELECT id, data->>'name' AS name FROM documents WHERE collection IN ('grids', 'enterprises') AND id IN ('grid-ys-01', 'grid-ys-03', 'ent-001')");
    const name = (id: string) => rows.find((r) => r.id === id)?.name;
    expect(users.find((u) => u.id === 'u-officer-1')).toMatchObject({ username: 'wangge', displayName: '王建国', role: 'officer', officerKind: 'grid', enterpriseName: null });
    expect(users.find((u) => u.id === 'u-officer-1')?.gridNames.sort()).toEqual([name('grid-ys-01'), name('grid-ys-03')].sort());
    expect(users.find((u) => u.id === 'u-ent-1')).toMatchObject({ role: 'enterprise', enterpriseName: name('ent-001'), gridNames: [] });
    const raw = JSON.stringify(await (await get('/api/admin/users', (await server.login('jianguan')).accessToken)).json());
    expect(raw).not.toContain(TOWNS.yangshe.code);
    expect(raw).not.toContain('passwordHash');
  });

  it('counts live devices and their last use, and none after a revoke', async () => {
    await server.login('wangge2', 'tablet-1');
    await server.login('wangge2', 'tablet-2');
    const before = (await listOf('jianguan')).find((u) => u.id === 'u-officer-2');
    expect(before?.liveSessions).toBeGreaterThanOrEqual(2);
    expect(before?.lastUsedAt).not.toBeNull();
    const supervisor = await server.login('jianguan');
    const revoked = await server.post('/api/admin/users/u-officer-2/revoke-sessions', {}, supervisor.accessToken);
    expect(revoked.status).toBe(200);
    expect((await listOf('jianguan')).find((u) => u.id === 'u-officer-2')).toMatchObject({ liveSessions: 0, lastUsedAt: null });
  });

  it('gives each supervisor only their own area', async () => {
    const tq = (await listOf('tangqiao')).map((u) => u.id);
    expect(tq).toEqual(['u-officer-3']);
    const city = (await listOf('shijianguan')).map((u) => u.id);
    expect(city).toEqual(expect.arrayContaining(['u-officer-3', 'u-sup-1', 'u-sup-tq', 'u-officer-1', 'u-ent-1']));
    expect(city).not.toContain('u-sup-city');
  });

  it('refuses officers, enterprise users and a supervisor without an area, with nothing listed', async () => {
    for (const username of ['qiye', 'wangge3', 'zhifa2', 'noarea']) {
      const response = await get('/api/admin/users', (await server.login(username)).accessToken);
      const body: unknown = await response.json();
      expect([username, response.status, Problem.parse(body).code]).toEqual([username, 403, 'forbidden']);
      expect(body).not.toHaveProperty('users');
    }
    expect((await get('/api/admin/users')).status).toBe(401);
  });
}

describe('the account list on PGlite', () => {
  accountListSuite(() => createTestServer());
});

describePostgres('the account list on PostgreSQL', () => {
  const postgres = useThrowawayPostgres();
  accountListSuite(async () => createTestServer({ databaseUrl: await postgres().newDatabase() }));
});

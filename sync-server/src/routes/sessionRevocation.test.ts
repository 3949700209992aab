import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuthSessionList, Problem, RevokeResult, Session } from '@anxun/shared-schema';
import { hashPassword } from '../auth/passwords';
import { DEMO_PASSWORD } from '../seed/demoUsers';
import { TOWNS } from '../seed/demoPlaces';
import { SseReader } from '../testing/sseReader';
import { createTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
let clock = new Date('2026-05-01T08:00:00Z');

beforeAll(async () => {
  server = await createTestServer({ now: () => clock });
  // A supervisor of the neighbouring town: the demo town has none.
  await server.store.upsertUser({
    principal: { userId: 'u-sup-tq', username: 'tangqiao', displayName: '塘桥镇应急管理办', role: 'supervisor', gridIds: [], areaCode: TOWNS.tangqiao.code },
    passwordHash: await hashPassword(DEMO_PASSWORD),
  });
});
beforeEach(() => {
  clock = new Date(clock.getTime() + 3_600_000);
});
afterAll(() => server.close());

const pullGrids = (token: string) => server.post('/api/replication/grids/pull', { checkpoint: null, limit: 5 }, token);
const refresh = (session: Session) => server.post('/api/auth/refresh', { refreshToken: session.refreshToken });
const codeOf = async (response: Response) => Problem.parse(await response.json()).code;
const later = (ms: number) => (clock = new Date(clock.getTime() + ms));

async function expectRevoked(session: Session) {
  const pulled = await pullGrids(session.accessToken);
  expect(pulled.status).toBe(401);
  expect(await codeOf(pulled)).toBe('session_revoked');
  const refreshed = await refresh(session);
  expect(refreshed.status).toBe(401);
  expect(await codeOf(refreshed)).toBe('session_revoked');
}

describe('refresh-token families', () => {
  it('answers a reuse within the grace without revoking, and revokes the whole family after it', async () => {
    const first = await server.login('wangge', 'tablet-a');
    const other = await server.login('wangge', 'tablet-b');
    const second = Session.parse(await (await refresh(first)).json());
    const raced = await refresh(first);
    expect(raced.status).toBe(401);
    expect(await codeOf(raced)).toBe('refresh_reused');
    expect((await pullGrids(second.accessToken)).status).toBe(200);

    later(31_000);
    const stolen = await refresh(first);
    expect(await codeOf(stolen)).toBe('session_revoked');
    // Every token of the family dies: the access token the rotation gave, and its refresh token.
    await expectRevoked(second);
    await expectRevoked(first);
    // The user's other device is another family.
    expect((await pullGrids(other.accessToken)).status).toBe(200);
    const { rows } = await server.db.query<{ n: number }>("SELECT count(*)::int AS n FROM auth_events WHERE action = 'refresh_reused' AND target_user_id = 'u-officer-1'");
    expect(rows[0]?.n).toBe(1);
  });

  it('keeps a family alive across rotations: each refresh token works once, in turn', async () => {
    let session = await server.login('zhifa', 'tablet-z');
    for (let i = 0; i < 3; i++) {
      const next = await refresh(session);
      expect(next.status).toBe(200);
      session = Session.parse(await next.json());
      later(60_000);
    }
    expect((await pullGrids(session.accessToken)).status).toBe(200);
  });
});

describe('logout', () => {
  it('ends only the current session', async () => {
    const a = await server.login('wangge2', 'tablet-a');
    const b = await server.login('wangge2', 'tablet-b');
    const out = await server.post('/api/auth/logout', {}, a.accessToken);
    expect(RevokeResult.parse(await out.json())).toEqual({ revoked: 1 });
    await expectRevoked(a);
    expect((await pullGrids(b.accessToken)).status).toBe(200);
  });

  it('signs out every device with logout-all', async () => {
    const a = await server.login('zhuanjia', 'tablet-a');
    const b = await server.login('zhuanjia', 'tablet-b');
    const out = await server.post('/api/auth/logout-all', {}, b.accessToken);
    expect(RevokeResult.parse(await out.json()).revoked).toBeGreaterThanOrEqual(2);
    await expectRevoked(a);
    await expectRevoked(b);
    expect((await server.login('zhuanjia', 'tablet-c')).accessToken).toBeTruthy();
    const { rows } = await server.db.query<{ actor_id: string }>("SELECT actor_id FROM auth_events WHERE action = 'logout_all' AND target_user_id = 'u-expert-1'");
    expect(rows).toEqual([{ actor_id: 'u-expert-1' }]);
  });

  it('needs a signed-in caller', async () => {
    expect((await server.post('/api/auth/logout', {})).status).toBe(401);
  });
});

describe('a supervisor revokes the devices of users in the area', () => {
  const revoke = (token: string, userId: string) => server.post(`/api/admin/users/${userId}/revoke-sessions`, {}, token);
  const sessionsOf = (token: string, userId: string) => server.app.request(`/api/admin/users/${userId}/sessions`, { headers: { authorization: `Bearer ${token}` } });

  it('cuts off an officer of a grid in the town, lists the devices and logs who did it', async () => {
    const officer = await server.login('wangge', 'lost-tablet');
    const supervisor = await server.login('jianguan');
    const listed = AuthSessionList.parse(await (await sessionsOf(supervisor.accessToken, 'u-officer-1')).json());
    expect(listed.sessions.find((s) => s.deviceId === 'lost-tablet')).toMatchObject({ revokedAt: null });
    expect(RevokeResult.parse(await (await revoke(supervisor.accessToken, 'u-officer-1')).json()).revoked).toBeGreaterThanOrEqual(1);
    await expectRevoked(officer);
    const after = AuthSessionList.parse(await (await sessionsOf(supervisor.accessToken, 'u-officer-1')).json());
    expect(after.sessions.every((s) => s.revokedAt !== null)).toBe(true);
    const { rows } = await server.db.query<{ actor_id: string; target_user_id: string }>("SELECT actor_id, target_user_id FROM auth_events WHERE action = 'revoke_sessions'");
    expect(rows).toContainEqual({ actor_id: 'u-sup-1', target_user_id: 'u-officer-1' });
  });

  it('reaches enterprise users of the town and supervisors of smaller areas only', async () => {
    const town = await server.login('jianguan');
    const city = await server.login('shijianguan');
    const other = await server.login('tangqiao');
    expect((await revoke(town.accessToken, 'u-ent-2')).status).toBe(200);
    expect((await revoke(town.accessToken, 'u-enforcer-2')).status).toBe(200);
    expect((await revoke(city.accessToken, 'u-officer-3')).status).toBe(200);
    for (const [token, userId] of [
      [other.accessToken, 'u-officer-1'], [other.accessToken, 'u-ent-1'], [town.accessToken, 'u-officer-3'],
      [town.accessToken, 'u-sup-city'], [town.accessToken, 'u-sup-tq'], [town.accessToken, 'u-sup-1'], [town.accessToken, 'u-nobody'],
    ] as const) {
      const refused = await revoke(token, userId);
      expect([refused.status, await codeOf(refused)], `${userId}`).toEqual([404, 'not_found']);
      expect((await sessionsOf(token, userId)).status).toBe(404);
    }
    expect((await revoke(city.accessToken, 'u-sup-1')).status).toBe(200);
  });

  it('is refused to officers and enterprise users', async () => {
    // zhifa2 is an officer with an area of her own: an area is not enough without the supervisor role.
    for (const username of ['qiye', 'wangge2', 'zhifa2']) {
      const session = await server.login(username);
      const refused = await revoke(session.accessToken, 'u-ent-1');
      expect([refused.status, await codeOf(refused)]).toEqual([403, 'forbidden']);
      expect((await sessionsOf(session.accessToken, 'u-ent-1')).status).toBe(403);
    }
  });
});

describe('access_token in the query string', () => {
  it('is refused on a pull and accepted on the change stream only', async () => {
    const session = await server.login('wangge3');
    const refused = await server.app.request(`/api/replication/grids/pull?access_token=${session.accessToken}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ checkpoint: null, limit: 5 }),
    });
    expect([refused.status, await codeOf(refused)]).toEqual([401, 'unauthenticated']);
    const photo = await server.app.request(`/api/photos/${'a'.repeat(64)}?access_token=${session.accessToken}`);
    expect(photo.status).toBe(401);
    const report = await server.app.request(`/api/reports/monthly?month=2026-04&access_token=${session.accessToken}`);
    expect(report.status).toBe(401);
    for (const path of ['/api/replication/stream', '/api/replication/grids/stream']) {
      const response = await server.app.request(`${path}?access_token=${session.accessToken}`);
      expect(response.status).toBe(200);
      const stream = new SseReader(response);
      await stream.waitFor((m) => m === 'RESYNC' || (typeof m === 'object' && m !== null && 'message' in m));
      await stream.close();
    }
  });
});

describe('an open change stream', () => {
  it('ends at the next change once its session is revoked', async () => {
    const session = await server.login('wangge2', 'tablet-stream');
    const response = await server.app.request(`/api/replication/grids/stream?access_token=${session.accessToken}`);
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no stream');
    await reader.read();
    // The logout alone ends it: the store announces the revoked session to the stream.
    await server.post('/api/auth/logout', {}, session.accessToken);
    const ended = async () => {
      for (;;) if ((await reader.read()).done) return 'ended';
    };
    const timeout = new Promise((resolve) => setTimeout(() => resolve('still open'), 3_000));
    expect(await Promise.race([ended(), timeout])).toBe('ended');
    await reader.cancel();
  });
});

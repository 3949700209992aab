import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManagedUserList, OpenedAccount, OpenedAccountList, Problem, ResetPasswordResult, Session } from '@anxun/shared-schema';
import { hashPassword } from '../auth/passwords';
import { DEMO_PASSWORD } from '../seed/demoUsers';
import { pullAll } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await createTestServer();
  await server.store.admin.createUser({ principal: { userId: 'u-admin-tq', username: 'admin-tq', displayName: '塘桥镇系统管理员', role: 'admin', gridIds: [], areaCode: '320582101' }, passwordHash: await hashPassword(DEMO_PASSWORD) });
  for (const user of ['admin', 'admin-tq', 'jianguan', 'wangge', 'qiye']) tokens[user] = (await server.login(user)).accessToken;
});
afterAll(() => server.close());

const post = (user: string, path: string, body: unknown = {}) => server.post(`/api/admin${path}`, body, tokens[user]);
const signIn = async (username: string, password: string) => Session.parse(await (await server.post('/api/auth/login', { username, password, deviceId: `d-${username}` })).json());
async function firstSignIn(username: string, initial: string): Promise<Session> {
  const first = await signIn(username, initial);
  expect(first.principal.mustChangePassword).toBe(true);
  return Session.parse(await (await server.post('/api/auth/change-password', { currentPassword: initial, newPassword: 'Town-2026-pass' }, first.accessToken)).json());
}
const auditCount = async (action: string) => Number((await server.db.query<{ n: string }>('SELECT count(*) AS n FROM admin_audit WHERE action = $1', [action])).rows[0]?.n);

describe('an administrator opens and manages accounts', () => {
  it('opens an officer bound to one grid, who then holds exactly that grid’s enterprises', async () => {
    const answer = await post('admin', '/accounts', { kind: 'gridOfficer', username: 'new-officer', displayName: '新网格员', gridIds: ['grid-ys-02'] });
    expect(answer.status).toBe(201);
    const opened = OpenedAccount.parse(await answer.json());
    const session = await firstSignIn('new-officer', opened.initialPassword);
    const pulled = (await pullAll(server, 'enterprises', session.accessToken)).documents;
    const grid2 = (await pullAll(server, 'enterprises', tokens['admin'] ?? '')).documents.filter((d) => (d['gridIds'] as string[]).includes('grid-ys-02'));
    expect(pulled.map((d) => d.id).sort()).toEqual(grid2.map((d) => d.id).sort());
    expect(await auditCount('account.open')).toBeGreaterThanOrEqual(1);
    expect((await post('admin', '/accounts', { kind: 'gridOfficer', username: 'new-officer', displayName: '重名', gridIds: ['grid-ys-02'] })).status).toBe(409);
    expect(Problem.parse(await (await post('admin', '/accounts', { kind: 'enforcementOfficer', username: 'no-badge', displayName: '无证', areaCode: '320582100' })).json()).code).toBe('validation_failed');
  });

  it('opens one account per enterprise in bulk, skipping those that have one; the enterprise sees only its own profile', async () => {
    const answer = OpenedAccountList.parse(await (await post('admin', '/accounts/enterprises', { enterpriseIds: ['ent-001', 'ent-003', 'ent-064'] })).json());
    expect(answer.accounts).toHaveLength(1);
    expect(answer.skipped.map((s) => s.enterpriseId).sort()).toEqual(['ent-001', 'ent-064']);
    const session = await firstSignIn(answer.accounts[0]?.username ?? '', answer.accounts[0]?.initialPassword ?? '');
    expect((await pullAll(server, 'enterprises', session.accessToken)).documents.map((d) => d.id)).toEqual(['ent-003']);
  });

  it('refuses supervisors, officers and enterprises, and another town’s administrator reaches nobody here', async () => {
    for (const user of ['jianguan', 'wangge', 'qiye']) {
      expect((await post(user, '/accounts', { kind: 'gridOfficer', username: `x-${user}`, displayName: '越权', gridIds: ['grid-ys-01'] })).status, user).toBe(403);
      expect((await post(user, '/users/u-officer-2/disable')).status, user).toBe(403);
    }
    expect((await post('admin-tq', '/accounts', { kind: 'gridOfficer', username: 'tq-steal', displayName: '越界', gridIds: ['grid-ys-01'] })).status).toBe(404);
    expect((await post('admin-tq', '/accounts', { kind: 'supervisor', username: 'tq-sup', displayName: '越界', areaCode: '320582100' })).status).toBe(403);
    for (const path of ['/users/u-officer-1/reset-password', '/users/u-officer-1/disable', '/users/u-admin/disable', '/users/no-such-user/disable']) {
      expect((await post('admin-tq', path)).status, path).toBe(404);
    }
    expect((await post('admin', '/users/u-admin-tq/disable')).status).toBe(404);
    expect((await signIn('wangge', DEMO_PASSWORD)).principal.mustChangePassword).toBeUndefined();
  });

  it('disables an account (its devices stop at once) and enables it again', async () => {
    const device = await signIn('wangge2', DEMO_PASSWORD);
    expect((await post('admin', '/users/u-officer-2/disable')).status).toBe(200);
    expect(Problem.parse(await (await server.post('/api/auth/login', { username: 'wangge2', password: DEMO_PASSWORD, deviceId: 'd2' })).json()).code).toBe('account_disabled');
    expect((await server.post('/api/replication/enterprises/pull', { checkpoint: null, limit: 5 }, device.accessToken)).status).toBe(401);
    expect((await post('admin', '/users/u-officer-2/enable')).status).toBe(200);
    expect((await signIn('wangge2', DEMO_PASSWORD)).principal.username).toBe('wangge2');
    expect(await auditCount('account.disable')).toBe(1);
  });

  it('keeps an enforcement officer’s 执法证号 and shows who is disabled, on the people list', async () => {
    const answer = await post('admin', '/accounts', { kind: 'enforcementOfficer', username: 'zhifa-new', displayName: '新执法员', areaCode: '320582100', badgeNo: '32058210099' });
    const opened = OpenedAccount.parse(await answer.json());
    await post('admin', `/users/${opened.userId}/disable`);
    const users = ManagedUserList.parse(await (await server.app.request('/api/admin/users', { headers: { authorization: `Bearer ${tokens['admin'] ?? ''}` } })).json()).users;
    expect(users.find((u) => u.id === opened.userId)).toMatchObject({ badgeNo: '32058210099', disabled: true, officerKind: 'enforcement' });
    expect(users.find((u) => u.username === 'wangge3')).toBeUndefined();
  });

  it('logs a revocation of devices in the administrative audit, with how many were cut off', async () => {
    await signIn('zhuanjia', DEMO_PASSWORD);
    const before = await auditCount('account.revoke_sessions');
    expect((await post('admin', '/users/u-expert-1/revoke-sessions')).status).toBe(200);
    expect(await auditCount('account.revoke_sessions')).toBe(before + 1);
    const row = (await server.db.query<{ actor_id: string; after: { revokedSessions: number } }>("SELECT actor_id, after FROM admin_audit WHERE action = 'account.revoke_sessions' ORDER BY id DESC LIMIT 1")).rows[0];
    expect(row?.actor_id).toBe('u-admin');
    expect(row?.after.revokedSessions).toBeGreaterThanOrEqual(1);
  });

  it('resets a password: the old one stops working and the new one must be changed', async () => {
    const reset = ResetPasswordResult.parse(await (await post('admin', '/users/u-officer-1/reset-password')).json());
    expect((await server.post('/api/auth/login', { username: 'wangge', password: DEMO_PASSWORD, deviceId: 'd' })).status).toBe(401);
    expect((await signIn('wangge', reset.initialPassword)).principal.mustChangePassword).toBe(true);
  });
});

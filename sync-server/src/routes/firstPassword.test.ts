import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem, Session } from '@anxun/shared-schema';
import { bootstrapAdministrator } from '../seed/bootstrapAdministrator';
import { createTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
  // Without the demo's `admin` (never signed in), the store is as a SEED_DEMO=0 start finds it for this account.
  await server.db.query(`DELETE FROM users WHERE username = 'admin'`);
});
afterAll(() => server.close());

const get = (path: string, token: string) => server.app.request(path, { headers: { authorization: `Bearer ${token}` } });
const login = async (username: string, password: string) => server.post('/api/auth/login', { username, password, deviceId: `dev-${username}` });

describe('the first administrator of a town without the demo', () => {
  it('is created once, with the preset or a generated password, and must change it before anything else', async () => {
    const generated = await bootstrapAdministrator(server.store, undefined);
    expect(generated).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(await bootstrapAdministrator(server.store, 'another-password-1')).toBeUndefined();

    const session = Session.parse(await (await login('admin', generated ?? '')).json());
    expect(session.principal).toMatchObject({ role: 'admin', mustChangePassword: true });
    expect(session.principal.areaCode).toBeUndefined();
    for (const path of ['/api/admin/users', '/api/replication/enterprises/pull']) {
      const answer = path.endsWith('pull') ? await server.post(path, { checkpoint: null, limit: 10 }, session.accessToken) : await get(path, session.accessToken);
      expect(answer.status, path).toBe(403);
      expect(Problem.parse(await answer.json()).code).toBe('password_change_required');
    }

    const weak = await server.post('/api/auth/change-password', { currentPassword: generated, newPassword: '12345678' }, session.accessToken);
    expect(Problem.parse(await weak.json()).code).toBe('password_rejected');
    const wrong = await server.post('/api/auth/change-password', { currentPassword: 'not-it-123', newPassword: 'Anxun-2026-town' }, session.accessToken);
    expect(Problem.parse(await wrong.json()).code).toBe('invalid_credentials');

    const changed = await server.post('/api/auth/change-password', { currentPassword: generated, newPassword: 'Anxun-2026-town' }, session.accessToken);
    expect(changed.status).toBe(200);
    const renewed = Session.parse(await changed.json());
    expect(renewed.principal.mustChangePassword).toBeUndefined();
    expect((await get('/api/admin/users', renewed.accessToken)).status).toBe(200);
    // The old password opens nothing any more; the new one signs in without the gate.
    expect((await login('admin', generated ?? '')).status).toBe(401);
    const again = Session.parse(await (await login('admin', 'Anxun-2026-town')).json());
    expect(again.principal.mustChangePassword).toBeUndefined();
  });

  it('signs out the other devices that used the old password', async () => {
    const first = Session.parse(await (await login('admin', 'Anxun-2026-town')).json());
    const second = Session.parse(await (await server.post('/api/auth/login', { username: 'admin', password: 'Anxun-2026-town', deviceId: 'dev-other' })).json());
    const changed = await server.post('/api/auth/change-password', { currentPassword: 'Anxun-2026-town', newPassword: 'Anxun-2027-town' }, first.accessToken);
    expect(changed.status).toBe(200);
    expect(Problem.parse(await (await get('/api/admin/users', second.accessToken)).json()).code).toBe('session_revoked');
  });
});

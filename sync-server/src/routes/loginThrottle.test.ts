import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Problem } from '@anxun/shared-schema';
import { DEMO_PASSWORD } from '../seed/demoUsers';
import { createTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
let clock = new Date('2026-05-01T08:00:00Z');

// One seeded town for the file (seeding hashes every demo password); each test starts unthrottled.
beforeAll(async () => {
  server = await createTestServer({ now: () => clock });
});
beforeEach(async () => {
  clock = new Date('2026-05-01T08:00:00Z');
  await server.db.query('DELETE FROM login_throttle');
});
afterAll(() => server.close());

/** A sign-in from a socket address, as @hono/node-server hands it to the app. */
const loginFrom = (address: string, username: string, password: string) =>
  server.app.request(
    '/api/auth/login',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password, deviceId: 'tablet' }) },
    { incoming: { socket: { remoteAddress: address, remotePort: 50000, remoteFamily: 'IPv4' } } },
  );

const codeOf = async (response: Response) => Problem.parse(await response.json()).code;

describe('sign-in throttling', () => {
  it('locks an account after ten wrong passwords, even for the right one, until the lock expires', async () => {
    for (let i = 0; i < 10; i++) expect((await loginFrom(`10.0.0.${i}`, 'wangge', 'wrong')).status).toBe(401);
    const locked = await loginFrom('10.0.1.1', 'wangge', DEMO_PASSWORD);
    expect(locked.status).toBe(429);
    expect(await codeOf(locked)).toBe('too_many_attempts');
    expect(Number(locked.headers.get('Retry-After'))).toBe(60);
    clock = new Date(clock.getTime() + 61_000);
    expect((await loginFrom('10.0.1.1', 'wangge', DEMO_PASSWORD)).status).toBe(200);
  });

  it('counts an address separately: ten failures over many accounts lock that address only', async () => {
    const usernames = ['wangge', 'wangge2', 'wangge3', 'zhifa', 'zhuanjia', 'qiye', 'qiye2', 'jianguan', 'shijianguan', 'nobody'];
    for (const name of usernames) expect((await loginFrom('192.0.2.7', name, 'wrong')).status).toBe(401);
    const fromSame = await loginFrom('192.0.2.7', 'zhifa2', DEMO_PASSWORD);
    expect(fromSame.status).toBe(429);
    expect(Number(fromSame.headers.get('Retry-After'))).toBeGreaterThan(0);
    // Every account there had one failure only: from elsewhere they sign in.
    expect((await loginFrom('192.0.2.8', 'zhifa2', DEMO_PASSWORD)).status).toBe(200);
    expect((await loginFrom('192.0.2.8', 'wangge', DEMO_PASSWORD)).status).toBe(200);
  });

  it('throttles a username that does not exist like one that does', async () => {
    for (let i = 0; i < 10; i++) await loginFrom(`10.1.0.${i}`, 'ghost', 'wrong');
    expect((await loginFrom('10.1.1.1', 'ghost', 'wrong')).status).toBe(429);
  });

  it('forgives the account after a successful sign-in, but not the address', async () => {
    for (let i = 0; i < 6; i++) await loginFrom(`10.2.0.${i}`, 'qiye', 'wrong');
    expect((await loginFrom('10.2.1.1', 'qiye', DEMO_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 6; i++) expect((await loginFrom(`10.2.2.${i}`, 'qiye', 'wrong')).status).toBe(401);
    expect((await loginFrom('10.2.1.1', 'qiye', DEMO_PASSWORD)).status).toBe(200);

    for (let i = 0; i < 9; i++) await loginFrom('10.3.0.1', `user${i}`, 'wrong');
    expect((await loginFrom('10.3.0.1', 'qiye2', DEMO_PASSWORD)).status).toBe(200);
    await loginFrom('10.3.0.1', 'user9', 'wrong');
    expect((await loginFrom('10.3.0.1', 'qiye2', DEMO_PASSWORD)).status).toBe(429);
  });

  it('locks longer each time, and records each lock in the audit', async () => {
    const waits: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 10; i++) await loginFrom(`10.4.${round}.${i}`, 'zhifa', 'wrong');
      const locked = await loginFrom('10.5.0.1', 'zhifa', DEMO_PASSWORD);
      const wait = Number(locked.headers.get('Retry-After'));
      waits.push(wait);
      clock = new Date(clock.getTime() + wait * 1000 + 1000);
    }
    expect(waits).toEqual([60, 120, 240]);
    expect((await loginFrom('10.5.0.1', 'zhifa', DEMO_PASSWORD)).status).toBe(200);
    const { rows } = await server.db.query<{ n: number }>("SELECT count(*)::int AS n FROM auth_events WHERE action = 'login_locked' AND target_user_id = 'u-enforcer-1'");
    expect(rows[0]?.n).toBe(3);
  });

  it('takes the address from X-Forwarded-For only when told to trust a proxy', async () => {
    // Without TRUST_PROXY a client picking a new X-Forwarded-For per guess is still one address.
    for (let i = 0; i < 10; i++) {
      await server.app.request('/api/auth/login', {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}` },
        body: JSON.stringify({ username: `spray${i}`, password: 'wrong', deviceId: 'd' }),
      });
    }
    const next = await server.app.request('/api/auth/login', {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.99' },
      body: JSON.stringify({ username: 'wangge', password: DEMO_PASSWORD, deviceId: 'd' }),
    });
    expect(next.status).toBe(429);
  });
});

describe('unknown usernames', () => {
  it('cost one password hash like a wrong password, so timing names no account', async () => {
    const median = async (username: string) => {
      const times: number[] = [];
      for (let i = 0; i < 7; i++) {
        const started = performance.now();
        expect((await loginFrom(`10.9.${username.length}.${i}`, username, 'wrong')).status).toBe(401);
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[3] ?? Number.NaN;
    };
    const known = await median('wangge');
    const unknown = await median('nobody-here');
    // Without the dummy hash the unknown path is an order of magnitude faster (a few ms vs ~40).
    expect(unknown / known).toBeGreaterThan(0.5);
  });
});

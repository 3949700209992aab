import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem, Session } from '@anxun/shared-schema';
import { readConfig } from '../config';
import { createTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
let clock = new Date('2026-05-01T08:00:00Z');

beforeAll(async () => {
  server = await createTestServer({ now: () => clock, accessTokenSeconds: 5 });
});
afterAll(() => server.close());

describe('ACCESS_TOKEN_SECONDS', () => {
  it('is 15 minutes unless set, and refuses a lifetime too short to use', () => {
    expect(readConfig({}).ACCESS_TOKEN_SECONDS).toBe(900);
    expect(readConfig({ ACCESS_TOKEN_SECONDS: '5' }).ACCESS_TOKEN_SECONDS).toBe(5);
    expect(() => readConfig({ ACCESS_TOKEN_SECONDS: '1' })).toThrow(/ACCESS_TOKEN_SECONDS/);
  });

  it('gives access tokens that lifetime, at sign-in and at every refresh', async () => {
    const session = await server.login('wangge');
    expect(Date.parse(session.accessExpiresAt)).toBe(clock.getTime() + 5_000);
    clock = new Date(clock.getTime() + 6_000);
    const refused = await server.post('/api/replication/grids/pull', { checkpoint: null, limit: 5 }, session.accessToken);
    expect(Problem.parse(await refused.json()).code).toBe('token_expired');
    const renewed = Session.parse(await (await server.post('/api/auth/refresh', { refreshToken: session.refreshToken })).json());
    expect(Date.parse(renewed.accessExpiresAt)).toBe(clock.getTime() + 5_000);
    expect((await server.post('/api/replication/grids/pull', { checkpoint: null, limit: 5 }, renewed.accessToken)).status).toBe(200);
  });
});

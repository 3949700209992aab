import { afterAll, beforeEach, describe } from 'vitest';
import type { Principal } from '@anxun/shared-schema';
import { hashPassword } from '../auth/passwords';
import { DEMO_PASSWORD } from '../seed/demoUsers';
import { describePostgres, useThrowawayPostgres } from '../testing/postgresForTests';
import { createTestServer, type TestServer } from '../testing/testServer';

type ServerOptions = Parameters<typeof createTestServer>[0];

/**
 * Runs one attack suite against a server on PGlite and one on the throw-away PostgreSQL: the
 * holes live in SQL as much as in TypeScript. One server per store, created on first use in
 * beforeEach (so a PostgreSQL that cannot start fails the tests instead of skipping them).
 */
export function onEachStore(title: string, suite: (server: () => TestServer) => void, options: ServerOptions = {}): void {
  const block = (start: () => Promise<TestServer>) => () => {
    let server: TestServer | undefined;
    beforeEach(async () => {
      server ??= await start();
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });
    suite(() => {
      if (!server) throw new Error('the test server did not start');
      return server;
    });
  };
  describe(`${title} (PGlite)`, block(() => createTestServer(options)));
  describePostgres(`${title} (PostgreSQL)`, () => {
    const postgres = useThrowawayPostgres();
    block(async () => createTestServer({ ...options, databaseUrl: await postgres().newDatabase() }))();
  });
}

/** The supervisor of 塘桥镇, a town the demo seed has no supervisor for. */
export const TANGQIAO_SUPERVISOR: Principal = {
  userId: 'u-sup-tq', username: 'jianguan-tq', displayName: '塘桥镇应急管理办', role: 'supervisor', gridIds: [], areaCode: '320582101',
};

/** Adds a user to the demo town (password DEMO_PASSWORD) and signs them in. */
export async function loginAsNewUser(server: TestServer, principal: Principal): Promise<string> {
  if (!(await server.store.findUserById(principal.userId))) await server.store.upsertUser({ principal, passwordHash: await hashPassword(DEMO_PASSWORD) });
  return (await server.login(principal.username)).accessToken;
}

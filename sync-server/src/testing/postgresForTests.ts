import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { startThrowawayPostgres, type ThrowawayPostgres } from './throwawayPostgres';

/** Only an explicit ANXUN_SKIP_POSTGRES=1 skips the PostgreSQL tests; a server that cannot start fails them. */
export const postgresSkipped = process.env['ANXUN_SKIP_POSTGRES'] === '1';

/** describe() for tests that need a real PostgreSQL. */
export const describePostgres = describe.skipIf(postgresSkipped);

/**
 * Starts a throw-away cluster for the enclosing describe block and stops it afterwards. If it
 * cannot start, every test of the block fails with the reason (a failing beforeAll would only
 * mark them skipped). Tests get the cluster by calling the returned function, in tests or in
 * beforeEach, not in beforeAll.
 */
export function useThrowawayPostgres(): () => ThrowawayPostgres {
  let cluster: ThrowawayPostgres | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      cluster = await startThrowawayPostgres();
    } catch (error) {
      failure = error;
    }
  }, 60_000);
  beforeEach(() => {
    if (failure) throw new Error(`PostgreSQL could not start (set ANXUN_SKIP_POSTGRES=1 to skip these tests): ${String(failure)}`, { cause: failure });
  });
  afterAll(async () => {
    await cluster?.stop();
  });
  return () => {
    if (!cluster) throw new Error('the throw-away PostgreSQL is not running', { cause: failure });
    return cluster;
  };
}

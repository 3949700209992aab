import { afterAll, beforeAll, describe } from 'vitest';
import { startThrowawayPostgres, type ThrowawayPostgres } from './throwawayPostgres';

/** Only an explicit ANXUN_SKIP_POSTGRES=1 skips the PostgreSQL tests; a server that cannot start fails them. */
export const postgresSkipped = process.env['ANXUN_SKIP_POSTGRES'] === '1';

/** describe() for tests that need a real PostgreSQL. */
export const describePostgres = describe.skipIf(postgresSkipped);

/**
 * Starts a throw-away cluster for the enclosing describe block and stops it afterwards. If it
 * cannot start, beforeAll throws and every test of the block fails with the reason.
 */
export function useThrowawayPostgres(): () => ThrowawayPostgres {
  let cluster: ThrowawayPostgres | undefined;
  beforeAll(async () => {
    cluster = await startThrowawayPostgres();
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
  });
  return () => {
    if (!cluster) throw new Error('the throw-away PostgreSQL is not running');
    return cluster;
  };
}

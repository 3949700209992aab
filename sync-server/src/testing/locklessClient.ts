import type { SqlClient } from '../store/sqlClient';

/**
 * TEST ONLY: a driver that silently drops `pg_advisory_xact_lock`, i.e. a store whose writers no
 * longer commit in sequence order. It exists to prove the concurrency tests can fail.
 */
export function withoutWriteLock(db: SqlClient): SqlClient {
  return {
    ...db,
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: (sql, params) => (sql.includes('pg_advisory_xact_lock') ? Promise.resolve({ rows: [] }) : tx.query(sql, params)),
        }),
      ),
  };
}

import type { SqlClient, SqlQueryable } from '../src/store/sqlClient';

/** Statements seen since the last reset, grouped by the start of their text, with the time spent in them. */
export interface StatementTally {
  statements: number;
  transactions: number;
  sqlMs: number;
  byPrefix: Map<string, { count: number; ms: number }>;
}

/**
 * Enough of a statement to tell them apart: a long select list is elided so the FROM and WHERE
 * show (a read by id and a read of a hazard's events share their columns).
 */
function prefixOf(sql: string): string {
  return sql
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^SELECT (.{30,}?) FROM /, 'SELECT … FROM ')
    .slice(0, 96);
}

/**
 * Wraps a SqlClient so a benchmark can count the statements the app sends (inside transactions
 * too) and the time it waits for them. BEGIN/COMMIT are issued by the drivers themselves, not
 * through `query`, so they are counted as transactions (two statements each), not as statements.
 */
export function countStatements(db: SqlClient): { db: SqlClient; take(): StatementTally } {
  let tally: StatementTally = { statements: 0, transactions: 0, sqlMs: 0, byPrefix: new Map() };
  const counted = (target: SqlQueryable): SqlQueryable['query'] =>
    async <Row>(sql: string, params?: readonly unknown[]) => {
      const start = performance.now();
      try {
        return await target.query<Row>(sql, params);
      } finally {
        const ms = performance.now() - start;
        const key = prefixOf(sql);
        const entry = tally.byPrefix.get(key) ?? { count: 0, ms: 0 };
        entry.count += 1;
        entry.ms += ms;
        tally.byPrefix.set(key, entry);
        tally.statements += 1;
        tally.sqlMs += ms;
      }
    };
  const wrapped: SqlClient = {
    query: counted(db),
    transaction(work) {
      tally.transactions += 1;
      return db.transaction((tx) => work({ query: counted(tx) }));
    },
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
  };
  return {
    db: wrapped,
    take() {
      const taken = tally;
      tally = { statements: 0, transactions: 0, sqlMs: 0, byPrefix: new Map() };
      return taken;
    },
  };
}

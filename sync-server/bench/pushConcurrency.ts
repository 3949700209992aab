import { DEMO_USERS } from '../src/seed/demoUsers';
import type { SqlClient } from '../src/store/sqlClient';
import { newHazards, officerEnterprises, PUSH_BATCH, pushAll } from './pushBenchRuns';
import { startBenchServer } from './pushBenchServer';

/** Four officers of the demo town's grids in two towns (杨舍镇, 塘桥镇): their pushes write no common document. */
const PUSHERS = ['wangge', 'wangge2', 'wangge3', 'zhifa'] as const;

export interface ConcurrencyFigures {
  /** docs/s of all pushers together. */
  one: number;
  four: number;
  fourWithoutLock: number;
}

/**
 * Whether the city-wide write lock is the limit: the same `n` hazards pushed by one device, then
 * by four devices of different towns at once, then by four at once with the lock dropped (what
 * removing it could give at best; the pull would then skip late commits, so only a measurement).
 * Each on its own new database (`newDatabase`), so every figure starts alike.
 */
export async function measureConcurrency(newDatabase: () => Promise<SqlClient>, n: number, log: (line: string) => void): Promise<ConcurrencyFigures> {
  const run = async (pushers: readonly string[], writeLock: boolean): Promise<number> => {
    const db = await newDatabase();
    try {
      const server = await startBenchServer(db, 'postgres', { writeLock });
      try {
        const work = await Promise.all(pushers.map(async (username, p) => {
          const foundBy = DEMO_USERS.find((u) => u.username === username)?.userId ?? '';
          const hazards = newHazards(`c${p}`, Math.round(n / pushers.length), await officerEnterprises(db, username), foundBy);
          const rows = hazards.map((h) => ({ assumedMasterState: null, newDocumentState: { ...h.data, _deleted: false } }));
          return { rows, token: await server.login(username) };
        }));
        const start = performance.now();
        await Promise.all(work.map(({ rows, token }) => pushAll(server, token, rows)));
        const ms = performance.now() - start;
        const written = work.reduce((sum, w) => sum + w.rows.length, 0);
        return (written * 1000) / ms;
      } finally {
        server.close();
      }
    } finally {
      await db.close();
    }
  };
  const one = await run(PUSHERS.slice(0, 1), true);
  const four = await run(PUSHERS, true);
  const fourWithoutLock = await run(PUSHERS, false);
  log(`  concurrency: 1 pusher ${one.toFixed(0)}, 4 pushers ${four.toFixed(0)}, 4 without the write lock ${fourWithoutLock.toFixed(0)} docs/s (batches of ${PUSH_BATCH})`);
  return { one, four, fourWithoutLock };
}

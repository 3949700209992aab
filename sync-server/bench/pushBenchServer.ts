import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from '@anxun/shared-schema';
import { createApp } from '../src/createApp';
import { photoFilesIn } from '../src/photos/photoFiles';
import { createPhotoStore } from '../src/photos/photoStore';
import { createChangeFeed } from '../src/replication/changeFeed';
import { DEMO_PASSWORD } from '../src/seed/demoUsers';
import { seedDemoTown } from '../src/seed/seedDemoTown';
import { CHANGES_CHANNEL } from '../src/store/changeNotifications';
import { backfillHazardStatus } from '../src/store/hazardStatusBackfill';
import { migrate } from '../src/store/migrate';
import { createOverviewStore } from '../src/store/overviewStore';
import { createSqlStore } from '../src/store/sqlStore';
import type { SqlClient } from '../src/store/sqlClient';
import { withoutWriteLock } from '../src/testing/locklessClient';
import { countStatements } from './statementCounter';

/**
 * The real app over `raw` (PGlite or PostgreSQL) as main.ts builds it, with the demo town, its
 * store reading and writing through a statement counter. Driven in-process with app.request():
 * routing, auth, JSON and the whole push path run; only the socket is skipped.
 */
export async function startBenchServer(raw: SqlClient, kind: 'pglite' | 'postgres', options: { writeLock?: boolean } = {}) {
  await migrate(raw);
  await backfillHazardStatus(raw);
  const counter = countStatements(raw);
  // Without the lock only to measure what the lock costs (pushConcurrency.ts); never how the app runs.
  const db = options.writeLock === false ? withoutWriteLock(counter.db) : counter.db;
  // As openStore() builds each store.
  const store = createSqlStore(db, kind === 'postgres' ? { notifyChannel: CHANGES_CHANNEL } : { analyzeAsWritten: true });
  const now = () => new Date();
  await seedDemoTown(store, now());
  const photoDir = mkdtempSync(join(tmpdir(), 'anxun-bench-photos-'));
  const app = createApp({
    store, feed: createChangeFeed(), photos: createPhotoStore(counter.db, photoFilesIn(photoDir)), overview: createOverviewStore(counter.db),
    jwtSecret: 'bench-secret-bench-secret-bench-secret-42', now,
  });
  const post = (path: string, body: string, token?: string) =>
    app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
  async function login(username: string): Promise<string> {
    const response = await post('/api/auth/login', JSON.stringify({ username, password: DEMO_PASSWORD, deviceId: `bench-${username}` }));
    if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
    return Session.parse(await response.json()).accessToken;
  }
  return { post, login, counter, close: () => rmSync(photoDir, { recursive: true, force: true }) };
}
export type BenchServer = Awaited<ReturnType<typeof startBenchServer>>;

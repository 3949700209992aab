import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from '@anxun/shared-schema';
import type { PhotoBlobs } from '../photos/photoBlobs';
import { photoFilesIn } from '../photos/photoFiles';
import { createPhotoStore } from '../photos/photoStore';
import { createApp } from '../createApp';
import { createChangeFeed } from '../replication/changeFeed';
import { seedDemoTown } from '../seed/seedDemoTown';
import { DEMO_PASSWORD } from '../seed/demoUsers';
import { CHANGES_CHANNEL } from '../store/changeNotifications';
import { openStore, type OpenedStore } from '../store/openStore';
import { photoBlobsInDatabase } from '../store/photoBlobSql';
import { createOverviewStore } from '../store/overviewStore';
import { createSqlStore } from '../store/sqlStore';
import { withoutWriteLock } from './locklessClient';
import type { ReportLimits } from '../public-reports/reportLimits';

/**
 * A real app on a real (in-memory) PGlite with the demo town, driven in-process with app.request().
 * With `databaseUrl`, one instance of several sharing that PostgreSQL, its feed wired to LISTEN
 * as in main.ts (the first instance seeds the demo town, the others find it there), photos in
 * the database as main.ts keeps them there. With `opened`, a server on that store (a restored one).
 */
export async function createTestServer(options: { now?: () => Date; databaseUrl?: string; withoutWriteLock?: boolean; accessTokenSeconds?: number; opened?: OpenedStore; photoBlobs?: PhotoBlobs; reportLimits?: ReportLimits; trustProxy?: boolean } = {}) {
  const now = options.now ?? (() => new Date());
  const opened = options.opened ?? (await openStore({ databaseUrl: options.databaseUrl, dataDir: undefined }));
  // TEST ONLY: writers that no longer commit in sequence order, to prove the concurrency tests can fail.
  const store = options.withoutWriteLock ? createSqlStore(withoutWriteLock(opened.db), { notifyChannel: CHANGES_CHANNEL }) : opened.store;
  if (!options.opened) await seedDemoTown(store, now());
  const feed = createChangeFeed();
  const listening = await opened.listenForChanges((notice) => feed.publish(notice));
  const photoDir = mkdtempSync(join(tmpdir(), 'anxun-photos-'));
  const photoBlobs = options.photoBlobs ?? (opened.kind === 'postgres' ? photoBlobsInDatabase(opened.db) : photoFilesIn(photoDir));
  const photos = createPhotoStore(opened.db, photoBlobs);
  const app = createApp({ store, feed, photos, overview: createOverviewStore(opened.db), jwtSecret: 'test-secret-test-secret-test-secret-42', now, reportLimits: options.reportLimits, trustProxy: options.trustProxy ?? false, ...(options.accessTokenSeconds ? { accessTokenSeconds: options.accessTokenSeconds } : {}) });

  const post = async (path: string, body: unknown, token?: string): Promise<Response> =>
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  async function login(username: string, deviceId = `device-${username}`): Promise<Session> {
    const response = await post('/api/auth/login', { username, password: DEMO_PASSWORD, deviceId });
    if (response.status !== 200) throw new Error(`login ${username} failed: ${response.status}`);
    return Session.parse(await response.json());
  }

  const close = async () => {
    await listening.close();
    await store.close();
    rmSync(photoDir, { recursive: true, force: true });
  };
  return { app, store, db: opened.db, kind: opened.kind, feed, photoBlobs, post, login, close };
}
export type TestServer = Awaited<ReturnType<typeof createTestServer>>;

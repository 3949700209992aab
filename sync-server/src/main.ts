// The only file with side effects: read config → open the store → seed → serve.
import { Server as HttpServer } from 'node:http';
import { serve } from '@hono/node-server';
import { readConfig } from './config';
import { createApp } from './createApp';
import { join } from 'node:path';
import { photoFilesIn } from './photos/photoFiles';
import { createPhotoStore } from './photos/photoStore';
import { createChangeFeed } from './replication/changeFeed';
import { demoLoginLines, seedDemoTown } from './seed/seedDemoTown';
import { jwtSecret, openStore } from './store/openStore';
import { createOverviewStore } from './store/overviewStore';

const KEEP_ALIVE_MS = 65_000;
const config = readConfig(process.env);
const opened = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: config.PG_POOL_SIZE }).catch((error: unknown) => {
  // A data folder held by another server (dataDirLock) is an operator's situation, not a crash: its message says what to do.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
const { store, kind } = opened;
const seeded = config.SEED_DEMO === '1' && (await seedDemoTown(store, new Date()));
const feed = createChangeFeed();
// With a shared PostgreSQL, writes committed by other instances reach this instance's streams.
const listening = await opened.listenForChanges((notice) => feed.publish(notice));
const photos = createPhotoStore(opened.db, photoFilesIn(config.PHOTO_DIR ?? join(config.DATA_DIR, 'photos')));
const app = createApp({ store, feed, photos, overview: createOverviewStore(opened.db), jwtSecret: await jwtSecret(store, config.JWT_SECRET), clientDir: config.CLIENT_DIR, trustProxy: config.TRUST_PROXY === '1', accessTokenSeconds: config.ACCESS_TOKEN_SECONDS });

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${info.port}/`;
  console.info(
    [
      `安巡 Anxun sync server on ${url}`,
      `  store: ${kind === 'pglite' ? `PGlite in ${config.DATA_DIR}` : 'PostgreSQL (DATABASE_URL)'}${seeded ? ' — demo town seeded' : ''}`,
      ...(config.SEED_DEMO === '1' ? ['Demo logins (用户名 / 密码):', ...demoLoginLines()] : []),
    ].join('\n'),
  );
});

// An idle keep-alive socket must be closed by the client, never under it by the server: the
// server's default (5 s) raced clients reusing a socket in a reconnect storm ("other side closed").
if (server instanceof HttpServer) {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void listening.close().then(() => store.close()).finally(() => process.exit(0));
  });
}

// The only file with side effects: read config → open the store → seed → serve.
import { serve } from '@hono/node-server';
import { readConfig } from './config';
import { createApp } from './createApp';
import { join } from 'node:path';
import { photoFilesIn } from './photos/photoFiles';
import { createPhotoStore } from './photos/photoStore';
import { createChangeFeed } from './replication/changeFeed';
import { bootstrapAdministrator } from './seed/bootstrapAdministrator';
import { demoLoginLines, seedDemoTown } from './seed/seedDemoTown';
import { jwtSecret, openStore } from './store/openStore';
import { createOverviewStore } from './store/overviewStore';

const config = readConfig(process.env);
const opened = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }).catch((error: unknown) => {
  // A data folder held by another server (dataDirLock) is an operator's situation, not a crash: its message says what to do.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
const { store, kind } = opened;
const seeded = config.SEED_DEMO === '1' && (await seedDemoTown(store, new Date()));
const adminPassword = config.SEED_DEMO === '0' ? await bootstrapAdministrator(store, config.ADMIN_PASSWORD) : undefined;
const feed = createChangeFeed();
// With a shared PostgreSQL, writes committed by other instances reach this instance's streams.
const listening = await opened.listenForChanges((collection) => feed.publish(collection));
const photos = createPhotoStore(opened.db, photoFilesIn(config.PHOTO_DIR ?? join(config.DATA_DIR, 'photos')));
const app = createApp({ store, feed, photos, overview: createOverviewStore(opened.db), jwtSecret: await jwtSecret(store, config.JWT_SECRET), clientDir: config.CLIENT_DIR, trustProxy: config.TRUST_PROXY === '1', accessTokenSeconds: config.ACCESS_TOKEN_SECONDS });

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${info.port}/`;
  console.info(
    [
      `安巡 Anxun sync server on ${url}`,
      `  store: ${kind === 'pglite' ? `PGlite in ${config.DATA_DIR}` : 'PostgreSQL (DATABASE_URL)'}${seeded ? ' — demo town seeded' : ''}`,
      ...(config.SEED_DEMO === '1' ? ['Demo logins (用户名 / 密码):', ...demoLoginLines()] : []),
      ...(adminPassword === undefined ? [] : [
        `系统管理员 administrator: admin / ${config.ADMIN_PASSWORD === undefined ? adminPassword : '(ADMIN_PASSWORD)'}`,
        '  首次登录须修改密码 — change it at first sign-in.',
      ]),
    ].join('\n'),
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void listening.close().then(() => store.close()).finally(() => process.exit(0));
  });
}

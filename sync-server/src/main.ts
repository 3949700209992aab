// The only file with side effects: read config → open the store → seed → serve → drain on SIGTERM.
import { createServer as createHttpsServer } from 'node:https';
import type { Server } from 'node:http';
import type { Server as TlsServer } from 'node:tls';
import { serve } from '@hono/node-server';
import { readConfig, servesTls } from './config';
import { createApp } from './createApp';
import { drainServers } from './http/gracefulShutdown';
import { createOpenStreams } from './http/openStreams';
import { choosePhotoBlobs } from './photos/choosePhotoBlobs';
import { createPhotoStore } from './photos/photoStore';
import { createChangeFeed } from './replication/changeFeed';
import { bootstrapAdministrator } from './seed/bootstrapAdministrator';
import { demoLoginLines, seedDemoTown } from './seed/seedDemoTown';
import { installLibrary } from './seed/installLibrary';
import { DEMO_AFTER_PHOTO } from './seed/demoPhoto';
import { jwtSecret, openStore } from './store/openStore';
import { createOverviewStore } from './store/overviewStore';
import { redirectApp } from './tls/redirectApp';
import { prepareTls } from './tls/tlsServing';

const KEEP_ALIVE_MS = 65_000;
const config = readConfig(process.env);
const tlsOn = servesTls(config);
const port = config.PORT ?? (tlsOn ? 8443 : 8080);
// The redirect port defaults to 8080, the address tablets used before HTTPS, unless HTTPS took it.
const httpPort = tlsOn && config.HTTP_PORT !== 'off' ? (config.HTTP_PORT ?? (port === 8080 ? undefined : 8080)) : undefined;
// Before the store: a broken certificate file should stop the start before anything is locked.
const tls = tlsOn ? prepareTls(config, port) : undefined;
const opened = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: config.PG_POOL_SIZE }).catch((error: unknown) => {
  // A data folder held by another server (dataDirLock) is an operator's situation, not a crash: its message says what to do.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
const { store, kind } = opened;
const seeded = config.SEED_DEMO === '1' && (await seedDemoTown(store, new Date()));
const adminPassword = config.SEED_DEMO === '0' ? await bootstrapAdministrator(store, config.ADMIN_PASSWORD) : undefined;
// With or without the demo: the reviewed checklist library and question bank, new entries only.
const library = await installLibrary(store, () => new Date());
const feed = createChangeFeed();
// With a shared PostgreSQL, writes committed by other instances reach this instance's streams.
const listening = await opened.listenForChanges((notice) => feed.publish(notice));
const photos = createPhotoStore(opened.db, choosePhotoBlobs(config, opened.db));
if (seeded) await photos.put(DEMO_AFTER_PHOTO);
const streams = createOpenStreams();
const app = createApp({ store, feed, photos, overview: createOverviewStore(opened.db), jwtSecret: await jwtSecret(store, config.JWT_SECRET), clientDir: config.CLIENT_DIR, trustProxy: config.TRUST_PROXY === '1', accessTokenSeconds: config.ACCESS_TOKEN_SECONDS, setup: tls?.setup, streams, logLine: (line) => process.stdout.write(`${line}\n`), metricsToken: config.METRICS_TOKEN });

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.once('listening', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

const servers: Server[] = [];
const main = tls
  ? serve({ fetch: app.fetch, port, hostname: config.HOST, createServer: createHttpsServer, serverOptions: { key: tls.material().key, cert: tls.material().cert } })
  : serve({ fetch: app.fetch, port, hostname: config.HOST });
servers.push(main as Server);
// An idle keep-alive socket must be closed by the client, never under it by the server: the
// server's default (5 s) raced clients reusing a socket in a reconnect storm ("other side closed").
(main as Server).keepAliveTimeout = KEEP_ALIVE_MS;
(main as Server).headersTimeout = KEEP_ALIVE_MS + 1_000;
const listeningPort = await listen(main as Server);
let redirectPort: number | undefined;
if (tls && httpPort !== undefined) {
  const redirect = serve({ fetch: redirectApp(tls.setup, { httpsPort: listeningPort, knownHosts: tls.knownHosts, primaryHost: tls.primaryHost }).fetch, port: httpPort, hostname: config.HOST });
  servers.push(redirect as Server);
  redirectPort = await listen(redirect as Server);
}
tls?.renewDaily((material) => {
  (main as unknown as TlsServer).setSecureContext({ key: material.key, cert: material.cert });
  console.info(JSON.stringify({ level: 'info', time: new Date().toISOString(), event: 'tls_certificate_renewed', reason: material.issued ?? 'files changed', validTo: material.validTo.toISOString() }));
});

const plainUrl = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${listeningPort}/`;
console.info(
  [
    ...(tls ? tls.startLines(redirectPort) : [`安巡 Anxun sync server on ${plainUrl}${config.TLS === 'off' ? ' (TLS=off: HTTPS is the proxy’s job)' : ''}`]),
    `  store: ${kind === 'pglite' ? `PGlite in ${config.DATA_DIR}` : 'PostgreSQL (DATABASE_URL)'}${seeded ? ' — demo town seeded' : ''}`,
    ...(Object.keys(library).length === 0 ? [] : [`  标准库 library: added ${Object.entries(library).map(([c, n]) => `${n} ${c}`).join(', ')}`]),
    `  started ${Math.round(performance.now())} ms after the process, ${Math.round(process.memoryUsage().rss / 1048576)} MB resident`,
    ...(config.SEED_DEMO === '1' ? ['Demo logins (用户名 / 密码):', ...demoLoginLines()] : []),
    ...(adminPassword === undefined ? [] : [
      `系统管理员 administrator: admin / ${config.ADMIN_PASSWORD === undefined ? adminPassword : '(ADMIN_PASSWORD)'}`,
      '  首次登录须修改密码 — change it at first sign-in.',
    ]),
  ].join('\n'),
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      const outcome = await drainServers(servers, () => streams.endAll());
      await listening.close();
      // Closing the store releases the PGlite folder's lock file for the next server.
      await store.close();
      console.info(JSON.stringify({ level: 'info', time: new Date().toISOString(), event: 'stopped', signal, requests: outcome }));
      process.exit(0);
    })();
  });
}

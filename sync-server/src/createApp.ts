import { existsSync } from 'node:fs';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { requireAuth } from './auth/requireAuth';
import type { AppEnv } from './http/appEnv';
import { limitBodies } from './http/bodyLimits';
import { errorLogLine } from './http/errorLog';
import { problemResponse } from './http/problemResponse';
import { securityHeaders } from './http/securityHeaders';
import { refuseUnstorableInput } from './http/unstorableInput';
import type { ChangeFeed } from './replication/changeFeed';
import type { PhotoStore } from './photos/photoStore';
import { accountAdministrationRoutes } from './routes/accountAdministrationRoutes';
import { adminRoutes } from './routes/adminRoutes';
import { administrationRoutes } from './routes/administrationRoutes';
import { authRoutes } from './routes/authRoutes';
import { conflictRoutes } from './routes/conflictRoutes';
import { drawRoutes } from './routes/drawRoutes';
import { overviewRoutes } from './routes/overviewRoutes';
import { photoRoutes } from './routes/photoRoutes';
import { replicationRoutes } from './routes/replicationRoutes';
import { reportRoutes } from './routes/reportRoutes';
import type { OverviewStore } from './store/overviewStore';
import type { Store } from './store/Store';

export interface AppDependencies {
  store: Store;
  feed: ChangeFeed;
  jwtSecret: string;
  photos: PhotoStore;
  overview: OverviewStore;
  /** The built client to serve on the same origin; omitted in API-only tests. */
  clientDir?: string | undefined;
  now?: () => Date;
  /** Take the client address of sign-in throttling from X-Forwarded-For (config TRUST_PROXY). */
  trustProxy?: boolean;
  /** Access token lifetime (ACCESS_TOKEN_SECONDS); 15 min unless set. */
  accessTokenSeconds?: number;
}

/** Builds the HTTP app from its dependencies; main.ts and the tests both call it. */
export function createApp({ store, feed, jwtSecret, photos, overview, clientDir, now = () => new Date(), trustProxy = false, accessTokenSeconds }: AppDependencies) {
  const app = new Hono<AppEnv>();
  app.onError((error, c) => {
    const { line, requestId } = errorLogLine(error, c);
    console.error(line);
    return problemResponse(c, 'internal', `request ${requestId}`);
  });
  // Input hygiene before any route: headers on every answer, no unstorable text in paths or
  // queries, and no body read past its route's limit.
  app.use('*', securityHeaders);
  app.use('/api/*', refuseUnstorableInput);
  app.use('/api/*', limitBodies());
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.route('/api/auth', authRoutes(store, jwtSecret, now, { trustProxy, ...(accessTokenSeconds ? { accessTokenSeconds } : {}) }));
  app.use('/api/admin/*', requireAuth(store, jwtSecret, now));
  app.route('/api/admin', adminRoutes(store, now, { trustProxy }));
  app.route('/api/admin', administrationRoutes(store, now));
  app.route('/api/admin', accountAdministrationRoutes(store, now));
  app.use('/api/replication/*', requireAuth(store, jwtSecret, now));
  app.route('/api/replication', replicationRoutes(store, feed, now));
  app.use('/api/conflicts/*', requireAuth(store, jwtSecret, now));
  app.use('/api/conflicts', requireAuth(store, jwtSecret, now));
  app.route('/api/conflicts', conflictRoutes(store, feed, now));
  app.use('/api/photos/*', requireAuth(store, jwtSecret, now));
  app.route('/api/photos', photoRoutes(photos));
  app.use('/api/overview/*', requireAuth(store, jwtSecret, now));
  app.route('/api/overview', overviewRoutes(overview, now));
  app.use('/api/draws/*', requireAuth(store, jwtSecret, now));
  app.use('/api/draws', requireAuth(store, jwtSecret, now));
  app.route('/api/draws', drawRoutes(store, feed, now));
  app.use('/api/reports/*', requireAuth(store, jwtSecret, now));
  app.route('/api/reports', reportRoutes(overview, now));
  app.all('/api/*', (c) => problemResponse(c, 'not_found', c.req.path));

  if (clientDir && existsSync(clientDir)) {
    // The service worker and its manifest must never be served stale, or updates never arrive.
    app.use('/sw.js', async (c, next) => {
      await next();
      c.header('Cache-Control', 'no-cache');
    });
    app.use('/*', serveStatic({ root: clientDir }));
    // Client-side routes: any other page path loads the app shell.
    app.get('*', serveStatic({ root: clientDir, path: 'index.html' }));
  }
  return app;
}

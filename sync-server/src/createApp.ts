import { existsSync } from 'node:fs';
import { Hono } from 'hono';
import { createPrincipalCache } from './auth/principalCache';
import { requireAuth } from './auth/requireAuth';
import type { AppEnv } from './http/appEnv';
import { limitBodies } from './http/bodyLimits';
import { errorLogLine } from './http/errorLog';
import { problemResponse } from './http/problemResponse';
import { createMetrics, type Metrics } from './http/metrics';
import type { OpenStreams } from './http/openStreams';
import { requestLog } from './http/requestLog';
import { securityHeaders } from './http/securityHeaders';
import { mountStaticClient } from './http/staticClient';
import { refuseUnstorableInput } from './http/unstorableInput';
import type { ChangeFeed } from './replication/changeFeed';
import { streamReads } from './replication/changeFanOut';
import type { PhotoStore } from './photos/photoStore';
import { accountAdministrationRoutes } from './routes/accountAdministrationRoutes';
import { adminRoutes } from './routes/adminRoutes';
import { administrationRoutes } from './routes/administrationRoutes';
import { placesRoutes } from './routes/placesRoutes';
import { authRoutes } from './routes/authRoutes';
import { conflictRoutes } from './routes/conflictRoutes';
import { drawRoutes } from './routes/drawRoutes';
import { operationsRoutes } from './routes/operationsRoutes';
import { overviewRoutes } from './routes/overviewRoutes';
import { photoRoutes } from './routes/photoRoutes';
import { publicReportRoutes } from './routes/publicReportRoutes';
import { reportInboxRoutes } from './routes/reportInboxRoutes';
import { reportPosterRoutes } from './routes/reportPosterRoutes';
import { DEFAULT_REPORT_LIMITS, type ReportLimits } from './public-reports/reportLimits';
import { replicationRoutes } from './routes/replicationRoutes';
import { reportRoutes } from './routes/reportRoutes';
import type { OverviewStore } from './store/overviewStore';
import { setupRoutes, type SetupSource } from './tls/setupRoutes';
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
  /** GET /ca.crt and /setup (public, no data); without it /setup has no address and /ca.crt answers 404. */
  setup?: SetupSource | undefined;
  /** Open change streams, counted and ended on shutdown (main.ts). */
  streams?: OpenStreams | undefined;
  /** Where the request log's JSON lines go (main.ts: stdout); tests leave it out. */
  logLine?: ((line: string) => void) | undefined;
  metrics?: Metrics | undefined;
  /** Bearer token for GET /metrics; without it only direct requests from this machine read them. */
  metricsToken?: string | undefined;
  /** Rate limits of the public 举报 endpoints (tests lower them). */
  reportLimits?: ReportLimits | undefined;
}

const NO_SETUP: SetupSource = { info: () => ({ httpsUrls: [] }), caPem: () => undefined };

/** Builds the HTTP app from its dependencies; main.ts and the tests both call it. */
export function createApp({ store, feed, jwtSecret, photos, overview, clientDir, now = () => new Date(), trustProxy = false, accessTokenSeconds, setup = NO_SETUP, streams, logLine, metrics = createMetrics(streams?.count, () => streamReads), metricsToken, reportLimits = DEFAULT_REPORT_LIMITS }: AppDependencies) {
  const app = new Hono<AppEnv>();
  // First, so it times and logs every answer, errors and refusals included.
  app.use('*', requestLog(metrics, logLine));
  // Every commit of this process reaches the streams and the principal cache through the feed.
  store.onChanges((notice) => feed.publish(notice));
  const principals = createPrincipalCache(store, feed);
  const signedIn = requireAuth(principals, jwtSecret, now);
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
  app.route('/', operationsRoutes(store, metrics, metricsToken));
  app.route('/api/auth', authRoutes(store, principals, jwtSecret, now, { trustProxy, ...(accessTokenSeconds ? { accessTokenSeconds } : {}) }));
  app.use('/api/admin/*', signedIn);
  app.route('/api/admin', adminRoutes(store, now, { trustProxy }));
  app.route('/api/admin', administrationRoutes(store, now));
  app.route('/api/admin', accountAdministrationRoutes(store, now));
  app.route('/api/admin', placesRoutes(store, now));
  app.use('/api/replication/*', signedIn);
  app.use('/api/replication/:collection/push', async (c, next) => {
    await next();
    const outcome = c.get('pushOutcome');
    if (outcome) metrics.pushed(c.req.param('collection') ?? '', outcome);
  });
  if (streams) {
    app.use('/api/replication/stream', streams.track);
    app.use('/api/replication/:collection/stream', streams.track);
  }
  app.route('/api/replication', replicationRoutes(store, feed, principals, now));
  app.use('/api/conflicts/*', signedIn);
  app.use('/api/conflicts', signedIn);
  app.route('/api/conflicts', conflictRoutes(store, now));
  app.use('/api/photos/*', signedIn);
  app.route('/api/photos', photoRoutes(photos));
  app.use('/api/overview/*', signedIn);
  app.route('/api/overview', overviewRoutes(overview, now));
  app.use('/api/draws/*', signedIn);
  app.use('/api/draws', signedIn);
  app.route('/api/draws', drawRoutes(store, now));
  // 举报: the public endpoints have no sign-in; the inbox is the handling supervisors'.
  app.route('/api/public/reports', publicReportRoutes(store, photos, reportLimits, now, trustProxy));
  app.use('/api/report-inbox/*', signedIn);
  app.use('/api/report-inbox', signedIn);
  app.route('/api/report-inbox', reportInboxRoutes(store, photos, now));
  app.use('/api/reports/*', signedIn);
  app.route('/api/reports', reportRoutes(overview, now));
  app.all('/api/*', (c) => problemResponse(c, 'not_found', c.req.path));

  app.route('/', setupRoutes(setup));
  app.route('/', reportPosterRoutes(setup));

  if (clientDir && existsSync(clientDir)) mountStaticClient(app, clientDir);
  return app;
}

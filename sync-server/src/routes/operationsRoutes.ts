import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from '../http/appEnv';
import type { Metrics } from '../http/metrics';
import { problemResponse } from '../http/problemResponse';
import type { Store } from '../store/Store';

/** A store that has not answered in this long is as good as down for a load balancer. */
const HEALTH_TIMEOUT_MS = 2_000;

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A request from this machine itself that no proxy forwarded (a proxy on this machine connects from loopback too). */
function fromThisMachineDirectly(c: Context): boolean {
  if (c.req.header('X-Forwarded-For') !== undefined || c.req.header('Forwarded') !== undefined) return false;
  try {
    const address = getConnInfo(c).remote.address ?? '';
    return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
  } catch {
    // No socket (in-process requests): not provably local.
    return false;
  }
}

/**
 * GET /api/health: 200 when the store answers a query, 503 problem JSON when it cannot (a
 * balancer then sends tablets elsewhere). GET /metrics: Prometheus text, for the bearer of
 * METRICS_TOKEN, or without one configured for direct requests from this machine only.
 */
export function operationsRoutes(store: Store, metrics: Metrics, metricsToken: string | undefined) {
  return new Hono<AppEnv>()
    .get('/api/health', async (c) => {
      let timer: NodeJS.Timeout | undefined;
      const answered = await Promise.race([
        store.lastPosition().then(() => true, () => false),
        new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS))),
      ]);
      clearTimeout(timer);
      if (!answered) return problemResponse(c, 'store_unavailable', '数据库未应答 The store did not answer');
      return c.json({ ok: true }, 200, { 'Cache-Control': 'no-store' });
    })
    .get('/metrics', (c) => {
      const bearer = /^Bearer (.+)$/.exec(c.req.header('Authorization') ?? '')?.[1];
      const allowed = metricsToken ? bearer !== undefined && sameSecret(bearer, metricsToken) : fromThisMachineDirectly(c);
      if (!allowed) return problemResponse(c, 'unauthenticated', metricsToken ? '需要 METRICS_TOKEN Bearer token required' : '仅限本机访问，或设置 METRICS_TOKEN Only this machine may read metrics unless METRICS_TOKEN is set');
      return c.body(metrics.render(), 200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' });
    });
}

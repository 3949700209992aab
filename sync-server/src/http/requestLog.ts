import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './appEnv';
import type { Metrics } from './metrics';

/**
 * One JSON line per request, and its count and latency in the metrics. Only the route pattern
 * (/api/photos/:sha256, never the path with its ids or any query string, which may carry a token),
 * the method, status, milliseconds and the signed-in user's id: never a body, header or token.
 */
export function requestLog(metrics: Metrics, write: ((line: string) => void) | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = performance.now() - started;
    // After next(), routePath names the handler that answered (the last one the router ran).
    const route = c.req.routePath;
    const status = c.res.status;
    metrics.requestFinished(c.req.method, route, status, ms / 1000);
    if (!write) return;
    const userId = c.get('principal')?.userId;
    write(JSON.stringify({ level: 'info', time: new Date().toISOString(), method: c.req.method, route, status, ms: Math.round(ms * 10) / 10, ...(userId ? { userId } : {}) }));
  };
}

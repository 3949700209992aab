import type { Context } from 'hono';
import { randomUUID } from 'node:crypto';

/**
 * What an unexpected error leaves in the log: one JSON line with the route, method, error name
 * and code and a request id. Never the message, the stack's data, the body or the document:
 * PostgreSQL errors echo the values they refused (names, phone numbers), and logs are kept
 * where personal data must not be.
 */
export function errorLogLine(error: unknown, c: Context, requestId: string = randomUUID()): { line: string; requestId: string } {
  const name = error instanceof Error ? error.name : typeof error;
  const code = error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' && /^[A-Za-z0-9_]{1,40}$/.test(error.code) ? error.code : undefined;
  const entry = {
    level: 'error',
    time: new Date().toISOString(),
    requestId,
    method: c.req.method,
    // The matched route pattern (/api/conflicts/:id/resolve), not the path: ids stay out of the log.
    route: c.req.routePath,
    error: name,
    ...(code ? { code } : {}),
  };
  return { line: JSON.stringify(entry), requestId };
}

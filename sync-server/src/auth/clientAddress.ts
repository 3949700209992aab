import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The address sign-ins are throttled by: the socket's peer. Behind a reverse proxy every request
 * comes from the proxy, so with TRUST_PROXY=1 the last X-Forwarded-For entry (the one our proxy
 * appended; earlier ones are whatever the client sent) is used instead.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').map((s) => s.trim()).filter(Boolean).at(-1);
    if (forwarded) return forwarded.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // No Node socket (in-process requests in tests): one shared bucket.
    return 'unknown';
  }
}

import { createMiddleware } from 'hono/factory';
import type { Store } from '../store/Store';
import type { AppEnv } from '../http/appEnv';
import { problemResponse } from '../http/problemResponse';
import { checkAccessToken } from './tokens';

/**
 * Bearer token from the Authorization header, or `access_token` in the query for EventSource,
 * which cannot set headers. The user is re-read on every request, so a scope change applies at once.
 */
export function requireAuth(store: Store, secret: string, now: () => Date) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('Authorization');
    const token = header?.startsWith('Bearer ') ? header.slice(7) : c.req.query('access_token');
    if (!token) return problemResponse(c, 'unauthenticated', 'Send Authorization: Bearer <access token>.');
    const check = await checkAccessToken(token, secret, now());
    if (!check.ok) return problemResponse(c, check.code);
    const user = await store.findUserById(check.claims.sub);
    if (!user) return problemResponse(c, 'unauthenticated', 'The user no longer exists.');
    c.set('principal', user.principal);
    c.set('deviceId', check.claims.dev);
    await next();
  });
}

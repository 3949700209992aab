import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../http/appEnv';
import { problemResponse } from '../http/problemResponse';
import type { PrincipalCache } from './principalCache';
import { checkAccessToken } from './tokens';

/**
 * EventSource cannot set headers, so the change streams alone take `access_token` in the query.
 * Anywhere else a token in a URL would end up in logs and Referer headers: only the header counts.
 */
const QUERY_TOKEN_PATHS = /^\/api\/replication\/(?:[^/]+\/)?stream$/;

/** What a user who must change their password may still call. */
const PASSWORD_CHANGE_PATHS = new Set(['/api/auth/change-password', '/api/auth/logout', '/api/auth/logout-all']);

/**
 * Bearer token from the Authorization header (or the query on the streams). The user and their
 * session come from the principal cache, which drops an entry as soon as a notice says its
 * session, user, grids or tasks changed: a scope change or a revocation applies at once.
 */
export function requireAuth(principals: PrincipalCache, secret: string, now: () => Date) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('Authorization');
    const token = header?.startsWith('Bearer ') ? header.slice(7) : QUERY_TOKEN_PATHS.test(c.req.path) ? c.req.query('access_token') : undefined;
    if (!token) return problemResponse(c, 'unauthenticated', 'Send Authorization: Bearer <access token>.');
    const check = await checkAccessToken(token, secret, now());
    if (!check.ok) return problemResponse(c, check.code);
    const found = await principals.lookup(check.claims.sub, check.claims.sid);
    if (!found) return problemResponse(c, 'unauthenticated', 'The user no longer exists.');
    if (!found.live) return problemResponse(c, 'session_revoked', '此设备的登录已被撤销，请重新登录。This session was signed out.');
    if (found.disabled) return problemResponse(c, 'account_disabled');
    // A one-time or reset password opens nothing but the change of password (and signing out).
    if (found.principal.mustChangePassword && !PASSWORD_CHANGE_PATHS.has(c.req.path)) {
      return problemResponse(c, 'password_change_required', '请先修改初始密码：POST /api/auth/change-password。Change the initial password first.');
    }
    c.set('principal', found.principal);
    c.set('deviceId', check.claims.dev);
    c.set('sessionId', check.claims.sid);
    await next();
  });
}

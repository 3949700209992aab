import { createHash, randomBytes } from 'node:crypto';
import { sign, verify } from 'hono/jwt';
import type { Principal, Session } from '@anxun/shared-schema';
import type { Store } from '../store/Store';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_DAYS = 30;
/** A spent refresh token presented again this soon is a device racing itself, not a thief. */
export const REFRESH_REUSE_GRACE_MS = 30_000;

export interface AccessClaims {
  sub: string;
  dev: string;
  /** The session (refresh-token family) the token was issued in; revoking it ends the token. */
  sid: string;
  exp: number;
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Short-lived access token (JWT, HS256) plus the next refresh token of the session, stored only as a hash. */
export async function issueSession(store: Store, secret: string, principal: Principal, deviceId: string, sessionId: string, now: Date, accessSeconds = ACCESS_TOKEN_SECONDS): Promise<Session> {
  const exp = Math.floor(now.getTime() / 1000) + accessSeconds;
  const accessToken = await sign({ sub: principal.userId, dev: deviceId, sid: sessionId, exp }, secret, 'HS256');
  const refreshToken = randomBytes(32).toString('base64url');
  await store.auth.saveRefreshToken(hashRefreshToken(refreshToken), sessionId, new Date(now.getTime() + REFRESH_TOKEN_DAYS * 86_400_000));
  return { accessToken, accessExpiresAt: new Date(exp * 1000).toISOString(), refreshToken, principal };
}

export type AccessCheck = { ok: true; claims: AccessClaims } | { ok: false; code: 'token_expired' | 'unauthenticated' };

export async function checkAccessToken(token: string, secret: string, now: Date): Promise<AccessCheck> {
  try {
    // hono verifies exp against its own clock; we check it against the injected one for testability.
    const payload = await verify(token, secret, { alg: 'HS256', exp: false });
    const { sub, dev, sid, exp } = payload;
    if (typeof sub !== 'string' || typeof dev !== 'string' || typeof exp !== 'number') return { ok: false, code: 'unauthenticated' };
    if (exp * 1000 <= now.getTime()) return { ok: false, code: 'token_expired' };
    // Issued before sessions existed: the client refreshes and gets a token that names one.
    if (typeof sid !== 'string') return { ok: false, code: 'token_expired' };
    return { ok: true, claims: { sub, dev, sid, exp } };
  } catch {
    return { ok: false, code: 'unauthenticated' };
  }
}

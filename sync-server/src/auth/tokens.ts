import { createHash, randomBytes } from 'node:crypto';
import { sign, verify } from 'hono/jwt';
import type { Principal, Session } from '@anxun/shared-schema';
import type { Store } from '../store/Store';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_DAYS = 30;

export interface AccessClaims {
  sub: string;
  dev: string;
  exp: number;
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Short-lived access token (JWT, HS256) plus a rotating refresh token stored only as a hash. */
export async function issueSession(store: Store, secret: string, principal: Principal, deviceId: string, now: Date): Promise<Session> {
  const exp = Math.floor(now.getTime() / 1000) + ACCESS_TOKEN_SECONDS;
  const accessToken = await sign({ sub: principal.userId, dev: deviceId, exp }, secret, 'HS256');
  const refreshToken = randomBytes(32).toString('base64url');
  await store.saveRefreshToken(hashRefreshToken(refreshToken), principal.userId, deviceId, new Date(now.getTime() + REFRESH_TOKEN_DAYS * 86_400_000));
  return { accessToken, accessExpiresAt: new Date(exp * 1000).toISOString(), refreshToken, principal };
}

export type AccessCheck = { ok: true; claims: AccessClaims } | { ok: false; code: 'token_expired' | 'unauthenticated' };

export async function checkAccessToken(token: string, secret: string, now: Date): Promise<AccessCheck> {
  try {
    // hono verifies exp against its own clock; we check it against the injected one for testability.
    const payload = await verify(token, secret, { alg: 'HS256', exp: false });
    const sub = payload['sub'];
    const dev = payload['dev'];
    const exp = payload['exp'];
    if (typeof sub !== 'string' || typeof dev !== 'string' || typeof exp !== 'number') return { ok: false, code: 'unauthenticated' };
    if (exp * 1000 <= now.getTime()) return { ok: false, code: 'token_expired' };
    return { ok: true, claims: { sub, dev, exp } };
  } catch {
    return { ok: false, code: 'unauthenticated' };
  }
}

import { createHash, randomBytes } from 'node:crypto';
import type { Principal, Session } from '@anxun/shared-schema';
import type { Store } from '../store/Store';
import { signHs256, verifyHs256 } from './hs256';

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
  const accessToken = signHs256({ sub: principal.userId, dev: deviceId, sid: sessionId, exp }, secret);
  const refreshToken = randomBytes(32).toString('base64url');
  await store.auth.saveRefreshToken(hashRefreshToken(refreshToken), sessionId, new Date(now.getTime() + REFRESH_TOKEN_DAYS * 86_400_000));
  return { accessToken, accessExpiresAt: new Date(exp * 1000).toISOString(), refreshToken, principal };
}

export type AccessCheck = { ok: true; claims: AccessClaims } | { ok: false; code: 'token_expired' | 'unauthenticated' };

export async function checkAccessToken(token: string, secret: string, now: Date): Promise<AccessCheck> {
  // exp is checked against the injected clock, for testability.
  const payload = verifyHs256(token, secret);
  if (!payload) return { ok: false, code: 'unauthenticated' };
  const { sub, dev, sid, exp } = payload;
  if (typeof sub !== 'string' || typeof dev !== 'string' || typeof exp !== 'number' || !Number.isFinite(exp)) return { ok: false, code: 'unauthenticated' };
  if (exp * 1000 <= now.getTime()) return { ok: false, code: 'token_expired' };
  // Issued before sessions existed: the client refreshes and gets a token that names one.
  if (typeof sid !== 'string') return { ok: false, code: 'token_expired' };
  return { ok: true, claims: { sub, dev, sid, exp } };
}

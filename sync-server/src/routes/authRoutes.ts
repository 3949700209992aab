import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { ChangePasswordRequest, LoginRequest, passwordProblem, RefreshRequest, type RevokeResult } from '@anxun/shared-schema';
import { clientAddress } from '../auth/clientAddress';
import { hashPassword, verifyLogin } from '../auth/passwords';
import type { PrincipalCache } from '../auth/principalCache';
import { requireAuth } from '../auth/requireAuth';
import { retryAfterSeconds } from '../auth/throttlePolicy';
import { hashRefreshToken, issueSession, REFRESH_REUSE_GRACE_MS } from '../auth/tokens';
import type { AppEnv } from '../http/appEnv';
import { parseJsonBody, problemResponse } from '../http/problemResponse';
import type { Store } from '../store/Store';

/** Throttle keys of a sign-in: the account named (existing or not) and the address it came from. */
const throttleKeys = (username: string, address: string) => [`account:${username.normalize('NFKC').toLowerCase()}`, `address:${address}`] as const;

export function authRoutes(store: Store, principals: PrincipalCache, secret: string, now: () => Date, options: { trustProxy?: boolean; accessTokenSeconds?: number } = {}) {
  const auth = requireAuth(principals, secret, now);
  const addressOf = (c: Context) => clientAddress(c, options.trustProxy ?? false);
  return new Hono<AppEnv>()
    .post('/login', async (c) => {
      const body = await parseJsonBody(c, LoginRequest);
      if (!body.ok) return body.response;
      const { username, password, deviceId } = body.value;
      const address = addressOf(c);
      const keys = throttleKeys(username, address);
      // A locked account or address is refused before any password is checked.
      const wait = retryAfterSeconds(await store.auth.loginLocks(keys, now()), now());
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        return problemResponse(c, 'too_many_attempts', `请 ${Math.ceil(wait / 60)} 分钟后再试。Try again in ${wait} s.`);
      }
      const user = await store.findUserByUsername(username);
      if (!(await verifyLogin(password, user?.passwordHash)) || !user) {
        const locks = await store.auth.recordLoginFailure(keys, now());
        if (locks.length > 0) await store.auth.logEvent({ at: now(), action: 'login_locked', targetUserId: user?.principal.userId, clientAddress: address, detail: username.slice(0, 64) });
        return problemResponse(c, 'invalid_credentials');
      }
      if (user.disabled) return problemResponse(c, 'account_disabled');
      // Only the account is forgiven: an address guessing many accounts stays counted.
      await store.auth.clearLoginFailures(keys[0]);
      const sessionId = randomUUID();
      await store.auth.startSession({ id: sessionId, userId: user.principal.userId, deviceId }, now());
      await store.auth.logEvent({ at: now(), action: 'login', actorId: user.principal.userId, targetUserId: user.principal.userId, sessionId, clientAddress: address, detail: deviceId });
      return c.json(await issueSession(store, secret, user.principal, deviceId, sessionId, now(), options.accessTokenSeconds));
    })
    .post('/refresh', async (c) => {
      const body = await parseJsonBody(c, RefreshRequest);
      if (!body.ok) return body.response;
      const outcome = await store.auth.useRefreshToken(hashRefreshToken(body.value.refreshToken), now(), REFRESH_REUSE_GRACE_MS);
      switch (outcome.kind) {
        case 'unknown':
          return problemResponse(c, 'token_expired', 'The refresh token is unknown, expired or already used: sign in again.');
        case 'revoked':
          return problemResponse(c, 'session_revoked');
        case 'reusedInGrace':
          return problemResponse(c, 'refresh_reused', 'This refresh token was just used by another request; use the tokens it received.');
        case 'reused':
          await store.auth.logEvent({ at: now(), action: 'refresh_reused', targetUserId: outcome.userId, sessionId: outcome.sessionId, clientAddress: addressOf(c) });
          return problemResponse(c, 'session_revoked', 'A spent refresh token was presented again: this session is now signed out everywhere.');
        case 'rotated': {
          // Through the cache: a reconnecting device's next requests then find its principal there.
          const user = await principals.lookup(outcome.userId, outcome.sessionId);
          if (!user) return problemResponse(c, 'unauthenticated');
          return c.json(await issueSession(store, secret, user.principal, outcome.deviceId, outcome.sessionId, now(), options.accessTokenSeconds));
        }
      }
    })
    .post('/change-password', auth, async (c) => {
      const body = await parseJsonBody(c, ChangePasswordRequest);
      if (!body.ok) return body.response;
      const principal = c.get('principal');
      const user = await store.findUserById(principal.userId);
      if (!user || !(await verifyLogin(body.value.currentPassword, user.passwordHash))) return problemResponse(c, 'invalid_credentials', '当前密码不正确。The current password is wrong.');
      const weak = passwordProblem(body.value.newPassword, principal.username) ?? (body.value.newPassword === body.value.currentPassword ? '新密码须与当前密码不同 Choose a new password' : null);
      if (weak) return problemResponse(c, 'password_rejected', weak);
      await store.admin.setPassword(principal.userId, await hashPassword(body.value.newPassword), false);
      // Every other device signed in with the old password is signed out; this one goes on.
      await store.auth.revokeSessions({ userId: principal.userId, exceptSessionId: c.get('sessionId') }, 'password_changed', now());
      await store.auth.logEvent({ at: now(), action: 'password_changed', actorId: principal.userId, targetUserId: principal.userId, sessionId: c.get('sessionId'), clientAddress: addressOf(c) });
      const { mustChangePassword: _done, ...changed } = principal;
      return c.json(await issueSession(store, secret, changed, c.get('deviceId'), c.get('sessionId'), now(), options.accessTokenSeconds));
    })
    .post('/logout', auth, async (c) => {
      const sessionId = c.get('sessionId');
      const revoked = await store.auth.revokeSessions({ sessionId }, 'logout', now());
      const userId = c.get('principal').userId;
      await store.auth.logEvent({ at: now(), action: 'logout', actorId: userId, targetUserId: userId, sessionId, clientAddress: addressOf(c) });
      return c.json({ revoked } satisfies RevokeResult);
    })
    .post('/logout-all', auth, async (c) => {
      const userId = c.get('principal').userId;
      const revoked = await store.auth.revokeSessions({ userId }, 'logout_all', now());
      await store.auth.logEvent({ at: now(), action: 'logout_all', actorId: userId, targetUserId: userId, sessionId: c.get('sessionId'), clientAddress: addressOf(c), detail: String(revoked) });
      return c.json({ revoked } satisfies RevokeResult);
    });
}

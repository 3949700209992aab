import { Hono } from 'hono';
import { LoginRequest, RefreshRequest } from '@anxun/shared-schema';
import { verifyPassword } from '../auth/passwords';
import { hashRefreshToken, issueSession } from '../auth/tokens';
import { parseJsonBody, problemResponse } from '../http/problemResponse';
import type { Store } from '../store/Store';

export function authRoutes(store: Store, secret: string, now: () => Date) {
  return new Hono()
    .post('/login', async (c) => {
      const body = await parseJsonBody(c, LoginRequest);
      if (!body.ok) return body.response;
      const user = await store.findUserByUsername(body.value.username);
      if (!user || !(await verifyPassword(body.value.password, user.passwordHash))) return problemResponse(c, 'invalid_credentials');
      return c.json(await issueSession(store, secret, user.principal, body.value.deviceId, now()));
    })
    .post('/refresh', async (c) => {
      const body = await parseJsonBody(c, RefreshRequest);
      if (!body.ok) return body.response;
      const owner = await store.consumeRefreshToken(hashRefreshToken(body.value.refreshToken), now());
      if (!owner) return problemResponse(c, 'token_expired', 'The refresh token is unknown, expired or already used: sign in again.');
      const user = await store.findUserById(owner.userId);
      if (!user) return problemResponse(c, 'unauthenticated');
      return c.json(await issueSession(store, secret, user.principal, owner.deviceId, now()));
    });
}

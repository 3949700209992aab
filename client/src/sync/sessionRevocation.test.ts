import { afterEach, describe, expect, it, vi } from 'vitest';
import { problem } from '@anxun/shared-schema';
import { MemoryStorage } from '../testing/MemoryStorage';
import { sampleSession as session } from '../testing/sampleSession';
import { ApiClient } from './apiClient';
import { SessionStore } from './sessionStore';
import { endAllSessions, endThisSession } from './signOut';

type Route = () => Response;
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function serverWith(routes: Record<string, Route[]>) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    calls.push(url);
    const next = routes[url]?.shift();
    return next ? Promise.resolve(next()) : Promise.reject(new TypeError('Failed to fetch'));
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

function signedIn(storage = new MemoryStorage()) {
  const sessions = new SessionStore(storage);
  sessions.set(session);
  return { storage, sessions, api: new ApiClient(sessions) };
}

describe('a session the server revoked', () => {
  it('asks for a sign-in, saying why, without trying to refresh', async () => {
    const { sessions, api } = signedIn();
    const calls = serverWith({ '/api/replication/grids/pull': [() => json(401, problem('session_revoked'))] });
    await expect(api.call('/api/replication/grids/pull', { method: 'POST' }, (b) => b)).rejects.toMatchObject({ code: 'session_revoked' });
    expect(calls).toEqual(['/api/replication/grids/pull']);
    // The session stays: its unsynced work waits for the same user to sign in again.
    expect(sessions.get()).toEqual({ session, needsSignIn: true, revoked: true });
  });

  it('is revoked too when the refresh says so', async () => {
    const { sessions, api } = signedIn();
    serverWith({
      '/api/replication/grids/pull': [() => json(401, problem('token_expired'))],
      '/api/auth/refresh': [() => json(401, problem('session_revoked'))],
    });
    await expect(api.call('/api/replication/grids/pull', { method: 'POST' }, (b) => b)).rejects.toMatchObject({ status: 401 });
    expect(sessions.get()).toMatchObject({ needsSignIn: true, revoked: true });
  });

  it('adopts the session another tab rotated to when the refresh token was just spent', async () => {
    const { storage, sessions, api } = signedIn();
    const otherTab = new SessionStore(storage);
    const rotated = { ...session, accessToken: 'access-2', refreshToken: 'refresh-token-2', accessExpiresAt: new Date(Date.now() + 900_000).toISOString() };
    otherTab.set(rotated);
    serverWith({
      '/api/replication/grids/pull': [() => json(401, problem('token_expired')), () => json(200, { ok: 1 })],
      '/api/auth/refresh': [() => json(401, problem('refresh_reused'))],
    });
    await expect(api.call('/api/replication/grids/pull', { method: 'POST' }, (b) => b)).resolves.toEqual({ ok: 1 });
    expect(sessions.get()).toEqual({ session: rotated, needsSignIn: false });
  });
});

describe('signing out', () => {
  it('ends the session on the server when online, and goes ahead offline', async () => {
    const { api } = signedIn();
    const calls = serverWith({ '/api/auth/logout': [() => json(200, { revoked: 1 })] });
    expect(await endThisSession(api, true)).toBe(true);
    expect(await endThisSession(api, false)).toBe(false);
    expect(await endThisSession(api, true)).toBe(false);
    expect(calls).toEqual(['/api/auth/logout', '/api/auth/logout']);
  });

  it('signs out all devices only when the server answers', async () => {
    const { api } = signedIn();
    serverWith({ '/api/auth/logout-all': [() => json(200, { revoked: 3 })] });
    expect(await endAllSessions(api, false)).toEqual({ ok: false, reason: 'offline' });
    expect(await endAllSessions(api, true)).toEqual({ ok: true });
    expect((await endAllSessions(api, true)).ok).toBe(false);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { problem, type Session } from '@anxun/shared-schema';
import { MemoryStorage } from '../testing/MemoryStorage';
import { sampleSession } from '../testing/sampleSession';
import { ApiClient } from './apiClient';
import type { RefreshLock } from './refreshLock';
import { SessionStore } from './sessionStore';

const NOW = Date.parse('2026-03-01T01:00:00.000Z');
const session: Session = { ...sampleSession, accessExpiresAt: '2026-03-01T00:59:00.000Z' };
const rotated = (n: number): Session => ({ ...session, accessToken: `access-${n}`, refreshToken: `refresh-token-${n}`, accessExpiresAt: '2026-03-01T01:15:00.000Z' });
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const PULL = '/api/replication/grids/pull';

/**
 * A server that accepts only its newest access token and spends each refresh token once, as the
 * real one does (a reuse is `refresh_reused`, or `session_revoked` when `reuse` says so).
 */
function fakeServer(opts: { reuse?: 'refresh_reused' | 'session_revoked'; refresh?: () => Response } = {}) {
  let generation = 1;
  let refreshes = 0;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (url === '/api/auth/refresh') {
      refreshes += 1;
      if (opts.refresh) return opts.refresh();
      const { refreshToken } = JSON.parse(String(init.body)) as { refreshToken: string };
      if (refreshToken !== `refresh-token-${generation}`) return json(401, problem(opts.reuse ?? 'refresh_reused'));
      generation += 1;
      return json(200, rotated(generation));
    }
    const authorization = (init.headers as Record<string, string>).authorization;
    return authorization === `Bearer access-${generation}` && generation > 1 ? json(200, { ok: generation }) : json(401, problem('token_expired'));
  });
  return { refreshes: () => refreshes };
}

/** Web Locks in miniature: one holder at a time, in request order, shared by the "tabs". */
function fakeLock(): RefreshLock {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  };
}

function tab(storage: MemoryStorage, lock: RefreshLock) {
  const sessions = new SessionStore(storage);
  return { sessions, api: new ApiClient(sessions, '', lock, () => NOW) };
}

function signedInDevice(lock: RefreshLock = fakeLock()) {
  const storage = new MemoryStorage();
  new SessionStore(storage).set(session);
  return { storage, lock, first: tab(storage, lock) };
}

afterEach(() => vi.unstubAllGlobals());

describe('refreshing the session: one at a time per device', () => {
  it('renews once for many concurrent callers of one tab, and every caller succeeds, even without Web Locks', async () => {
    const server = fakeServer();
    const { first } = signedInDevice((work) => work());
    const answers = await Promise.all(Array.from({ length: 6 }, () => first.api.call(PULL, { method: 'POST' }, (b) => b)));
    expect(answers).toEqual(Array.from({ length: 6 }, () => ({ ok: 2 })));
    expect(server.refreshes()).toBe(1);
    expect(first.sessions.get()).toEqual({ session: rotated(2), needsSignIn: false });
  });

  it('does not renew again for a call refused with a token the tab has already replaced', async () => {
    const server = fakeServer();
    const { first } = signedInDevice();
    await first.api.call(PULL, { method: 'POST' }, (b) => b);
    // A request that left with access-1 comes back refused after the renewal finished.
    await expect(first.api.refreshSession('access-1')).resolves.toBe(true);
    expect(server.refreshes()).toBe(1);
  });

  it('renews once for two tabs: the second takes the session the first stored', async () => {
    const server = fakeServer();
    const { storage, lock, first } = signedInDevice();
    const second = tab(storage, lock);
    const answers = await Promise.all([
      first.api.call(PULL, { method: 'POST' }, (b) => b),
      second.api.call(PULL, { method: 'POST' }, (b) => b),
      second.api.uploadPhoto('a'.repeat(64), new Blob(['x'])).catch(() => 'refused'),
    ]);
    expect(answers.slice(0, 2)).toEqual([{ ok: 2 }, { ok: 2 }]);
    expect(server.refreshes()).toBe(1);
    expect(second.sessions.get()).toEqual({ session: rotated(2), needsSignIn: false });
  });

  it('follows a renewal another tab announces, so it never presents a spent refresh token', async () => {
    const server = fakeServer({ reuse: 'session_revoked' });
    const { storage, lock, first } = signedInDevice();
    const second = tab(storage, lock);
    await first.api.call(PULL, { method: 'POST' }, (b) => b);
    second.sessions.noticeStorageEvent({ key: 'anxun.session', storageArea: storage });
    expect(second.sessions.get().session).toEqual(rotated(2));
    await expect(second.api.call(PULL, { method: 'POST' }, (b) => b)).resolves.toEqual({ ok: 2 });
    expect(server.refreshes()).toBe(1);
  });

  it('takes the stored session when the server says the token was just spent (a tab without locks)', async () => {
    const server = fakeServer();
    const { storage, first } = signedInDevice((work) => work());
    const second = tab(storage, (work) => work());
    // Both tabs send the same refresh token at once: one wins, the other is told refresh_reused.
    const answers = await Promise.all([first.api.call(PULL, { method: 'POST' }, (b) => b), second.api.call(PULL, { method: 'POST' }, (b) => b)]);
    expect(answers).toEqual([{ ok: 2 }, { ok: 2 }]);
    expect(server.refreshes()).toBe(2);
    expect(first.sessions.get()).toEqual(second.sessions.get());
    expect(first.sessions.get().needsSignIn).toBe(false);
  });

  it('waits for the winning tab to store its session when told the token was just spent', async () => {
    const { storage, first } = signedInDevice();
    vi.stubGlobal('fetch', (url: string) => {
      if (url !== '/api/auth/refresh') return Promise.resolve(json(401, problem('token_expired')));
      setTimeout(() => new SessionStore(storage).set(rotated(2)), 250);
      return Promise.resolve(json(401, problem('refresh_reused')));
    });
    await expect(first.api.refreshSession()).resolves.toBe(true);
    expect(first.sessions.get()).toEqual({ session: rotated(2), needsSignIn: false });
  });

  it('signs out (red, no loop) when the session was revoked, for every caller at once', async () => {
    const server = fakeServer({ refresh: () => json(401, problem('session_revoked')) });
    const { first } = signedInDevice();
    const failures = await Promise.all([1, 2, 3].map(() => first.api.call(PULL, { method: 'POST' }, (b) => b).catch((e: unknown) => e)));
    expect(failures).toEqual([1, 2, 3].map(() => expect.objectContaining({ status: 401 })));
    expect(first.sessions.get()).toMatchObject({ needsSignIn: true, revoked: true });
    await expect(first.api.call(PULL, { method: 'POST' }, (b) => b)).rejects.toMatchObject({ code: 'token_expired' });
    await expect(first.api.freshAccessToken(true)).resolves.toBeUndefined();
    expect(server.refreshes()).toBe(1);
  });

  it('keeps the session when the renewal cannot reach the server (offline is not signed out)', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const { first } = signedInDevice();
    await expect(first.api.refreshSession()).rejects.toMatchObject({ code: 'network' });
    expect(first.sessions.get()).toEqual({ session, needsSignIn: false });
  });

  it('never takes over a session another user stored on this device', async () => {
    const server = fakeServer();
    const { storage, first } = signedInDevice();
    new SessionStore(storage).set({ ...rotated(5), principal: { ...session.principal, userId: 'u-other' } });
    await expect(first.api.refreshSession()).resolves.toBe(false);
    expect(first.sessions.get().session).toEqual(session);
    expect(server.refreshes()).toBe(0);
  });
});

describe('the change stream token', () => {
  it('is renewed before connecting only when it is about to expire', async () => {
    const server = fakeServer();
    const { first } = signedInDevice();
    await expect(first.api.freshAccessToken()).resolves.toBe('access-2');
    await expect(first.api.freshAccessToken()).resolves.toBe('access-2');
    expect(server.refreshes()).toBe(1);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { problem } from '@anxun/shared-schema';
import { MemoryStorage } from '../testing/MemoryStorage';
import { sampleSession as session } from '../testing/sampleSession';
import { ApiClient, ApiError } from './apiClient';
import { SessionStore } from './sessionStore';

type Route = (init: RequestInit) => Response;
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function serverWith(routes: Record<string, Route[]>) {
  const calls: { url: string; authorization: string | undefined }[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push({ url, authorization: (init.headers as Record<string, string>).authorization });
    const next = routes[url]?.shift();
    return next ? Promise.resolve(next(init)) : Promise.reject(new TypeError('Failed to fetch'));
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

function signedIn() {
  const sessions = new SessionStore(new MemoryStorage());
  sessions.set(session);
  return { sessions, api: new ApiClient(sessions) };
}

describe('ApiClient.call', () => {
  it('refreshes an expired access token once and repeats the call with the rotated one', async () => {
    const { sessions, api } = signedIn();
    const rotated = { ...session, accessToken: 'access-2', refreshToken: 'refresh-token-2' };
    const calls = serverWith({
      '/api/replication/grids/pull': [() => json(401, problem('token_expired')), () => json(200, { documents: [], checkpoint: null })],
      '/api/auth/refresh': [() => json(200, rotated)],
    });
    await expect(api.call('/api/replication/grids/pull', { method: 'POST' }, (b) => b)).resolves.toEqual({ documents: [], checkpoint: null });
    expect(calls.map((c) => c.authorization ?? 'none')).toEqual(['Bearer access-1', 'none', 'Bearer access-2']);
    expect(sessions.get().session?.refreshToken).toBe('refresh-token-2');
  });

  it('asks for a new sign-in when the refresh is refused, and stops calling the server until then', async () => {
    const { sessions, api } = signedIn();
    const calls = serverWith({
      '/api/replication/grids/pull': [() => json(401, problem('token_expired'))],
      '/api/auth/refresh': [() => json(401, problem('token_expired'))],
    });
    await expect(api.call('/api/replication/grids/pull', { method: 'POST' }, (b) => b)).rejects.toMatchObject({ code: 'token_expired' });
    expect(sessions.get()).toMatchObject({ session, needsSignIn: true });
    await expect(api.call('/api/replication/grids/pull', { method: 'POST' }, (b) => b)).rejects.toMatchObject({ code: 'token_expired' });
    expect(calls).toHaveLength(2);
  });

  it('reports an unreachable server as a network error, keeping the session', async () => {
    const { sessions, api } = signedIn();
    serverWith({});
    const failure = await api.call('/api/replication/grids/pull', { method: 'POST' }, (b) => b).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'network', status: 0 });
    expect(sessions.get()).toEqual({ session, needsSignIn: false });
  });
});

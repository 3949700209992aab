import { describe, expect, it } from 'vitest';
import type { Session } from '@anxun/shared-schema';
import { MemoryStorage } from '../testing/MemoryStorage';
import { sampleSession } from '../testing/sampleSession';
import { SessionStore } from './sessionStore';

const session = sampleSession;

describe('SessionStore', () => {
  it('keeps the session across a reload, so the app opens offline signed in', () => {
    const storage = new MemoryStorage();
    new SessionStore(storage).set(session);
    expect(new SessionStore(storage).get()).toEqual({ session, needsSignIn: false });
  });

  it('keeps an expired session usable offline: only syncing waits for a new sign-in', () => {
    const store = new SessionStore(new MemoryStorage());
    store.set(session);
    store.markNeedsSignIn();
    expect(store.get()).toEqual({ session, needsSignIn: true });
    store.set({ ...session, accessToken: 'access-2', refreshToken: 'refresh-token-2' });
    expect(store.get().needsSignIn).toBe(false);
  });

  it('ignores a stored session that is corrupt or of an older shape', () => {
    const storage = new MemoryStorage();
    storage.setItem('anxun.session', '{not json');
    expect(new SessionStore(storage).get().session).toBeNull();
    storage.setItem('anxun.session', JSON.stringify({ accessToken: 'x' }));
    expect(new SessionStore(storage).get().session).toBeNull();
  });

  it('forgets the session on sign-out and tells listeners', () => {
    const storage = new MemoryStorage();
    const store = new SessionStore(storage);
    store.set(session);
    const seen: (Session | null)[] = [];
    store.subscribe((s) => seen.push(s.session));
    store.clear();
    expect(seen).toEqual([null]);
    expect(new SessionStore(storage).get().session).toBeNull();
  });

  it('follows another tab: takes its rotated session, and signs out when that tab signed out', () => {
    const storage = new MemoryStorage();
    const here = new SessionStore(storage);
    here.set(session);
    here.markNeedsSignIn();
    const rotated = { ...session, accessToken: 'access-2', refreshToken: 'refresh-token-2' };
    new SessionStore(storage).set(rotated);
    here.noticeStorageEvent({ key: 'anxun.other', storageArea: storage });
    expect(here.get().session).toEqual(session);
    here.noticeStorageEvent({ key: 'anxun.session', storageArea: storage });
    expect(here.get()).toEqual({ session: rotated, needsSignIn: false });
    storage.removeItem('anxun.session');
    here.noticeStorageEvent({ key: 'anxun.session', storageArea: storage });
    expect(here.get().session).toBeNull();
  });
});

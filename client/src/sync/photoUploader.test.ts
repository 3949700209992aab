import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredPhoto } from '../db/photoBlobs';
import { ApiError } from './apiClient';
import { startPhotoUploads, type PhotoUploader } from './photoUploader';

// The photo table, in memory: the uploader's decisions are what is under test, not Dexie.
const photos = new Map<string, StoredPhoto>();
vi.mock('../db/photoBlobs', () => ({
  photosDue: async (now: number) => [...photos.values()].filter((p) => p.nextAttemptAt <= now && p.status !== 'uploaded' && !p.permanent).slice(0, 2),
  updatePhoto: async (hash: string, change: Partial<StoredPhoto>) => {
    const p = photos.get(hash);
    if (p) photos.set(hash, { ...p, ...change });
  },
  retryPhotosNow: async () => {
    for (const p of photos.values()) if (p.status !== 'uploaded' && !p.permanent) p.nextAttemptAt = 0;
  },
  countPhotosWaiting: async () => [...photos.values()].filter((p) => p.status !== 'uploaded').length,
}));

const photo = (hash: string, bytes: number): StoredPhoto => ({
  hash, bytes, blob: new Blob(['x']), width: 1, height: 1, createdAt: '2026-12-01T00:00:00.000Z', status: 'pending', attempts: 0, nextAttemptAt: 0,
});

let online = true;
let uploader: PhotoUploader | undefined;
beforeEach(() => {
  photos.clear();
  online = true;
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('navigator', { get onLine() { return online; } });
});
afterEach(() => {
  uploader?.stop();
  vi.unstubAllGlobals();
});

describe('photo uploads', () => {
  it('keeps a photo that met no network as waiting (not failed) and sends it the moment the device is back online', async () => {
    photos.set('a', photo('a', 1000));
    let reachable = false;
    const uploadPhoto = vi.fn(async () => {
      if (!reachable) throw new ApiError('network', 0, 'Failed to fetch');
    });
    uploader = startPhotoUploads({ uploadPhoto });
    await vi.waitFor(() => expect(photos.get('a')).toMatchObject({ status: 'pending', offline: true, attempts: 0 }));
    expect(photos.get('a')?.nextAttemptAt).toBeGreaterThan(Date.now());

    reachable = true;
    window.dispatchEvent(new Event('online'));
    // Backoff lifted by the online event: well before the 5 s retry timer.
    await vi.waitFor(() => expect(photos.get('a')?.status).toBe('uploaded'), { timeout: 1_000 });
    expect(photos.get('a')?.offline).toBe(false);
  });

  it('counts a server error as a failed attempt with backoff, and a manual retry sends it at once', async () => {
    photos.set('b', photo('b', 2000));
    let fail = true;
    uploader = startPhotoUploads({ uploadPhoto: async () => {
      if (fail) throw new ApiError('internal', 500, 'HTTP 500');
    } });
    await vi.waitFor(() => expect(photos.get('b')).toMatchObject({ status: 'failed', offline: false, attempts: 1 }));
    fail = false;
    uploader.retryNow();
    await vi.waitFor(() => expect(photos.get('b')?.status).toBe('uploaded'), { timeout: 1_000 });
  });

  it('reports n of m and bytes while a run uploads, and starts over once the queue is empty', async () => {
    photos.set('c', photo('c', 3000));
    photos.set('d', photo('d', 5000));
    const seen: { done: number; bytesDone: number }[] = [];
    uploader = startPhotoUploads({ uploadPhoto: async () => undefined });
    uploader.subscribe(() => seen.push(uploader?.progress() ?? { done: -1, bytesDone: -1 }));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ done: 0, bytesDone: 0 }));
    expect(seen.some((p) => p.done === 2 && p.bytesDone === 8000)).toBe(true);
  });

  it('does not try while the browser knows it is offline', async () => {
    online = false;
    photos.set('e', photo('e', 10));
    const uploadPhoto = vi.fn(async () => undefined);
    uploader = startPhotoUploads({ uploadPhoto });
    await new Promise((r) => setTimeout(r, 50));
    expect(uploadPhoto).not.toHaveBeenCalled();
  });
});

import { Dexie, liveQuery, type EntityTable } from 'dexie';
import { from, type Observable } from 'rxjs';
import type { PreparedPhoto } from '../photos/downscale';

export type PhotoStatus = 'pending' | 'uploading' | 'uploaded' | 'failed';

/** A photo taken on this device: the downscaled JPEG (the big original never leaves the camera step). */
export interface StoredPhoto extends PreparedPhoto {
  status: PhotoStatus;
  attempts: number;
  /** Epoch ms before which no upload is tried again (backoff). */
  nextAttemptAt: number;
  lastError?: string | undefined;
  /** true: the server refused it for good (too large, not an image); it is kept, never retried. */
  permanent?: boolean | undefined;
  /** true: the last attempt found no network; it goes up by itself when the device is back online. */
  offline?: boolean | undefined;
}

/** Photos live beside RxDB in their own IndexedDB database, as Blobs, keyed by content hash. */
class PhotoDatabase extends Dexie {
  photos!: EntityTable<StoredPhoto, 'hash'>;
  constructor() {
    super('anxun-photos');
    this.version(1).stores({ photos: 'hash, status, nextAttemptAt' });
  }
}

let database: PhotoDatabase | null = null;
const db = () => (database ??= new PhotoDatabase());

/** Saves a prepared photo; the same bytes twice are one photo (idempotent by hash). */
export async function savePhoto(photo: Omit<StoredPhoto, 'status' | 'attempts' | 'nextAttemptAt'>): Promise<void> {
  const existing = await db().photos.get(photo.hash);
  if (existing) return;
  await db().photos.put({ ...photo, status: 'pending', attempts: 0, nextAttemptAt: 0 });
}

export const getPhoto = (hash: string) => db().photos.get(hash);

export function observePhoto(hash: string): Observable<StoredPhoto | undefined> {
  return from(liveQuery(() => db().photos.get(hash)));
}

export function observePhotoCounts(): Observable<Record<PhotoStatus, number>> {
  return from(liveQuery(async () => {
    const counts: Record<PhotoStatus, number> = { pending: 0, uploading: 0, uploaded: 0, failed: 0 };
    await db().photos.each((p) => {
      counts[p.status] += 1;
    });
    return counts;
  }));
}

/** Photos due for an upload attempt now (pending, or failed but retryable, whose backoff has passed). */
export async function photosDue(now: number, limit = 2): Promise<StoredPhoto[]> {
  const candidates = await db().photos.where('nextAttemptAt').belowOrEqual(now).toArray();
  return candidates.filter((p) => (p.status === 'pending' || p.status === 'failed' || p.status === 'uploading') && !p.permanent).slice(0, limit);
}

/** Lifts the backoff of every retryable photo: the network is back, or the user asked to retry. */
export async function retryPhotosNow(): Promise<void> {
  await db().photos.where('status').anyOf('pending', 'failed').modify((p) => {
    if (!p.permanent) p.nextAttemptAt = 0;
  });
}

/** Photos still to upload and their bytes (for n of m and the progress bar). */
export function observePhotoBacklog(): Observable<{ count: number; bytes: number }> {
  return from(liveQuery(async () => {
    let count = 0;
    let bytes = 0;
    await db().photos.where('status').anyOf('pending', 'uploading', 'failed').each((p) => {
      count += 1;
      bytes += p.bytes;
    });
    return { count, bytes };
  }));
}

export const countPhotosWaiting = () => db().photos.where('status').anyOf('pending', 'uploading', 'failed').count();

export async function updatePhoto(hash: string, change: Partial<StoredPhoto>): Promise<void> {
  await db().photos.update(hash, change);
}

/** Every stored photo without its bytes, for the eviction plan. */
export async function listPhotoCandidates(): Promise<{ hash: string; bytes: number; status: PhotoStatus; createdAt: string }[]> {
  const list: { hash: string; bytes: number; status: PhotoStatus; createdAt: string }[] = [];
  await db().photos.each((p) => {
    list.push({ hash: p.hash, bytes: p.bytes, status: p.status, createdAt: p.createdAt });
  });
  return list;
}

/**
 * Deletes photos the server already has; a photo whose upload is not confirmed is never deleted,
 * whatever the caller planned (checked again inside the transaction).
 */
export async function deleteUploadedPhotos(hashes: readonly string[]): Promise<number> {
  return db().transaction('rw', db().photos, async () => {
    const uploaded = (await db().photos.bulkGet([...hashes])).filter((p) => p?.status === 'uploaded').map((p) => p?.hash ?? '');
    await db().photos.bulkDelete(uploaded);
    return uploaded.length;
  });
}

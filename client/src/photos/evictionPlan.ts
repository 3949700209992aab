import type { PhotoStatus } from '../db/photoBlobs';

/** What eviction needs to know of a stored photo (never its bytes). */
export interface EvictionCandidate {
  hash: string;
  bytes: number;
  status: PhotoStatus;
  createdAt: string;
}

/**
 * Which photos the device's own documents still need offline: `open` are referenced by work in
 * progress (an open hazard, an unfinished inspection), `closed` only by finished work.
 */
export interface PhotoReferences {
  open: ReadonlySet<string>;
  closed: ReadonlySet<string>;
}

/** The storage plan (design §5): a tablet plans for 2 GB of photos. */
export const PHOTO_BUDGET_BYTES = 2 * 1024 ** 3;

/**
 * The photos to delete so the store fits `budgetBytes`, in order: first those only closed work
 * references (销号 hazards, finished inspections), then those no local document references
 * (documents that left this device's scope), each oldest first. A photo the server does not yet
 * have is never evicted, nor one that open work needs offline (a re-check compares with the
 * before photos): the device would rather exceed the budget than lose them. An evicted photo is
 * still on the server and is shown from there when online.
 */
export function planEviction(photos: readonly EvictionCandidate[], refs: PhotoReferences, budgetBytes: number): string[] {
  let total = photos.reduce((sum, p) => sum + p.bytes, 0);
  if (total <= budgetBytes) return [];
  const tier = (p: EvictionCandidate) => (refs.open.has(p.hash) ? 2 : refs.closed.has(p.hash) ? 0 : 1);
  const evictable = photos
    .filter((p) => p.status === 'uploaded' && tier(p) < 2)
    .sort((a, b) => tier(a) - tier(b) || a.createdAt.localeCompare(b.createdAt) || a.hash.localeCompare(b.hash));
  const chosen: string[] = [];
  for (const p of evictable) {
    if (total <= budgetBytes) break;
    chosen.push(p.hash);
    total -= p.bytes;
  }
  return chosen;
}

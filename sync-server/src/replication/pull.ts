import { isCollectionName, type Checkpoint, type CollectionName, type Principal, type PullBatchPart, type PullBatchResponse, type PullResponse } from '@anxun/shared-schema';
import type { PullPage, Store } from '../store/Store';
import { toWire } from './documents';
import { scopeFingerprint } from './scopeKeys';

/** What a device asks of one collection: its checkpoint as it sent it, and a page size. */
export interface PullAsk {
  collection: CollectionName;
  checkpoint: Checkpoint | null;
  limit: number;
}

/** The parts of a batch as asks, or the first collection this server does not have. */
export function pullAsks(parts: readonly PullBatchPart[]): { ok: true; asks: PullAsk[] } | { ok: false; unknown: string } {
  const asks: PullAsk[] = [];
  for (const { collection, checkpoint, limit } of parts) {
    if (!isCollectionName(collection)) return { ok: false, unknown: collection };
    asks.push({ collection, checkpoint, limit });
  }
  return { ok: true, asks };
}

/** A checkpoint issued for another scope is not trusted: start over so nothing newly visible is skipped. */
function startAfter(checkpoint: Checkpoint | null, scope: string): { seq: number; id: string } {
  return checkpoint && checkpoint.scope === scope ? { seq: checkpoint.seq, id: checkpoint.id } : { seq: 0, id: '' };
}

function answer(page: PullPage, after: { seq: number; id: string }, scope: string): PullResponse {
  const last = page.documents.at(-1);
  return {
    documents: page.documents.map(toWire),
    checkpoint: last ? { seq: last.seq, id: last.id, scope } : { ...after, scope },
  };
}

/** The next page of changes after `checkpoint` in the user's scope, ordered by server sequence. */
export async function pullChanges(
  store: Store,
  principal: Principal,
  collection: CollectionName,
  checkpoint: Checkpoint | null,
  limit: number,
): Promise<PullResponse> {
  const scope = scopeFingerprint(principal);
  const after = startAfter(checkpoint, scope);
  return answer(await store.pull(collection, principal, after, limit), after, scope);
}

/**
 * The next page of several collections at once (a reconnecting device's every replication),
 * each part exactly what `pullChanges` answers for it: the same scope, the same restart on a
 * checkpoint of another scope, the same checkpoint rule. Read in one statement by the store.
 */
export async function pullBatch(store: Store, principal: Principal, asks: readonly PullAsk[]): Promise<PullBatchResponse> {
  const scope = scopeFingerprint(principal);
  const parts = asks.map((ask) => ({ collection: ask.collection, after: startAfter(ask.checkpoint, scope), limit: ask.limit }));
  const pages = await store.pullMany(principal, parts);
  return parts.map((part, index) => ({ collection: part.collection, ...answer(pages[index] ?? { documents: [] }, part.after, scope) }));
}

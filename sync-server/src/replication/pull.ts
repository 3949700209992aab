import type { Checkpoint, CollectionName, Principal, PullResponse } from '@anxun/shared-schema';
import type { Store } from '../store/Store';
import { toWire } from './documents';
import { scopeFingerprint } from './scopeKeys';

/** The next page of changes after `checkpoint` in the user's scope, ordered by server sequence. */
export async function pullChanges(
  store: Store,
  principal: Principal,
  collection: CollectionName,
  checkpoint: Checkpoint | null,
  limit: number,
): Promise<PullResponse> {
  const scope = scopeFingerprint(principal);
  // A checkpoint issued for another scope is not trusted: start over so nothing newly visible is skipped.
  const after = checkpoint && checkpoint.scope === scope ? { seq: checkpoint.seq, id: checkpoint.id } : { seq: 0, id: '' };
  const page = await store.pull(collection, principal, after, limit);
  const last = page.documents.at(-1);
  return {
    documents: page.documents.map(toWire),
    checkpoint: last ? { seq: last.seq, id: last.id, scope } : { ...after, scope },
  };
}

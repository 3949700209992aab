import { Subject, type Subscription } from 'rxjs';
import { COLLECTION_NAMES, PullBatchResponse, PushResponse, type Checkpoint, type CollectionName } from '@anxun/shared-schema';
import type { AnxunDatabase } from '../db/database';
import { replicateCollection, type CollectionReplication, type ReplicatedDoc, type StreamItem } from '../db/replicateCollection';
import type { ApiClient } from './apiClient';
import type { LastSync } from './lastSync';
import { rootCause } from './rootCause';
import { openChangeStream } from './changeStream';
import type { Outbox } from './outbox';
import { prefetchingPull } from './prefetchingPull';
import { pullBatcher } from './pullBatcher';
import { sweepingPull } from './sweepingPull';
import type { SyncStatusStore } from './syncStatus';

const AUTH_CODES = new Set(['token_expired', 'unauthenticated', 'session_revoked', 'refresh_reused']);

export interface SyncEngine {
  stop(): Promise<void>;
  /** Pull and push now (back online, signed in again). */
  syncNow(): void;
}

/**
 * Replicates every collection with the sync server over HTTP (RxDB's protocol). Writes never wait
 * for this: it runs behind the user, retries with backoff while offline, and the server merges.
 */
export function startSync(db: AnxunDatabase, api: ApiClient, outbox: Outbox, status: SyncStatusStore, lastSync: LastSync): SyncEngine {
  const subscriptions: Subscription[] = [];
  const streams = new Map<string, Subject<StreamItem>>();
  const synced = () => status.update({ online: true, reached: true, error: null, lastSyncAt: lastSync.mark() });
  const failed = (error: unknown) => {
    const cause = rootCause(error);
    // Failing to reach the server is being offline, not an error to show.
    if (cause.code === 'network' || !navigator.onLine) status.update({ online: false });
    // A refused token is not by itself a sign-in: the session store decides that, once the single
    // refresh has failed (the header follows it); a call that lost a race with a renewal retries.
    else if (!(cause.code && AUTH_CODES.has(cause.code))) status.update({ error: cause.code ?? 'unknown' });
  };

  // The 13 replications' pulls travel together (a start or reconnect is one request, not 13).
  const pulls = pullBatcher<ReplicatedDoc, Checkpoint>(async (asks) => {
    const body = JSON.stringify(asks.map(({ collection, checkpoint, limit }) => ({ collection, checkpoint: checkpoint ?? null, limit })));
    const pages = await api.call('/api/replication/pull', { method: 'POST', body }, (b) => PullBatchResponse.parse(b));
    synced();
    return asks.map((ask, i) => {
      const page = pages[i];
      if (page?.collection !== ask.collection) throw new Error(`the pull answered ${page?.collection ?? 'nothing'} for ${ask.collection}`);
      return { documents: page.documents as ReplicatedDoc[], checkpoint: page.checkpoint ?? ask.checkpoint };
    });
  });

  const states: CollectionReplication[] = COLLECTION_NAMES.map((name: CollectionName) => {
    const stream$ = new Subject<StreamItem>();
    streams.set(name, stream$);
    const state = replicateCollection(db, name, {
      stream$: stream$.asObservable(),
      pull: prefetchingPull(sweepingPull(db, name, pulls.handlerFor(name), () => setTimeout(() => state.reSync(), 0))),
      push: async (rows) => {
        const answer = await api.call(`/api/replication/${name}/push`, { method: 'POST', body: JSON.stringify(rows) }, (b) => PushResponse.parse(b));
        outbox.confirm(name, rows.map((r) => ({ id: r.newDocumentState.id, updatedAt: r.newDocumentState.updatedAt })));
        synced();
        return answer as ReplicatedDoc[];
      },
    });
    subscriptions.push(state.error$.subscribe(failed));
    return state;
  });

  // The outbox itself is followed from the moment the database opens (followLocalWrites).
  status.update({ online: navigator.onLine, lastSyncAt: lastSync.get() });
  const changes = openChangeStream(api, (collection, message) => streams.get(collection)?.next(message as StreamItem));

  const syncNow = () => {
    for (const state of states) state.reSync();
    changes.reconnect();
  };
  const onOnline = () => {
    status.update({ online: true });
    syncNow();
  };
  const onOffline = () => status.update({ online: false });
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);

  return {
    syncNow,
    async stop() {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      changes.close();
      for (const s of subscriptions) s.unsubscribe();
      await Promise.all(states.map((s) => s.cancel()));
    },
  };
}

import type { Observable } from 'rxjs';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import type { RxReplicationPullStreamItem, WithDeleted } from 'rxdb/plugins/core';
import type { Checkpoint, CollectionName } from '@anxun/shared-schema';
import type { AnxunDatabase } from './database';

export type ReplicatedDoc = WithDeleted<{ id: string; updatedAt: string }>;
export type StreamItem = RxReplicationPullStreamItem<ReplicatedDoc, Checkpoint>;

/** The network side of replication, given by the sync layer (the only one that talks HTTP). */
export interface ReplicationHandlers {
  pull(checkpoint: Checkpoint | undefined, limit: number): Promise<{ documents: ReplicatedDoc[]; checkpoint: Checkpoint | undefined }>;
  push(rows: { assumedMasterState?: ReplicatedDoc | undefined; newDocumentState: ReplicatedDoc }[]): Promise<ReplicatedDoc[]>;
  stream$: Observable<StreamItem>;
}

export interface CollectionReplication {
  error$: Observable<unknown>;
  reSync(): void;
  cancel(): Promise<unknown>;
}

/**
 * Documents per pull request. The first sync of a city-scale tablet (10,000 hazards) takes 10
 * requests instead of 50: each request pays a round trip, the server's auth and scope work and
 * one RxDB write with its query updates. The server's limit is PullRequest's `limit` (≤ 1,000).
 */
export const PULL_BATCH_SIZE = 1_000;
export const PUSH_BATCH_SIZE = 50;

/** RxDB's replication protocol for one collection: live, retried with backoff while offline. */
export function replicateCollection(db: AnxunDatabase, name: CollectionName, handlers: ReplicationHandlers): CollectionReplication {
  return replicateRxCollection<ReplicatedDoc, Checkpoint>({
    replicationIdentifier: `anxun-http-${name}-v1`,
    collection: db[name] as never,
    live: true,
    retryTime: 5_000,
    // Every tab replicates on its own; the server's merge makes duplicate pushes harmless.
    waitForLeadership: false,
    pull: { batchSize: PULL_BATCH_SIZE, stream$: handlers.stream$, handler: (checkpoint, limit) => handlers.pull(checkpoint, limit) },
    push: { batchSize: PUSH_BATCH_SIZE, handler: (rows) => handlers.push(rows) },
  });
}

import type { CollectionName } from '@anxun/shared-schema';
import type { AnxunDatabase } from './database';
import type { ReplicatedDoc } from './replicateCollection';

/**
 * The documents of a collection this device holds outside `keep`, as tombstones the replication
 * can apply as if the server had sent them. Applied that way, RxDB removes them from the device
 * without pushing a deletion, and leaves alone any document with a local change not yet pushed:
 * the officer's unsynced work is never dropped (the server judges it when it arrives).
 */
export async function tombstonesOutside(db: AnxunDatabase, name: CollectionName, keep: ReadonlySet<string>): Promise<ReplicatedDoc[]> {
  const docs = await db[name].find().exec();
  return docs
    .filter((doc) => !keep.has(doc.primary))
    .map((doc): ReplicatedDoc => ({ ...(doc.toMutableJSON() as { id: string; updatedAt: string }), _deleted: true }));
}

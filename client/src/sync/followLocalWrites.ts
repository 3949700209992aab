import { localWrites$ } from '../db/localWrites';
import type { Outbox } from './outbox';
import type { SyncStatusStore } from './syncStatus';

/**
 * Records every local save in the outbox and keeps the header's pending count, from the moment
 * the database opens: replication may start later (deferredSync), but a save made before it does
 * is waiting all the same, and the header must say so.
 */
export function followLocalWrites(outbox: Outbox, status: SyncStatusStore): () => void {
  const writes = localWrites$.subscribe((write) => outbox.record(write));
  const stopCount = outbox.subscribe((pending) => status.update({ pending }));
  // Another tab of this user saved or confirmed something.
  const onStorage = (event: StorageEvent) => outbox.noticeStorageEvent(event);
  window.addEventListener('storage', onStorage);
  status.update({ pending: outbox.count() });
  return () => {
    writes.unsubscribe();
    stopCount();
    window.removeEventListener('storage', onStorage);
  };
}

import type { ChangeNotice } from '@anxun/shared-schema';
import { notifyChanges } from './changeNotifications';
import type { SqlQueryable } from './sqlClient';

export type ChangeListener = (notice: ChangeNotice) => void;

/**
 * Tells this process's listeners (at once, before the caller answers its request) and, with a
 * shared PostgreSQL, every instance (NOTIFY) what committed. A revoked session is therefore
 * refused by the instance that revoked it from the next request on.
 */
export function changeAnnouncer(db: SqlQueryable, channel: string | undefined) {
  const listeners = new Set<ChangeListener>();
  const tellHere = (notice: ChangeNotice) => {
    for (const listener of listeners) listener(notice);
  };
  return {
    subscribe(listener: ChangeListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** After a commit whose NOTIFY (if any) went out inside the transaction. */
    tellHere,
    /** A change made outside a write transaction (sessions, users): here and, with PostgreSQL, everywhere. */
    async announce(notice: ChangeNotice): Promise<void> {
      tellHere(notice);
      if (channel) await notifyChanges(db, channel, notice);
    },
  };
}
export type ChangeAnnouncer = ReturnType<typeof changeAnnouncer>;

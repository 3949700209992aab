import { useEffect, useState, type ReactNode } from 'react';
import type { Session } from '@anxun/shared-schema';
import { DatabaseContext } from '../db/DatabaseContext';
import { databaseNameFor, openDatabase, type AnxunDatabase } from '../db/database';
import { startPhotoEviction } from '../photos/photoEviction';
import { requestPersistenceOnce } from '../pwa/storagePersistence';
import { deferredSync } from '../sync/deferredSync';
import { followLocalWrites } from '../sync/followLocalWrites';
import { LastSync } from '../sync/lastSync';
import { Outbox } from '../sync/outbox';
import { startPhotoUploads } from '../sync/photoUploader';
import { startSync } from '../sync/replication';
import { api, sessions } from '../sync/services';
import { SyncContext, type SyncServices } from '../sync/SyncContext';
import { SyncStatusStore } from '../sync/syncStatus';
import { StartupSkeleton } from './StartupSkeleton';

/**
 * On a device that has synced before, replication and photo eviction start this long after the
 * database opens: the first screen reads local data first (issue 17: offline cold start).
 */
export const BACKGROUND_START_DELAY_MS = 1_500;

interface Opened extends SyncServices {
  db: AnxunDatabase;
}

/**
 * Opens the signed-in user's local database and starts syncing it. The screens render from the
 * local database at once, online or not; a skeleton, never an empty list, shows until then.
 */
export function Workspace({ session, children }: { session: Session; children: ReactNode }) {
  const userId = session.principal.userId;
  const [opened, setOpened] = useState<Opened | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let close: (() => Promise<void>) | undefined;
    void (async () => {
      try {
        // Before the first download: this device is about to hold work that must not be evicted.
        void requestPersistenceOnce().catch(() => false);
        const db = await openDatabase(databaseNameFor(userId), { validate: import.meta.env.DEV });
        if (cancelled) return void (await db.close());
        // Read by bench:client's cold-start timeline.
        performance.mark('anxun:database-open');
        const outbox = new Outbox(`anxun.outbox.${userId}`);
        const lastSync = new LastSync(`anxun.lastSync.${userId}`);
        // The header tells the truth before any request: the browser's network state, what waits.
        const status = new SyncStatusStore({ online: navigator.onLine, needsSignIn: sessions.get().needsSignIn, pending: outbox.count(), lastSyncAt: lastSync.get() });
        const stopOutbox = followLocalWrites(outbox, status);
        const delay = lastSync.get() ? BACKGROUND_START_DELAY_MS : 0;
        const engine = deferredSync(() => startSync(db, api, outbox, status, lastSync), delay);
        const photos = startPhotoUploads(api);
        let eviction: { stop: () => void } | undefined;
        const evictionTimer = setTimeout(() => (eviction = startPhotoEviction(db)), delay);
        const stopWatching = sessions.subscribe((s) => {
          const signedInAgain = status.get().needsSignIn && !s.needsSignIn;
          status.update({ needsSignIn: s.needsSignIn });
          // Signed in again here or in another tab: sync now rather than at the next backoff.
          if (signedInAgain) engine.syncNow();
        });
        close = async () => {
          stopWatching();
          photos.stop();
          clearTimeout(evictionTimer);
          eviction?.stop();
          await engine.stop();
          stopOutbox();
          await db.close();
        };
        setOpened({ db, status, engine, outbox, photos });
      } catch (error) {
        setFailure(error instanceof Error ? error.message : String(error));
      }
    })();
    return () => {
      cancelled = true;
      setOpened(null);
      void close?.();
    };
  }, [userId]);

  if (failure) return <p className="form-error" role="alert">{failure}</p>;
  if (!opened) return <StartupSkeleton />;
  return (
    <DatabaseContext.Provider value={opened.db}>
      <SyncContext.Provider value={{ status: opened.status, engine: opened.engine, outbox: opened.outbox, photos: opened.photos }}>{children}</SyncContext.Provider>
    </DatabaseContext.Provider>
  );
}

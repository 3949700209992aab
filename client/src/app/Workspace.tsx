import { useEffect, useState, type ReactNode } from 'react';
import type { Session } from '@anxun/shared-schema';
import { DatabaseContext } from '../db/DatabaseContext';
import { databaseNameFor, openDatabase, type AnxunDatabase } from '../db/database';
import { useI18n } from '../i18n/I18nProvider';
import { startPhotoEviction } from '../photos/photoEviction';
import { requestPersistenceOnce } from '../pwa/storagePersistence';
import { LastSync } from '../sync/lastSync';
import { Outbox } from '../sync/outbox';
import { startPhotoUploads } from '../sync/photoUploader';
import { startSync } from '../sync/replication';
import { api, sessions } from '../sync/services';
import { SyncContext, type SyncServices } from '../sync/SyncContext';
import { SyncStatusStore } from '../sync/syncStatus';

interface Opened extends SyncServices {
  db: AnxunDatabase;
}

/**
 * Opens the signed-in user's local database and starts syncing it. The screens render from the
 * local database at once, online or not.
 */
export function Workspace({ session, children }: { session: Session; children: ReactNode }) {
  const { t } = useI18n();
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
        const status = new SyncStatusStore({ online: navigator.onLine, needsSignIn: sessions.get().needsSignIn });
        const outbox = new Outbox(`anxun.outbox.${userId}`);
        const engine = startSync(db, api, outbox, status, new LastSync(`anxun.lastSync.${userId}`));
        const photos = startPhotoUploads(api);
        const eviction = startPhotoEviction(db);
        const stopWatching = sessions.subscribe((s) => {
          const signedInAgain = status.get().needsSignIn && !s.needsSignIn;
          status.update({ needsSignIn: s.needsSignIn });
          // Signed in again here or in another tab: sync now rather than at the next backoff.
          if (signedInAgain) engine.syncNow();
        });
        close = async () => {
          stopWatching();
          photos.stop();
          eviction.stop();
          await engine.stop();
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
  if (!opened) return <p className="muted" style={{ padding: 24 }}>{t('enterprises.loading')}</p>;
  return (
    <DatabaseContext.Provider value={opened.db}>
      <SyncContext.Provider value={{ status: opened.status, engine: opened.engine, outbox: opened.outbox, photos: opened.photos }}>{children}</SyncContext.Provider>
    </DatabaseContext.Provider>
  );
}

import { randomBytes } from 'node:crypto';
import type { ChangeNotice } from '@anxun/shared-schema';
import { CHANGES_CHANNEL, listenForChanges, type ChangeListening } from './changeNotifications';
import { backfillHazardStatus } from './hazardStatusBackfill';
import { migrate } from './migrate';
import { openPglite } from './pgliteClient';
import { openPostgres } from './postgresClient';
import { createSqlStore } from './sqlStore';
import type { SqlClient } from './sqlClient';
import type { Store } from './Store';

export interface OpenedStore {
  store: Store;
  db: SqlClient;
  kind: 'pglite' | 'postgres';
  /**
   * Calls `onChange` with what write transactions of other server instances (and this one)
   * committed. PGlite lives in one process, where the store's own notices (Store.onChanges)
   * are the whole story, so there it listens to nothing.
   */
  listenForChanges(onChange: (notice: ChangeNotice) => void): Promise<ChangeListening>;
}

/** PostgreSQL when a URL is given, else PGlite in `dataDir` (undefined: in memory). Migrates on open. */
export async function openStore(options: { databaseUrl?: string | undefined; dataDir?: string | undefined; poolSize?: number | undefined }): Promise<OpenedStore> {
  const url = options.databaseUrl;
  if (url) {
    const db = await openPostgres(url, options.poolSize ? { maxConnections: options.poolSize } : {});
    await migrate(db);
    await backfillHazardStatus(db);
    return {
      store: createSqlStore(db, { notifyChannel: CHANGES_CHANNEL }),
      db,
      kind: 'postgres',
      listenForChanges: (onChange) => listenForChanges(url, onChange),
    };
  }
  const db = await openPglite(options.dataDir);
  await migrate(db);
  await backfillHazardStatus(db);
  // Statistics for a folder written before the store analysed as it wrote (sqlStore.ts analyzeAsWritten).
  await db.query('ANALYZE');
  return { store: createSqlStore(db, { analyzeAsWritten: true }), db, kind: 'pglite', listenForChanges: async () => ({ close: async () => undefined }) };
}

/** The token signing key: from the environment, or made once and kept with the data. */
export async function jwtSecret(store: Store, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return fromEnv;
  const kept = await store.getSetting('jwt_secret');
  if (kept) return kept;
  const made = randomBytes(48).toString('base64url');
  await store.setSetting('jwt_secret', made);
  return made;
}

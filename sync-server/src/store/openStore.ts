import { randomBytes } from 'node:crypto';
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
}

/** PostgreSQL when a URL is given, else PGlite in `dataDir` (undefined: in memory). Migrates on open. */
export async function openStore(options: { databaseUrl?: string | undefined; dataDir?: string | undefined }): Promise<OpenedStore> {
  const db = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir);
  await migrate(db);
  return { store: createSqlStore(db), db, kind: options.databaseUrl ? 'postgres' : 'pglite' };
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

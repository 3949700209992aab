import { readConfig } from '../config';
import { choosePhotoBlobs } from '../photos/choosePhotoBlobs';
import { openPglite } from '../store/pgliteClient';
import { openPostgres } from '../store/postgresClient';
import type { BackupSource } from './writeBackup';

/**
 * The store and photo storage the server would use with this environment (DATABASE_URL or
 * DATA_DIR, PHOTO_STORAGE, S3_*), opened WITHOUT migrating: a backup copies the schema it finds,
 * a restore migrates to the backup's schema itself. A PGlite folder takes the folder's lock, so
 * it cannot be backed up or restored while a server runs on it.
 */
export async function openBackupTarget(env: NodeJS.ProcessEnv): Promise<BackupSource & { close(): Promise<void> }> {
  const config = readConfig(env);
  const db = config.DATABASE_URL ? await openPostgres(config.DATABASE_URL, { maxConnections: 2 }) : await openPglite(config.DATA_DIR);
  return {
    db,
    kind: config.DATABASE_URL ? 'postgres' : 'pglite',
    blobsOn: (queryable) => choosePhotoBlobs(config, queryable),
    close: () => db.close(),
  };
}

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { PhotoBlobs } from '../photos/photoBlobs';
import { appliedMigrations, photoHashesAfter, rowsAfter, sequenceStates, stateTables } from '../store/backupSql';
import type { SqlClient, SqlQueryable } from '../store/sqlClient';
import { BACKUP_FORMAT, BACKUP_VERSION, rowLine, type BackupHeader } from './backupFormat';

export interface BackupSource {
  db: SqlClient;
  kind: BackupHeader['source'];
  /** The photo storage, on the backup's transaction (photos in the database are read in its snapshot). */
  blobsOn(db: SqlQueryable): PhotoBlobs;
}

export interface BackupSummary {
  rows: Record<string, number>;
  photos: number;
  photoBytes: number;
}

const PAGE = 500;

/**
 * Writes the whole store as backup lines (backupFormat.ts) to `out`, from one REPEATABLE READ
 * snapshot: a backup taken while instances keep writing holds one consistent moment. Waits
 * whenever `out` is full, so memory holds one page of rows or one photo at a time.
 */
export async function writeBackup(source: BackupSource, out: Writable, now = new Date()): Promise<BackupSummary> {
  const line = async (text: string) => {
    if (!out.write(`${text}\n`)) await once(out, 'drain');
  };
  return source.db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = await appliedMigrations(tx);
    if (!migrations) throw new Error('There is no Anxun store here (no schema_migrations table): check DATABASE_URL or DATA_DIR.');
    const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, migrations, createdAt: now.toISOString(), source: source.kind };
    await line(JSON.stringify(header));
    const summary: BackupSummary = { rows: {}, photos: 0, photoBytes: 0 };
    for (const table of await stateTables(tx)) {
      let count = 0;
      for (let after = '(0,0)'; ; ) {
        const page = await rowsAfter(tx, table, after, PAGE);
        for (const { row } of page) await line(rowLine(table, row));
        count += page.length;
        const last = page.at(-1);
        if (!last || page.length < PAGE) break;
        after = last.at;
      }
      summary.rows[table] = count;
    }
    for (const sequence of await sequenceStates(tx)) await line(JSON.stringify({ sequence: sequence.name, value: sequence.value, called: sequence.called }));
    const blobs = source.blobsOn(tx);
    for (let after = ''; ; ) {
      const hashes = await photoHashesAfter(tx, after, PAGE);
      for (const hash of hashes) {
        const bytes = await blobs.read(hash);
        // A row without bytes would restore as a photo nobody can fetch: better to stop and say so.
        if (!bytes) throw new Error(`Photo ${hash} is recorded but its bytes are missing from the ${blobs.kind} storage; the backup was not written.`);
        await line(JSON.stringify({ photo: hash, bytes: bytes.toString('base64') }));
        summary.photos += 1;
        summary.photoBytes += bytes.byteLength;
      }
      const last = hashes.at(-1);
      if (!last || hashes.length < PAGE) break;
      after = last;
    }
    await line(JSON.stringify({ end: true, rows: summary.rows, photos: summary.photos }));
    return summary;
  });
}

/**
 * Writes a gzip'd backup to `path` through a temporary name: a backup that fails half-way
 * never lies under the final name, where a rotation could take it for a good one.
 */
export async function writeBackupFile(source: BackupSource, path: string): Promise<BackupSummary> {
  const temporary = `${path}.part`;
  const gzip = createGzip();
  const file = createWriteStream(temporary, { mode: 0o600 });
  gzip.pipe(file);
  try {
    const summary = await writeBackup(source, gzip);
    gzip.end();
    await finished(file);
    await rename(temporary, path);
    return summary;
  } catch (error) {
    gzip.destroy();
    file.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

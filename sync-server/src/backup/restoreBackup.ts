import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { appliedMigrations, insertRows, nonEmptyTables, sequenceStates, setSequence, stateTables } from '../store/backupSql';
import { knownMigrations, migrate } from '../store/migrate';
import type { SqlQueryable } from '../store/sqlClient';
import { BackupHeader, EndLine, PhotoLine, rowLineParts, SequenceLine } from './backupFormat';
import type { BackupSource, BackupSummary } from './writeBackup';

/** A backup the operator must not load: the message says why and what to do. */
export class RestoreRefused extends Error {}

const BATCH = 500;
const sameSet = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v) => b.includes(v));

/**
 * Loads backup lines into an EMPTY store: migrated to the backup's schema, the rows and photos
 * loaded in one transaction (a truncated or damaged file commits nothing), then migrated to this
 * code's schema like any older database. Photo bytes are checked against their hash.
 */
export async function restoreBackup(target: Omit<BackupSource, 'kind'>, input: Readable): Promise<BackupSummary> {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  const header = BackupHeader.safeParse(first.done ? undefined : parseOrUndefined(first.value));
  if (!header.success) throw new RestoreRefused('This is not an Anxun backup (its first line is not an anxun-backup header of format version 1).');
  const known = knownMigrations();
  const newer = header.data.migrations.filter((v) => !known.includes(v));
  if (newer.length > 0) {
    throw new RestoreRefused(`This backup comes from a newer Anxun (schema migrations ${newer.join(', ')} are unknown here): update this server to the version that wrote it, then restore.`);
  }
  const applied = await appliedMigrations(target.db);
  if (applied) {
    const holding = await nonEmptyTables(target.db, await stateTables(target.db));
    if (holding.length > 0) {
      throw new RestoreRefused(`Restore goes only into an empty store, and this one holds rows (${holding.join(', ')}). Point DATA_DIR at a new folder or DATABASE_URL at a new database (createdb), and restore there.`);
    }
    if (applied.length > 0 && !sameSet(applied, header.data.migrations)) {
      throw new RestoreRefused('This empty store was already migrated to another schema than the backup’s. Restore into a new DATA_DIR folder or a new database.');
    }
  }
  await migrate(target.db, new Set(header.data.migrations));

  const summary = await target.db.transaction((tx) => loadLines(tx, target.blobsOn(tx), lines));
  await migrate(target.db);
  return summary;
}

async function loadLines(tx: SqlQueryable, blobs: ReturnType<BackupSource['blobsOn']>, lines: AsyncIterator<string>): Promise<BackupSummary> {
  const tables = new Set(await stateTables(tx));
  const sequences = new Set((await sequenceStates(tx)).map((s) => s.name));
  const summary: BackupSummary = { rows: Object.fromEntries([...tables].map((t) => [t, 0])), photos: 0, photoBytes: 0 };
  let pending: { table: string; rows: string[] } | undefined;
  const flush = async () => {
    if (pending) await insertRows(tx, pending.table, pending.rows);
    pending = undefined;
  };
  for (let number = 2; ; number++) {
    const next = await lines.next();
    if (next.done) throw new RestoreRefused('The backup is incomplete (no end line: the file was cut short). Nothing was restored.');
    const row = rowLineParts(next.value);
    if (row) {
      if (!tables.has(row.table)) throw new RestoreRefused(`Line ${number}: the backup names a table this schema does not have (${row.table}). Nothing was restored.`);
      if (pending && (pending.table !== row.table || pending.rows.length >= BATCH)) await flush();
      pending ??= { table: row.table, rows: [] };
      pending.rows.push(row.row);
      summary.rows[row.table] = (summary.rows[row.table] ?? 0) + 1;
      continue;
    }
    await flush();
    const value = parseLine(next.value, number);
    const sequence = SequenceLine.safeParse(value);
    if (sequence.success) {
      if (!sequences.has(sequence.data.sequence)) throw new RestoreRefused(`Line ${number}: the backup names a sequence this schema does not have (${sequence.data.sequence}). Nothing was restored.`);
      await setSequence(tx, { name: sequence.data.sequence, value: sequence.data.value, called: sequence.data.called });
      continue;
    }
    const photo = PhotoLine.safeParse(value);
    if (photo.success) {
      const bytes = Buffer.from(photo.data.bytes, 'base64');
      if (createHash('sha256').update(bytes).digest('hex') !== photo.data.photo) throw new RestoreRefused(`Line ${number}: photo ${photo.data.photo} is damaged (its bytes do not match its hash). Nothing was restored.`);
      await blobs.write(photo.data.photo, bytes);
      summary.photos += 1;
      summary.photoBytes += bytes.byteLength;
      continue;
    }
    const end = EndLine.safeParse(value);
    if (end.success) {
      const tablesCounted = new Set([...Object.keys(end.data.rows), ...Object.keys(summary.rows)]);
      const counted = [...tablesCounted].every((table) => (summary.rows[table] ?? 0) === (end.data.rows[table] ?? 0)) && end.data.photos === summary.photos;
      if (!counted) throw new RestoreRefused('The backup’s end line counts other rows or photos than the file holds. Nothing was restored.');
      return summary;
    }
    throw new RestoreRefused(`Line ${number} is not a line of an Anxun backup. Nothing was restored.`);
  }
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseLine(text: string, number: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new RestoreRefused(`Line ${number} of the backup is not JSON: the file is damaged. Nothing was restored.`);
  }
}

/** Restores a gzip'd backup file (writeBackupFile). */
export async function restoreBackupFile(target: Omit<BackupSource, 'kind'>, path: string): Promise<BackupSummary> {
  const gunzip = createGunzip();
  // A file that cannot be read fails the restore like a damaged one (pipe alone would not pass it on).
  createReadStream(path).on('error', (error) => gunzip.destroy(error)).pipe(gunzip);
  return restoreBackup(target, gunzip);
}

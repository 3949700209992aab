// npm run backup [FILE | FOLDER]: one gzip'd file of the whole store (see src/backup/backupFormat.ts).
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openBackupTarget } from '../src/backup/backupTarget';
import { writeBackupFile } from '../src/backup/writeBackup';

// npm runs workspace scripts in sync-server/: relative paths are the caller's (INIT_CWD).
const callerDir = process.env['INIT_CWD'] ?? process.cwd();
const argument = process.argv[2] ?? process.env['BACKUP_DIR'] ?? '.';
const requested = resolve(callerDir, argument);
// A path ending in / is a folder, made when missing (a first run of the daily timer).
if (argument.endsWith('/')) mkdirSync(requested, { recursive: true });
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
const path = existsSync(requested) && statSync(requested).isDirectory() ? join(requested, `anxun-${stamp}.backup.jsonl.gz`) : requested;

const started = Date.now();
try {
  const target = await openBackupTarget(process.env);
  try {
    const summary = await writeBackupFile(target, path);
    const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
    console.info(`Backup written: ${path}\n  ${rows} rows in ${Object.keys(summary.rows).length} tables, ${summary.photos} photos (${(summary.photoBytes / 1e6).toFixed(1)} MB), ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await target.close();
  }
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

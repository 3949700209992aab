// npm run restore FILE: loads a backup into an EMPTY store (see src/backup/restoreBackup.ts).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openBackupTarget } from '../src/backup/backupTarget';
import { restoreBackupFile } from '../src/backup/restoreBackup';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run restore FILE   (into the store of DATABASE_URL or DATA_DIR, which must be empty)');
  process.exit(2);
}
const path = resolve(process.env['INIT_CWD'] ?? process.cwd(), file);
if (!existsSync(path)) {
  console.error(`Restore failed: no file ${path}`);
  process.exit(2);
}
try {
  const target = await openBackupTarget(process.env);
  try {
    const summary = await restoreBackupFile(target, path);
    const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
    console.info(`Restored ${path}\n  ${rows} rows, ${summary.photos} photos. Start the server on this store as usual.`);
  } finally {
    await target.close();
  }
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

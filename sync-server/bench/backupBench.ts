// npm run bench:backup -w sync-server: backs up and restores a PGlite store holding PHOTOS photos
// of 1 MB (random, so gzip cannot shrink them) and prints how far memory grew against the bytes
// written: a streamed backup stays flat however many photos there are.
import { randomBytes, createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { restoreBackupFile } from '../src/backup/restoreBackup';
import { writeBackupFile } from '../src/backup/writeBackup';
import { photoFilesIn } from '../src/photos/photoFiles';
import { seedDemoTown } from '../src/seed/seedDemoTown';
import { openStore } from '../src/store/openStore';
import { openPglite } from '../src/store/pgliteClient';
import { recordPhoto } from '../src/store/photoSql';

const PHOTOS = Number(process.env['PHOTOS'] ?? 100);
const dir = mkdtempSync(join(tmpdir(), 'anxun-backup-bench-'));
try {
  const source = await openStore({ dataDir: join(dir, 'source') });
  await seedDemoTown(source.store, new Date());
  const blobs = photoFilesIn(join(dir, 'source-photos'));
  for (let i = 0; i < PHOTOS; i++) {
    const bytes = randomBytes(1024 * 1024);
    const hash = createHash('sha256').update(bytes).digest('hex');
    await blobs.write(hash, bytes);
    await recordPhoto(source.db, { hash, size: bytes.byteLength, contentType: 'image/jpeg', uploadedBy: 'u-officer-1' });
  }
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const base = peak;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const file = join(dir, 'bench.backup.jsonl.gz');
  let started = performance.now();
  await writeBackupFile({ db: source.db, kind: 'pglite', blobsOn: () => blobs }, file);
  const backupMs = performance.now() - started;
  const backupPeak = peak - base;
  await source.store.close();
  const target = await openPglite(join(dir, 'target'));
  const targetBlobs = photoFilesIn(join(dir, 'target-photos'));
  peak = process.memoryUsage().rss;
  const restoreBase = peak;
  started = performance.now();
  await restoreBackupFile({ db: target, blobsOn: () => targetBlobs }, file);
  const restoreMs = performance.now() - started;
  clearInterval(sampler);
  await target.close();
  const size = statSync(file).size;
  const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
  console.info(`backup of ${PHOTOS} photos: file ${mb(size)}, ${(backupMs / 1000).toFixed(1)} s, memory grew ${mb(backupPeak)} (${(backupPeak / size).toFixed(2)} of the file)`);
  console.info(`restore: ${(restoreMs / 1000).toFixed(1)} s, memory grew ${mb(peak - restoreBase)} (${((peak - restoreBase) / size).toFixed(2)} of the file)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

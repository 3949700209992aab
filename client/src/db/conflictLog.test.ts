import { afterEach, expect, it } from 'vitest';
import { firstValueFrom } from 'rxjs';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { newId, type ConflictRecord } from '@anxun/shared-schema';
import { observeConflictLog } from './conflictLog';
import { openDatabase, type AnxunDatabase } from './database';

let db: AnxunDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

const record = (id: string, detectedAt: string): ConflictRecord => ({
  id, updatedAt: detectedAt, kind: 'merge', collection: 'enterprises', documentId: 'ent-002', enterpriseId: 'ent-002', field: 'notes', pathJson: '["notes"]',
  baseJson: '""', serverJson: '"a"', pushedJson: '"b"', keptJson: '"b"', serverAuthor: 'u-1', serverDevice: 'd1', pushAuthor: 'u-2', pushDevice: 'd2', detectedAt, status: 'open',
});

it('lists every conflict of the log on the device, newest first', async () => {
  db = await openDatabase(`test-${newId()}`, { validate: true, storage: getRxStorageMemory() });
  await db.conflicts.bulkInsert([record('c1', '2026-03-01T01:00:00.000Z'), record('c2', '2026-03-02T01:00:00.000Z')]);
  expect((await firstValueFrom(observeConflictLog(db))).map((c) => c.id)).toEqual(['c2', 'c1']);
});

it('follows records as they arrive', async () => {
  db = await openDatabase(`test-${newId()}`, { validate: true, storage: getRxStorageMemory() });
  const seen: string[][] = [];
  const subscription = observeConflictLog(db).subscribe((log) => seen.push(log.map((c) => `${c.id}:${c.status}`)));
  // Bulk writes, like the replication's: single inserts would build the RxDocument this log avoids.
  await db.conflicts.bulkInsert([record('c1', '2026-03-01T01:00:00.000Z')]);
  await db.conflicts.bulkInsert([{ ...record('c2', '2026-03-02T01:00:00.000Z'), status: 'resolved', resolution: 'keptMerged' }]);
  await new Promise((resolve) => setTimeout(resolve, 50));
  subscription.unsubscribe();
  expect(seen.at(-1)).toEqual(['c2:resolved', 'c1:open']);
  expect(seen.some((log) => log.join() === 'c1:open')).toBe(true);
});

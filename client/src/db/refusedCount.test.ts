import { afterEach, expect, it } from 'vitest';
import { firstValueFrom } from 'rxjs';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { newId, type ConflictRecord, type HazardEvent } from '@anxun/shared-schema';
import { sampleEvent } from '@anxun/shared-schema/testing';
import { openDatabase, type AnxunDatabase } from './database';
import { observeMyRefusedCount } from './outboxQueries';

let db: AnxunDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

const at = '2026-03-01T01:00:00.000Z';
const refused = (event: HazardEvent): HazardEvent => ({ ...event, verdict: { accepted: false, code: 'invalid_transition', reason: '已驳回', seq: 9, at } });
const record = (id: string, documentId: string, pushAuthor: string, status: ConflictRecord['status'] = 'open'): ConflictRecord => ({
  id, updatedAt: at, kind: 'refused', reason: 'invalid_transition: 已驳回', collection: 'hazardEvents', documentId, enterpriseId: 'ent-1', field: 'confirmGeneral', pathJson: '["type"]',
  baseJson: 'null', serverJson: 'null', pushedJson: 'null', keptJson: 'null', serverAuthor: 'u-sup', serverDevice: 'd', pushAuthor, pushDevice: 'd', detectedAt: at, status,
});

it('counts this user’s refused operations once each, logged or not yet', async () => {
  db = await openDatabase(`test-${newId()}`, { validate: true, storage: getRxStorageMemory() });
  const mine = refused(sampleEvent('confirmGeneral', { deadline: '2026-03-10' }, { role: 'officer', kind: 'grid', id: 'u-officer' }));
  const waiting = refused(sampleEvent('comment', { text: 'x' }, { role: 'officer', kind: 'grid', id: 'u-officer' }));
  await db.hazardEvents.bulkInsert([mine, waiting]);
  // `mine` is logged; `waiting`'s record has not arrived yet: both count, once each.
  await db.conflicts.bulkInsert([record('ev-a', mine.id, 'u-officer'), record('ev-b', 'other', 'u-someone-else')]);
  expect(await firstValueFrom(observeMyRefusedCount(db, 'u-officer'))).toBe(2);
  expect(await firstValueFrom(observeMyRefusedCount(db, 'u-sup'))).toBe(0);
});

it('stops counting once the records are acknowledged (resolved)', async () => {
  db = await openDatabase(`test-${newId()}`, { validate: true, storage: getRxStorageMemory() });
  const mine = refused(sampleEvent('confirmGeneral', { deadline: '2026-03-10' }, { role: 'officer', kind: 'grid', id: 'u-officer' }));
  await db.hazardEvents.bulkInsert([mine]);
  await db.conflicts.bulkInsert([record('ev-a', mine.id, 'u-officer', 'resolved')]);
  expect(await firstValueFrom(observeMyRefusedCount(db, 'u-officer'))).toBe(0);
});

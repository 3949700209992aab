import { describe, expect, it } from 'vitest';
import { createRxDatabase, type RxJsonSchema } from 'rxdb/plugins/core';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { COLLECTIONS, newId, type ExamQuestion } from '@anxun/shared-schema';
import { sampleHazard } from '@anxun/shared-schema/testing';
import release0 from './fixtures/rxSchemas-release0.json';
import { openDatabase } from './database';

/** A question as the first release stored it: no post, no difficulty. */
const oldQuestion = {
  id: 'q-gen-01', sectorTags: [], type: 'trueFalse', stem: '从业人员发现直接危及人身安全的紧急情况时，有权停止作业或撤离。',
  options: [{ key: 'A', text: '正确' }, { key: 'B', text: '错误' }], answer: ['A'], explanation: '', basis: '《安全生产法》第五十五条',
  retired: false, updatedAt: '2026-01-05T09:00:00+08:00',
} satisfies Omit<ExamQuestion, 'post' | 'difficulty'>;

/** Opens a database exactly as a device of the first release left it, with a hazard not yet pushed. */
async function firstReleaseDevice(name: string, storage: ReturnType<typeof getRxStorageMemory>) {
  const db = await createRxDatabase({ name, storage, multiInstance: false });
  const schemas = release0 as unknown as Record<string, RxJsonSchema<unknown>>;
  // The collections release 0 had (a later one, like cases, is simply new on update).
  await db.addCollections(Object.fromEntries(Object.keys(schemas).map((c) => [c, { schema: schemas[c] as RxJsonSchema<unknown> }])));
  const hazard = sampleHazard({ title: '离线时记录的隐患' });
  await db.collections['examQuestions']?.insert(oldQuestion);
  await db.collections['hazards']?.insert(hazard);
  await db.close();
  return hazard;
}

describe('opening a device database written by an earlier release', () => {
  it('migrates every changed collection and keeps what the officer saved offline', async () => {
    const storage = getRxStorageMemory();
    const name = `upgrade-${newId().toLowerCase()}`;
    const hazard = await firstReleaseDevice(name, storage);
    expect(COLLECTIONS.examQuestions.version, 'this test needs a collection whose schema changed since release 0').toBeGreaterThan(0);

    const db = await openDatabase(name, { validate: true, storage });
    try {
      const question = await db.examQuestions.findOne('q-gen-01').exec();
      expect(question?.toJSON()).toMatchObject({ stem: oldQuestion.stem, answer: ['A'] });
      const kept = await db.hazards.findOne(hazard.id).exec();
      expect(kept?.title).toBe('离线时记录的隐患');
    } finally {
      await db.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EXAM_QUESTIONS } from './exam/index';
import { LIBRARY } from './checklists/index';
import { installLibrary } from './installLibrary';
import { scopeKeysFor } from '../replication/scopeKeys';
import { openStore, type OpenedStore } from '../store/openStore';

// A database as SEED_DEMO=0 starts it: no demo town, nothing but the schema.
let server: OpenedStore;
beforeAll(async () => {
  server = await openStore({ databaseUrl: undefined, dataDir: undefined });
});
afterAll(() => server.store.close());

const stored = async (collection: 'checklistTemplates' | 'examQuestions', ids: string[]) =>
  server.store.writeTransaction((tx) => tx.getDocuments(collection, ids));

describe('installLibrary', () => {
  it('gives a town without the demo the whole library, once, and never changes what it holds', async () => {
    const first = await installLibrary(server.store, () => new Date());
    expect(first).toEqual({ checklistTemplates: LIBRARY.length, examQuestions: DEMO_EXAM_QUESTIONS.length });
    expect(DEMO_EXAM_QUESTIONS.length).toBeGreaterThanOrEqual(300);
    expect((await stored('checklistTemplates', LIBRARY.map((t) => t.id))).size).toBe(LIBRARY.length);

    // The town retires one question; a restart neither brings it back nor adds anything twice.
    const question = DEMO_EXAM_QUESTIONS[0];
    if (!question) throw new Error('empty bank');
    await server.store.writeTransaction(async (tx) => {
      const before = (await tx.getDocuments('examQuestions', [question.id])).get(question.id);
      if (!before) throw new Error('not installed');
      const data = { ...before.data, id: question.id, retired: true };
      await tx.write('examQuestions', { id: question.id, data, deleted: false, keys: scopeKeysFor('examQuestions', data, undefined) }, before, { actorId: 'u-admin', deviceId: 't' });
    });
    expect(await installLibrary(server.store, () => new Date())).toEqual({});
    expect((await stored('examQuestions', [question.id])).get(question.id)?.data['retired']).toBe(true);
  });
});

import fc from 'fast-check';
import type { DBCoreCountRequest, DBCoreGetManyRequest, DBCoreIndex, DBCoreQueryRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { RANGED_READ_MAX_SPREAD, RANGED_READ_MIN_KEYS, rangedGetMany } from './rangedGetMany';

interface Doc {
  id: string;
  n: number;
}

/** A DBCore table over a sorted in-memory store, counting the requests it is sent, as IndexedDB's would. */
function tableOf(docs: Doc[]) {
  const sorted = [...new Map(docs.map((d) => [d.id, d])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const requests = { get: 0, count: 0, query: 0 };
  const inRange = ({ query: { range } }: DBCoreCountRequest) => sorted.filter((d) => d.id >= range.lower && d.id <= range.upper);
  const primaryKey: DBCoreIndex = { name: null, isPrimaryKey: true, keyPath: 'id', unique: true, extractKey: (value: Doc) => value.id };
  const table = {
    name: 'docs',
    schema: { name: 'docs', primaryKey, indexes: [], getIndexByKeyPath: () => primaryKey },
    getMany: async (req: DBCoreGetManyRequest) => req.keys.map((key) => (requests.get++, sorted.find((d) => d.id === key))),
    count: async (req: DBCoreCountRequest) => (requests.count++, inRange(req).length),
    query: async (req: DBCoreQueryRequest) => (requests.query++, { result: inRange(req) }),
  } as unknown as DBCoreTable;
  return { table, requests, plain: (keys: string[]) => keys.map((key) => sorted.find((d) => d.id === key)) };
}

const trans = {} as DBCoreTransaction;
const id = fc.stringMatching(/^[a-f0-9]{1,4}$/);
const docsOf = (ids: string[]) => ids.map((i, n) => ({ id: i, n }));

describe('rangedGetMany', () => {
  it('answers exactly what one get per id answers: the documents asked for, in order, absent ones undefined', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(id, { maxLength: 300 }), fc.array(id, { minLength: 1, maxLength: 120 }), async (stored, asked) => {
        const { table, plain } = tableOf(docsOf(stored));
        expect(await rangedGetMany(table, { trans, keys: asked })).toEqual(plain(asked));
      }),
      { numRuns: 300 },
    );
  });

  it('answers the same when it reads the range: asked ids in any order, some stored, some not, repeats', async () => {
    const batch = fc.uniqueArray(id, { minLength: RANGED_READ_MIN_KEYS, maxLength: 200 }).chain((universe) =>
      // At most MIN_KEYS × MAX_SPREAD stored: never more than the spread allows, so the range is always read.
      fc.tuple(
        fc.subarray(universe, { maxLength: Math.min(universe.length, RANGED_READ_MIN_KEYS * RANGED_READ_MAX_SPREAD) }),
        fc.shuffledSubarray(universe, { minLength: RANGED_READ_MIN_KEYS }),
        fc.array(fc.constantFrom(...universe), { maxLength: 5 }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(batch, async ([stored, asked, repeats]) => {
        const { table, requests, plain } = tableOf(docsOf(stored));
        const keys = [...asked, ...repeats];
        expect(await rangedGetMany(table, { trans, keys })).toEqual(plain(keys));
        expect(requests.get).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a batch into an empty store with one count, not one get per id (a first sync)', async () => {
    const asked = Array.from({ length: 1000 }, (_, n) => `hz-${String(n).padStart(5, '0')}`);
    const { table, requests } = tableOf([]);
    expect(await rangedGetMany(table, { trans, keys: asked })).toEqual(asked.map(() => undefined));
    expect(requests).toEqual({ get: 0, count: 1, query: 0 });
  });

  it('reads the range when few other documents lie in it, and finds the stored ones among the asked', async () => {
    const asked = Array.from({ length: 100 }, (_, n) => `hz-${String(n * 2).padStart(5, '0')}`);
    const { table, requests } = tableOf(docsOf(asked.filter((_, n) => n % 3 === 0)));
    const answer = await rangedGetMany(table, { trans, keys: asked });
    expect(answer.filter(Boolean)).toHaveLength(34);
    expect(requests).toEqual({ get: 0, count: 1, query: 1 });
  });

  it('falls back to one get per id when the range holds many other documents (a later sync)', async () => {
    const stored = Array.from({ length: 5000 }, (_, n) => `hz-${String(n).padStart(5, '0')}`);
    const asked = [stored[0] ?? '', ...Array.from({ length: 98 }, (_, n) => `new-${n}`), stored[4999] ?? ''];
    const { table, requests, plain } = tableOf(docsOf(stored));
    expect(await rangedGetMany(table, { trans, keys: asked })).toEqual(plain(asked));
    expect(requests.get).toBe(asked.length);
    expect(requests.query).toBe(0);
    expect(5000).toBeGreaterThan(asked.length * RANGED_READ_MAX_SPREAD);
  });

  it('leaves small batches to one get per id', async () => {
    const asked = Array.from({ length: RANGED_READ_MIN_KEYS - 1 }, (_, n) => `hz-${n}`);
    const { table, requests } = tableOf([]);
    await rangedGetMany(table, { trans, keys: asked });
    expect(requests).toEqual({ get: asked.length, count: 0, query: 0 });
  });
});

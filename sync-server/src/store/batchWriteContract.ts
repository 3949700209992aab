import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Principal } from '@anxun/shared-schema';
import type { OpenedStore } from './openStore';
import { digestKey, type ScopeKeys, type Store, type StoredDocument, type StoreTx, type WriteMeta } from './Store';

const meta: WriteMeta = { actorId: 'u-officer', deviceId: 'tablet-1' };
const city: Principal = { userId: 'u-sup', username: 'sup', displayName: '市监管', role: 'supervisor', gridIds: [], areaCode: '3205' };
const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

/** A hazard of enterprise e1, with photos; the store reads only the keys and the photo fields. */
function hazard(id: string, photosBefore: string[] = [], title = id) {
  const keys: ScopeKeys = { enterpriseId: 'e1', gridIds: ['g1'], areaCode: '320582100', parentId: null };
  return { id, data: { id, enterpriseId: 'e1', title, photosBefore, updatedAt: '2026-05-01T08:00:00+08:00' }, deleted: false, keys };
}

function event(id: string, hazardId: string) {
  const keys: ScopeKeys = { enterpriseId: 'e1', gridIds: ['g1'], areaCode: '320582100', parentId: hazardId };
  return { id, data: { id, hazardId, updatedAt: '2026-05-01T08:00:00+08:00' }, deleted: false, keys };
}

const pullIds = async (store: Store, collection: 'hazards' | 'hazardEvents') =>
  (await store.pull(collection, city, { seq: 0, id: '' }, 100)).documents.map((d) => [d.id, d.seq] as const);

/**
 * The set-wise side of a write transaction (a push batch), on every store: writes may be held and
 * stored together, but a transaction reads what it wrote, every write keeps its sequence, history
 * and photo references, and the batch reads answer many documents at once.
 */
export function batchWriteContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Batch writes and reads — ${name}`, () => {
    let opened: OpenedStore;
    let store: Store;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(() => store.close());

    it('reads what the transaction wrote, with the sequence the write returned', async () => {
      const [written, read, children] = await store.writeTransaction(async (tx: StoreTx) => {
        tx.expectWrites(3);
        const a = await tx.write('hazards', hazard('h1'), undefined, meta);
        const b = await tx.write('hazardEvents', event('ev1', 'h1'), undefined, meta);
        const c = await tx.write('hazardEvents', event('ev2', 'h1'), undefined, meta);
        return [[a, b, c], await tx.getDocuments('hazards', ['h1', 'h-unknown']), await tx.getChildrenOf('hazardEvents', ['h1', 'h-none'])] as const;
      });
      const [a, b, c] = written;
      expect(a.seq < b.seq && b.seq < c.seq).toBe(true);
      expect(read).toEqual(new Map([['h1', a]]));
      expect(children).toEqual(new Map([['h1', [b, c]], ['h-none', []]]));
      expect(await pullIds(store, 'hazardEvents')).toEqual([['ev1', b.seq], ['ev2', c.seq]]);
      expect(await store.writeTransaction((tx) => tx.getDocuments('hazards', ['h1']))).toEqual(new Map([['h1', a]]));
    });

    it('keeps every write of a document in the history, in write order, when one batch writes it twice', async () => {
      const first = await store.writeTransaction(async (tx) => {
        const one = await tx.write('hazards', hazard('h1', [], 'one'), undefined, { ...meta, pushedDigest: 'd1' });
        const two = await tx.write('hazards', hazard('h1', [], 'two'), one, { ...meta, pushedDigest: 'd2' });
        return [one, two] as const;
      });
      const history = await store.history('hazards', 'h1');
      expect(history.map((h) => [h.seq, (h.after as { title: string }).title])).toEqual([[first[0].seq, 'one'], [first[1].seq, 'two']]);
      expect(await pullIds(store, 'hazards')).toEqual([['h1', first[1].seq]]);
      const found = await store.writeTransaction((tx) => tx.pushedDigests('hazards', ['h1', 'h2'], ['d1', 'd2', 'd3']));
      expect(found).toEqual(new Set([digestKey('h1', 'd1'), digestKey('h1', 'd2')]));
    });

    it('keeps photo references equal to the photos of the stored version, with who first added each', async () => {
      const refs = async () =>
        (await opened.db.query<{ hash: string; added_by: string }>(`SELECT hash, added_by FROM photo_refs WHERE document_id = 'h1' ORDER BY hash`)).rows;
      let stored: StoredDocument | undefined;
      await store.writeTransaction(async (tx) => {
        stored = await tx.write('hazards', hazard('h1', [HASH_A]), undefined, meta);
      });
      expect(await refs()).toEqual([{ hash: HASH_A, added_by: 'u-officer' }]);
      await store.writeTransaction(async (tx) => {
        stored = await tx.write('hazards', hazard('h1', [HASH_A, HASH_B]), stored, { actorId: 'u-other', deviceId: 'tablet-2' });
      });
      expect(await refs()).toEqual([{ hash: HASH_A, added_by: 'u-officer' }, { hash: HASH_B, added_by: 'u-other' }]);
      await store.writeTransaction(async (tx) => {
        await tx.write('hazards', { ...hazard('h1', [HASH_B]), deleted: true }, stored, meta);
      });
      expect(await refs()).toEqual([]);
    });

    it('stores nothing of a held batch when the transaction throws, and names the next sequence', async () => {
      const failing = store.writeTransaction(async (tx) => {
        tx.expectWrites(50);
        await tx.write('hazards', hazard('h1'), undefined, meta);
        throw new Error('row 2 is invalid');
      });
      await expect(failing).rejects.toThrow('row 2 is invalid');
      expect(await pullIds(store, 'hazards')).toEqual([]);
      expect(await store.history('hazards', 'h1')).toEqual([]);
      const [next, written] = await store.writeTransaction(async (tx) => {
        tx.expectWrites(10);
        const peeked = await tx.peekNextSeq();
        return [peeked, await tx.write('hazards', hazard('h2'), undefined, meta)] as const;
      });
      expect(written.seq).toBe(next);
    });
  });
}

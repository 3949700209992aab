import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Principal } from '@anxun/shared-schema';
import { migrate } from './migrate';
import type { OpenedStore } from './openStore';
import type { ScopeKeys, Store, StoredDocument, StoreTx, WriteMeta } from './Store';

const meta: WriteMeta = { actorId: 'u-officer', deviceId: 'tablet-1' };
const START = { seq: 0, id: '' };

const supervisor = (areaCode: string): Principal => ({
  userId: `u-sup-${areaCode}`, username: `sup${areaCode}`, displayName: '监管', role: 'supervisor', gridIds: [], areaCode,
});
const officer = (gridIds: string[]): Principal => ({
  userId: 'u-officer', username: 'officer', displayName: '网格员', role: 'officer', officerKind: 'grid', gridIds,
});
const enterpriseUser = (enterpriseId: string): Principal => ({
  userId: `u-${enterpriseId}`, username: enterpriseId, displayName: '企业', role: 'enterprise', gridIds: [], enterpriseId,
});

/** An enterprise profile in one grid of one area; the store does not read the fields, only the keys. */
function enterprise(id: string, gridId: string, areaCode: string, name = id) {
  const keys: ScopeKeys = { enterpriseId: id, gridIds: [gridId], areaCode, parentId: null };
  return { id, data: { id, name, updatedAt: '2026-05-01T08:00:00+08:00' }, deleted: false, keys };
}

const writeAll = (store: Store, docs: ReturnType<typeof enterprise>[]) =>
  store.writeTransaction(async (tx: StoreTx) => {
    const stored: StoredDocument[] = [];
    for (const doc of docs) stored.push(await tx.write('enterprises', doc, undefined, meta));
    return stored;
  });

async function pullAll(store: Store, principal: Principal, limit: number): Promise<StoredDocument[]> {
  const seen: StoredDocument[] = [];
  let after = START;
  for (;;) {
    const page = await store.pull('enterprises', principal, after, limit);
    const last = page.documents.at(-1);
    if (!last) return seen;
    seen.push(...page.documents);
    after = { seq: last.seq, id: last.id };
  }
}

const migrationVersions = () =>
  readdirSync(fileURLToPath(new URL('./migrations/', import.meta.url)))
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .map((f) => Number.parseInt(f, 10));

/**
 * What every Store promises, whatever database is behind it (style: two implementations, one
 * contract test). `open` gives a store on a new, empty database, opened as a server start does.
 */
export function storeContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Store contract — ${name}`, () => {
    let opened: OpenedStore;
    let store: Store;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(() => store.close());

    it('applies every migration at the first start, and nothing at the next', async () => {
      const { rows } = await opened.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual([...new Set(migrationVersions())].sort((a, b) => a - b));
      expect(await migrate(opened.db)).toEqual([]);
    });

    it('gives every write the next server sequence, within and across transactions', async () => {
      const [a, b] = await writeAll(store, [enterprise('e1', 'g1', '3205'), enterprise('e2', 'g1', '3205')]);
      const [c] = await writeAll(store, [enterprise('e3', 'g1', '3205')]);
      expect(a && b && c && a.seq < b.seq && b.seq < c.seq).toBe(true);
      expect(await store.lastPosition()).toEqual({ seq: c?.seq, id: 'e3' });
    });

    it('names the sequence the next write will get', async () => {
      const next = await store.writeTransaction((tx) => tx.peekNextSeq());
      const [written] = await writeAll(store, [enterprise('e1', 'g1', '3205')]);
      expect(written?.seq).toBe(next);
      expect(await store.writeTransaction((tx) => tx.peekNextSeq())).toBe(next + 1);
    });

    it('keeps every accepted write in the history: who, which device, before and after', async () => {
      const [first] = await writeAll(store, [enterprise('e1', 'g1', '3205', '旧名')]);
      const renamed = { ...enterprise('e1', 'g1', '3205', '新名'), deleted: true };
      const second = await store.writeTransaction((tx) => tx.write('enterprises', renamed, first, { ...meta, pushedDigest: 'digest-1' }));
      const history = await store.history('enterprises', 'e1');
      expect(history.map((h) => [h.seq, h.actorId, h.deviceId, h.deleted])).toEqual([
        [first?.seq, 'u-officer', 'tablet-1', false],
        [second.seq, 'u-officer', 'tablet-1', true],
      ]);
      expect(history[1]?.after).toEqual(renamed.data);
      expect(await store.writeTransaction((tx) => tx.getDocuments('enterprises', ['e1']))).toEqual(new Map([['e1', second]]));
      expect(await store.writeTransaction((tx) => tx.wasPushedBefore('enterprises', 'e1', 'digest-1'))).toBe(true);
      expect(await store.writeTransaction((tx) => tx.wasPushedBefore('enterprises', 'e1', 'digest-2'))).toBe(false);
    });

    it('rolls back every write of a batch when the batch throws', async () => {
      const before = await store.writeTransaction((tx) => tx.peekNextSeq());
      const failing = store.writeTransaction(async (tx) => {
        await tx.write('enterprises', enterprise('e1', 'g1', '3205'), undefined, meta);
        await tx.write('enterprises', enterprise('e2', 'g1', '3205'), undefined, meta);
        throw new Error('row 3 is invalid');
      });
      await expect(failing).rejects.toThrow('row 3 is invalid');
      expect(await pullAll(store, supervisor('32'), 10)).toEqual([]);
      expect(await store.history('enterprises', 'e1')).toEqual([]);
      expect(await store.lastPosition()).toEqual(START);
      const [after] = await writeAll(store, [enterprise('e3', 'g1', '3205')]);
      expect(after?.seq).toBeGreaterThanOrEqual(before);
    });

    it('lets a write transaction start only when the previous one has committed, in sequence order', async () => {
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      let firstWrote = () => {};
      const wrote = new Promise<void>((resolve) => (firstWrote = resolve));
      const first = store.writeTransaction(async (tx) => {
        const doc = await tx.write('enterprises', enterprise('e1', 'g1', '3205'), undefined, meta);
        firstWrote();
        await gate;
        return doc;
      });
      await wrote;
      let secondDone = false;
      const second = writeAll(store, [enterprise('e2', 'g1', '3205')]).finally(() => (secondDone = true));
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(secondDone).toBe(false);
      release();
      const [a, [b]] = await Promise.all([first, second]);
      expect(b?.seq).toBeGreaterThan(a.seq);
    });

    it('pulls only documents in the principal’s scope', async () => {
      await writeAll(store, [
        enterprise('e1', 'g1', '320582100'), enterprise('e2', 'g2', '320582100'), enterprise('e3', 'g3', '320582101'),
      ]);
      const ids = async (p: Principal) => (await pullAll(store, p, 100)).map((d) => d.id);
      expect(await ids(officer(['g1']))).toEqual(['e1']);
      expect(await ids(officer(['g2', 'g3']))).toEqual(['e2', 'e3']);
      expect(await ids(supervisor('320582100'))).toEqual(['e1', 'e2']);
      expect(await ids(supervisor('3205'))).toEqual(['e1', 'e2', 'e3']);
      expect(await ids(enterpriseUser('e3'))).toEqual(['e3']);
    });

    it('pages by (sequence, id) without repeating or skipping, and has nothing after the last page', async () => {
      const written = await writeAll(store, Array.from({ length: 11 }, (_, i) => enterprise(`e${i}`, 'g1', '3205')));
      await writeAll(store, [enterprise('e4', 'g1', '3205', 'edited')]);
      const expected = [...written.filter((d) => d.id !== 'e4').map((d) => d.id), 'e4'];
      for (const limit of [1, 3, 100]) expect((await pullAll(store, officer(['g1']), limit)).map((d) => d.id)).toEqual(expected);
      const last = await store.lastPosition();
      expect((await store.pull('enterprises', officer(['g1']), last, 10)).documents).toEqual([]);
    });

    it('finds users by name and id, and an upsert replaces the record', async () => {
      const p = supervisor('320582');
      await store.upsertUser({ principal: p, passwordHash: 'hash-1' });
      expect(await store.findUserByUsername(p.username)).toEqual({ principal: p, passwordHash: 'hash-1' });
      await store.upsertUser({ principal: { ...p, displayName: '改名' }, passwordHash: 'hash-2' });
      expect(await store.findUserById(p.userId)).toEqual({ principal: { ...p, displayName: '改名' }, passwordHash: 'hash-2' });
      expect(await store.findUserByUsername('nobody')).toBeUndefined();
      expect(await store.findUserById('u-nobody')).toBeUndefined();
    });

    it('keeps settings', async () => {
      expect(await store.getSetting('jwt_secret')).toBeUndefined();
      await store.setSetting('jwt_secret', 'one');
      await store.setSetting('jwt_secret', 'two');
      expect(await store.getSetting('jwt_secret')).toBe('two');
    });
  });
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Principal } from '@anxun/shared-schema';
import type { OpenedStore } from './openStore';
import type { ScopeKeys, Store } from './Store';

const meta = { actorId: 'u-sup', deviceId: 'server' };
const person = (userId: string, role: Principal['role'], extra: Partial<Principal> = {}): Principal => ({
  userId, username: userId, displayName: userId, role, gridIds: [], ...extra,
});

/** A task assigned to `assignees` in `areaCode`; the store reads only the keys. */
const task = (id: string, assignees: string[], areaCode = '320582100001') => {
  const keys: ScopeKeys = { enterpriseId: null, gridIds: null, areaCode, parentId: null, userIds: assignees };
  return { id, data: { id, updatedAt: '2026-05-01T08:00:00+08:00' }, deleted: false, keys };
};

const ids = async (store: Store, principal: Principal) => (await store.pull('tasks', principal, { seq: 0, id: '' }, 100)).documents.map((d) => d.id).sort();

/**
 * Work assigned to named officers (scope kind `assigned`, the user_ids key of migration 007), on
 * every store: the assignees and the area's supervisors pull it, nobody else, and a reassignment
 * moves it. And the officer list the 双随机 pool is drawn from.
 */
export function assignedScopeContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Assigned documents and officers — ${name}`, () => {
    let opened: OpenedStore;
    beforeEach(async () => {
      opened = await open();
    });
    afterEach(() => opened.store.close());

    it('lets only the assignees and supervisors of the area pull an assigned document', async () => {
      const { store } = opened;
      await store.writeTransaction(async (tx) => {
        await tx.write('tasks', task('t1', ['u-a', 'u-b']), undefined, meta);
        await tx.write('tasks', task('t2', ['u-b', 'u-c'], '320582101001'), undefined, meta);
      });
      expect(await ids(store, person('u-a', 'officer', { officerKind: 'enforcement' }))).toEqual(['t1']);
      expect(await ids(store, person('u-b', 'officer'))).toEqual(['t1', 't2']);
      expect(await ids(store, person('u-x', 'officer', { gridIds: ['g1'] }))).toEqual([]);
      expect(await ids(store, person('u-sup', 'supervisor', { areaCode: '320582100' }))).toEqual(['t1']);
      expect(await ids(store, person('u-city', 'supervisor', { areaCode: '320582' }))).toEqual(['t1', 't2']);
      expect(await ids(store, person('u-ent', 'enterprise', { enterpriseId: 'e1' }))).toEqual([]);
    });

    it('moves a reassigned document to its new assignees', async () => {
      const { store } = opened;
      await store.writeTransaction((tx) => tx.write('tasks', task('t1', ['u-a', 'u-b']), undefined, meta));
      await store.writeTransaction(async (tx) => {
        const before = (await tx.getDocuments('tasks', ['t1'])).get('t1');
        await tx.write('tasks', task('t1', ['u-b', 'u-c']), before, meta);
      });
      expect(await ids(store, person('u-a', 'officer'))).toEqual([]);
      expect(await ids(store, person('u-c', 'officer'))).toEqual(['t1']);
    });

    it('lists every officer with the grids that name them, ordered by id', async () => {
      const { store } = opened;
      for (const p of [person('u-b', 'officer', { officerKind: 'enforcement', areaCode: '320582100' }), person('u-a', 'officer', { officerKind: 'grid' }), person('u-s', 'supervisor', { areaCode: '320582' })]) {
        await store.upsertUser({ principal: p, passwordHash: 'x' });
      }
      await store.writeTransaction((tx) => tx.write('grids', {
        id: 'g1', data: { id: 'g1', officerIds: ['u-a'], updatedAt: '2026-05-01T08:00:00+08:00' }, deleted: false,
        keys: { enterpriseId: null, gridIds: ['g1'], areaCode: '320582100', parentId: null },
      }, undefined, meta));
      const officers = await store.listOfficers();
      expect(officers.map((o) => [o.userId, o.gridIds, o.areaCode ?? null])).toEqual([['u-a', ['g1'], null], ['u-b', [], '320582100']]);
    });
  });
}

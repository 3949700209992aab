import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, type ChangeNotice, type CollectionName, type Principal } from '@anxun/shared-schema';
import type { OpenedStore } from '../store/openStore';
import type { StoredDocument } from '../store/Store';
import { demoTownWithNotices } from '../testing/demoTownNotices';
import { changeConcerns, principalMayChange } from './changeScope';
import { documentKeys } from './scopeKeys';

let opened: OpenedStore;
let users: Principal[];
let notices: ChangeNotice[];
const meta = { actorId: 'u-sup-city', deviceId: 'test' };

beforeAll(async () => {
  ({ opened, users, notices } = await demoTownWithNotices());
}, 60_000);
afterAll(() => opened.store.close());

/** Stores `doc` again as it is (or as `edit` makes it) and returns the notice of that commit. */
async function rewrite(collection: CollectionName, doc: StoredDocument, edit: (data: StoredDocument['data']) => StoredDocument['data'] = (d) => d): Promise<ChangeNotice> {
  notices.length = 0;
  await opened.store.writeTransaction(async (tx) => {
    const data = edit(doc.data);
    await tx.write(collection, { id: doc.id, data, deleted: doc.deleted, keys: await documentKeys(tx, collection, data) }, doc, meta);
  });
  expect(notices).toHaveLength(1);
  return notices[0] as ChangeNotice;
}

/** Every (user, collection) whose pull returns a document of the commit must be woken by its notice. */
async function expectWakesEveryReader(notice: ChangeNotice, after: { seq: number; id: string }): Promise<string[]> {
  const overWoken: string[] = [];
  for (const { collection, keys } of notice.documents) {
    for (const user of users) {
      const pulled = await opened.store.pull(collection, user, after, 1000);
      const wakes = changeConcerns(user, collection, keys);
      if (pulled.documents.length > 0) expect({ user: user.username, collection, wakes }).toEqual({ user: user.username, collection, wakes: true });
      if (wakes && pulled.documents.length === 0) overWoken.push(`${user.role} ${collection}`);
    }
  }
  return overWoken;
}

describe('the scope keys a commit announces', () => {
  it('wake every user whose pull returns a document of the commit, and nobody else, in every collection of the demo town', async () => {
    const overWoken = new Set<string>();
    for (const collection of COLLECTION_NAMES) {
      const { rows } = await opened.db.query<{ id: string }>('SELECT id FROM documents WHERE collection = $1 ORDER BY seq LIMIT 6', [collection]);
      for (const { id } of rows) {
        const doc = await opened.store.writeTransaction(async (tx) => (await tx.getDocuments(collection, [id])).get(id));
        if (!doc) continue;
        const after = await opened.store.lastPosition();
        for (const pair of await expectWakesEveryReader(await rewrite(collection, doc), after)) overWoken.add(pair);
      }
    }
    // And nobody else: the one wake-up for nothing is an enterprise user's for any grid (the
    // principal does not name the enterprise's grids; grids change rarely).
    expect([...overWoken]).toEqual(['enterprise grids']);
  });

  it('wake the officers of an enterprise’s new grid for the documents that follow it there', async () => {
    const enterprise = await opened.store.writeTransaction(async (tx) => (await tx.getDocuments('enterprises', ['ent-002'])).get('ent-002'));
    if (!enterprise) throw new Error('demo enterprise missing');
    const after = await opened.store.lastPosition();
    const notice = await rewrite('enterprises', enterprise, (d) => ({ ...d, gridIds: ['grid-ys-02'] }));
    expect(notice.documents.map((d) => d.collection)).toContain('hazards');
    await expectWakesEveryReader(notice, after);
  });

  it('name the officers a grid change concerns, before and after it, so their scope is read again', async () => {
    const grid = await opened.store.writeTransaction(async (tx) => (await tx.getDocuments('grids', ['grid-ys-03'])).get('grid-ys-03'));
    if (!grid) throw new Error('demo grid missing');
    const notice = await rewrite('grids', grid, (d) => ({ ...d, officerIds: ['u-officer-2'] }));
    const concerned = users.filter((u) => principalMayChange(u, notice)).map((u) => u.username);
    // wangge held the grid (taken off it), wangge2 is newly named; nobody else.
    expect(concerned.sort()).toEqual(['wangge', 'wangge2']);
  });
});

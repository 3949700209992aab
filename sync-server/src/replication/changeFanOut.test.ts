import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, type ChangeNotice, type CollectionName, type Principal } from '@anxun/shared-schema';
import type { OpenedStore } from '../store/openStore';
import type { StoredDocument } from '../store/Store';
import { demoTownWithNotices } from '../testing/demoTownNotices';
import { documentsFor, sharedChanges } from './changeFanOut';
import { toWire } from './documents';
import { caseFor } from '../testing/caseFixtures';
import { documentKeys } from './scopeKeys';

let opened: OpenedStore;
let users: Principal[];
let notices: ChangeNotice[];
const meta = { actorId: 'u-sup-city', deviceId: 'test' };

beforeAll(async () => {
  ({ opened, users, notices } = await demoTownWithNotices());
}, 60_000);
afterAll(() => opened.store.close());

const read = (collection: CollectionName, ids: string[]) => opened.store.writeTransaction(async (tx) => [...(await tx.getDocuments(collection, ids)).values()]);

/** Stores these documents again (as `edit` makes them) in one transaction; returns its notice. */
async function rewrite(docs: StoredDocument[], edit: (doc: StoredDocument) => StoredDocument['data'] = (d) => d.data): Promise<ChangeNotice> {
  notices.length = 0;
  await opened.store.writeTransaction(async (tx) => {
    for (const doc of docs) {
      const data = edit(doc);
      await tx.write(doc.collection, { id: doc.id, data, deleted: doc.deleted, keys: await documentKeys(tx, doc.collection, data) }, doc, meta);
    }
  });
  expect(notices).toHaveLength(1);
  return notices[0] as ChangeNotice;
}

/**
 * For every demo user and every collection of the notice: what the stream takes from the shared
 * read equals, document for document and byte for byte, what the user's pull from `after` returns.
 * Returns the (role, collection) pairs the rows alone could not decide (those streams pull).
 */
async function expectSharedEqualsPull(notice: ChangeNotice, after: { seq: number; id: string }): Promise<Set<string>> {
  expect(notice.span).toBeDefined();
  const shared = await sharedChanges(opened.store, notice);
  if (!shared) throw new Error('the span was not read');
  const undecided = new Set<string>();
  for (const { collection } of notice.documents) {
    for (const user of users) {
      const pulled = (await opened.store.pull(collection, user, after, 1000)).documents.map((d) => JSON.stringify(toWire(d)));
      const mine = documentsFor(user, collection, shared.get(collection) ?? [], { ...after, scope: '' });
      if (mine === undefined) undecided.add(`${user.role} ${collection}`);
      else expect({ user: user.username, collection, documents: mine.map((d) => d.json) }).toEqual({ user: user.username, collection, documents: pulled });
    }
  }
  return undecided;
}

describe('the documents a change stream takes from the shared read', () => {
  it('are exactly what each user’s pull returns, for every demo user, after writes of every collection', async () => {
    const undecided = new Set<string>();
    let returned = 0;
    for (const collection of COLLECTION_NAMES) {
      const { rows } = await opened.db.query<{ id: string }>('SELECT id FROM documents WHERE collection = $1 ORDER BY seq LIMIT 6', [collection]);
      const docs = await read(collection, rows.map((r) => r.id));
      if (docs.length === 0) continue;
      const after = await opened.store.lastPosition();
      for (const pair of await expectSharedEqualsPull(await rewrite(docs), after)) undecided.add(pair);
      returned += docs.length;
    }
    expect(returned).toBeGreaterThan(30);
    // Only an enterprise's grids: its principal does not name them, so its stream pulls them.
    expect([...undecided]).toEqual(['enterprise grids']);
  });

  it('are what each pull returns after one transaction that wrote several collections', async () => {
    const docs = (await Promise.all(COLLECTION_NAMES.map(async (collection) => {
      const { rows } = await opened.db.query<{ id: string }>('SELECT id FROM documents WHERE collection = $1 ORDER BY seq DESC LIMIT 2', [collection]);
      return read(collection, rows.map((r) => r.id));
    }))).flat();
    const after = await opened.store.lastPosition();
    await expectSharedEqualsPull(await rewrite(docs), after);
  });

  it('follow an enterprise to its new grid: what hangs off it reaches that grid’s officers and leaves the old one’s', async () => {
    const [enterprise] = await read('enterprises', ['ent-002']);
    if (!enterprise) throw new Error('demo enterprise missing');
    const after = await opened.store.lastPosition();
    const notice = await rewrite([enterprise], (d) => ({ ...d.data, gridIds: ['grid-ys-02'] }));
    expect(notice.documents.map((d) => d.collection)).toContain('hazards');
    await expectSharedEqualsPull(notice, after);
  });

  it('keep case files and refusal records exactly where each pull keeps them', async () => {
    const supervisor = users.find((u) => u.userId === 'u-sup-1') as Principal;
    const { rows } = await opened.db.query<{ id: string }>(
      `SELECT id FROM documents WHERE collection = 'enterprises' AND NOT area_code LIKE $1 || '%' ORDER BY id LIMIT 1`, [supervisor.areaCode]);
    const elsewhere = rows[0]?.id;
    if (!elsewhere) throw new Error('no enterprise outside the town supervisor’s area');
    const served = '2026-06-02T09:00:00+08:00';
    const written: [CollectionName, StoredDocument['data'], string[]?][] = [
      ['cases', { ...caseFor('ent-001', 'case-fan-1') }],
      ['cases', { ...caseFor('ent-001', 'case-fan-2'), servedAt: served }],
      ['writs', { id: 'writ-fan-1', enterpriseId: 'ent-001', caseId: 'case-fan-1', kind: 'rectification' }],
      ['writs', { id: 'writ-fan-2', enterpriseId: 'ent-001', caseId: 'case-fan-2', kind: 'rectification', servedAt: served }],
      ['writs', { id: 'writ-fan-3', enterpriseId: 'ent-001', kind: 'rectification' }],
      ['conflicts', { id: 'conflict-fan-1', enterpriseId: 'ent-001', caseRecord: true }],
      // Refusal records placed with their author: a town supervisor's outside the town, an officer's outside their grid.
      ['conflicts', { id: 'conflict-fan-2', enterpriseId: elsewhere }, ['u-sup-1']],
      ['conflicts', { id: 'conflict-fan-3', enterpriseId: 'ent-001' }, ['u-officer-2']],
    ];
    const after = await opened.store.lastPosition();
    notices.length = 0;
    await opened.store.writeTransaction(async (tx) => {
      for (const [collection, data, authors] of written) {
        const keys = await documentKeys(tx, collection, data);
        await tx.write(collection, { id: data.id, data, deleted: false, keys: authors ? { ...keys, userIds: authors } : keys }, undefined, meta);
      }
    });
    expect(notices).toHaveLength(1);
    await expectSharedEqualsPull(notices[0] as ChangeNotice, after);
  });
});

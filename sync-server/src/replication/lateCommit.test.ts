import { afterAll, expect, it } from 'vitest';
import type { Principal } from '@anxun/shared-schema';
import { migrate } from '../store/migrate';
import { openPostgres } from '../store/postgresClient';
import { createSqlStore } from '../store/sqlStore';
import type { SqlClient } from '../store/sqlClient';
import type { Store, StoredDocument } from '../store/Store';
import { withoutWriteLock } from '../testing/locklessClient';
import { describePostgres, useThrowawayPostgres } from '../testing/postgresForTests';
import { auditPuller, type PullAudit, type Version } from '../testing/pullAudit';

const START = { seq: 0, id: '' };
const city: Principal = { userId: 'u-sup', username: 'sup', displayName: '市监管', role: 'supervisor', gridIds: [], areaCode: '3205' };
const meta = { actorId: 'u-officer', deviceId: 'tablet' };
const enterprise = (id: string) => ({
  id, data: { id, name: id, updatedAt: '2026-05-01T08:00:00+08:00' }, deleted: false,
  keys: { enterpriseId: id, gridIds: ['g1'], areaCode: '320582100', parentId: null },
});
const version = (d: StoredDocument): Version => ({ id: d.id, seq: d.seq });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Writer 1 takes sequence n and stalls before committing; writer 2 asks for the next sequence
 * meanwhile; a puller pulls while writer 1 stalls and again after both are done.
 */
async function lateCommitScenario(store: Store): Promise<PullAudit & { received: Version[] }> {
  let release = () => {};
  const stalled = new Promise<void>((resolve) => (release = resolve));
  let wrote = () => {};
  const lateHasSeq = new Promise<void>((resolve) => (wrote = resolve));
  const late = store.writeTransaction(async (tx) => {
    const doc = await tx.write('enterprises', enterprise('late'), undefined, meta);
    wrote();
    await stalled;
    return doc;
  });
  await lateHasSeq;
  const early = store.writeTransaction((tx) => tx.write('enterprises', enterprise('early'), undefined, meta));
  await Promise.race([early, sleep(300)]); // without the lock it commits now; with it, it waits for `late`

  const received: Version[] = [];
  let after = START;
  const pull = async () => {
    const page = await store.pull('enterprises', city, after, 100);
    received.push(...page.documents.map(version));
    const last = page.documents.at(-1);
    if (last) after = { seq: last.seq, id: last.id };
  };
  await pull();
  release();
  await Promise.all([late, early]);
  await pull();
  const final = (await store.pull('enterprises', city, START, 100)).documents.map(version);
  return { ...auditPuller(final, received), received };
}

describePostgres('a change that commits late with a lower sequence', () => {
  const postgres = useThrowawayPostgres();
  const clients: SqlClient[] = [];
  afterAll(() => Promise.all(clients.map((c) => c.close())));

  async function freshStore(options: { writeLock: boolean }): Promise<Store> {
    const db = await openPostgres(await postgres().newDatabase());
    clients.push(db);
    await migrate(db);
    return createSqlStore(options.writeLock ? db : withoutWriteLock(db));
  }

  it('cannot happen with the write lock: the second writer waits, and the puller receives both', async () => {
    const audit = await lateCommitScenario(await freshStore({ writeLock: true }));
    expect(audit.missed).toEqual([]);
    expect(audit.outOfOrder).toEqual([]);
    expect(audit.received.map((v) => v.id)).toEqual(['late', 'early']);
  });

  it('is caught by the pull audit when the write lock is taken away', async () => {
    const audit = await lateCommitScenario(await freshStore({ writeLock: false }));
    // The puller saw `early`, moved its checkpoint past `late`'s lower sequence, and never saw `late`.
    expect(audit.received.map((v) => v.id)).toEqual(['early']);
    expect(audit.missed.map((v) => v.id)).toEqual(['late']);
    console.info(`lock removed: the audit caught a skipped change (late seq ${audit.missed[0]?.seq} < early seq ${audit.received[0]?.seq})`);
  });
});

import { beforeEach, expect, it } from 'vitest';
import { ConflictRecord, type CollectionName } from '@anxun/shared-schema';
import { scopeKeysFor } from '../replication/scopeKeys';
import { hazardFor } from '../testing/fixtures';
import { pushRows } from '../testing/replicationClient';
import type { TestServer } from '../testing/testServer';
import { onEachStore } from './eachStore';

/** Hole 6: a supervisor's resolution is never a way around the write check. */
onEachStore('resolving conflicts', (server: () => TestServer) => {
  let officer = '';
  let enterprise = '';
  let supervisor = '';
  beforeEach(async () => {
    if (supervisor) return;
    officer = (await server().login('wangge')).accessToken;
    enterprise = (await server().login('qiye')).accessToken;
    supervisor = (await server().login('jianguan')).accessToken;
  });

  const stored = async (collection: CollectionName, id: string) =>
    server().store.writeTransaction(async (tx) => (await tx.getDocuments(collection, [id])).get(id));
  const resolve = (id: string, applyOther: boolean) => server().post(`/api/conflicts/${encodeURIComponent(id)}/resolve`, { applyOther }, supervisor);

  async function officerHazard(id: string, enterpriseId = 'ent-002') {
    const hazard = { ...hazardFor(enterpriseId, id, 'gridPatrol', 'u-officer-1'), _deleted: false };
    expect((await pushRows(server(), 'hazards', officer, [{ assumedMasterState: null, newDocumentState: hazard }])).refused).toEqual([]);
    return hazard;
  }

  /** A merge record as the server logs one: `other` is the value the merge overrode. */
  async function mergeRecord(collection: CollectionName, documentId: string, field: string, kept: unknown, other: unknown): Promise<string> {
    const id = `cf-test-${documentId}-${field}`;
    const now = new Date().toISOString();
    const record: ConflictRecord = {
      id, updatedAt: now, kind: 'merge', collection, documentId, field, pathJson: JSON.stringify([field]),
      baseJson: JSON.stringify(kept), serverJson: JSON.stringify(other), pushedJson: JSON.stringify(kept), keptJson: JSON.stringify(kept),
      serverAuthor: 'u-officer-1', serverDevice: 'a', pushAuthor: 'u-officer-1', pushDevice: 'b', detectedAt: now, status: 'open',
    };
    await server().store.writeTransaction(async (tx) => {
      const target = (await tx.getDocuments(collection, [documentId])).get(documentId);
      if (!target) throw new Error(`no ${documentId}`);
      const e = collection === 'enterprises' ? documentId : String(target.data['enterpriseId']);
      const keys = scopeKeysFor(collection, target.data, (await tx.getEnterpriseScopes([e])).get(e));
      await tx.write('conflicts', { id, data: record, deleted: false, keys }, undefined, { actorId: 'u-officer-1', deviceId: 'b' });
    });
    return id;
  }

  it('never applies a refused write: applyOther answers refusal_not_applicable and changes nothing', async () => {
    const hazard = await officerHazard('hz-refused-apply');
    // qiye, from a modified client, rewrites an officer's hazard of another enterprise as her own.
    const forged = { ...hazard, enterpriseId: 'ent-001', title: '已整改完毕', source: 'enterpriseSelfCheck', foundBy: 'u-ent-1' };
    expect((await pushRows(server(), 'hazards', enterprise, [{ assumedMasterState: null, newDocumentState: forged }])).refused).toHaveLength(1);
    const list = (await (await server().app.request('/api/conflicts', { headers: { authorization: `Bearer ${supervisor}` } })).json()) as ConflictRecord[];
    const refusal = list.find((c) => c.kind === 'refused' && c.documentId === hazard.id);
    if (!refusal) throw new Error('the refusal was not logged for the town');
    const before = await stored('hazards', hazard.id);

    const applied = await resolve(refusal.id, true);
    expect(applied.status).toBe(409);
    expect(await applied.json()).toMatchObject({ code: 'refusal_not_applicable' });
    expect(await stored('hazards', hazard.id)).toEqual(before);
    expect(ConflictRecord.parse((await stored('conflicts', refusal.id))?.data)).toMatchObject({ status: 'open' });

    const acknowledged = await resolve(refusal.id, false);
    expect(acknowledged.status).toBe(200);
    expect(await acknowledged.json()).toMatchObject({ status: 'resolved', resolution: 'keptMerged', resolvedBy: 'u-sup-1' });
    expect(await stored('hazards', hazard.id)).toEqual(before);
  });

  it('refuses an other value that moves a hazard to another enterprise, in or outside the area', async () => {
    const hazard = await officerHazard('hz-merge-move', 'ent-001');
    for (const [field, other] of [['enterpriseId', 'ent-065'], ['enterpriseId', 'ent-002']] as const) {
      const id = await mergeRecord('hazards', hazard.id, field, 'ent-001', other);
      const before = await stored('hazards', hazard.id);
      const response = await resolve(id, true);
      expect(response.status, `${field} → ${other}`).toBe(403);
      expect(await response.json()).toMatchObject({ code: 'resolution_not_allowed' });
      expect(await stored('hazards', hazard.id)).toEqual(before);
    }
  });

  it('refuses an other value that moves an enterprise out of the supervisor\'s area', async () => {
    const before = await stored('enterprises', 'ent-010');
    const id = await mergeRecord('enterprises', 'ent-010', 'areaCode', before?.data['areaCode'], '320582101001');
    const response = await resolve(id, true);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'resolution_not_allowed' });
    expect(await stored('enterprises', 'ent-010')).toEqual(before);
  });

  it('still applies a legitimate other value, as the supervisor\'s own write', async () => {
    const hazard = await officerHazard('hz-merge-title', 'ent-001');
    const id = await mergeRecord('hazards', hazard.id, 'title', hazard.title, '配电箱门未上锁且无警示标识');
    const response = await resolve(id, true);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'resolved', resolution: 'appliedOther' });
    expect((await stored('hazards', hazard.id))?.data['title']).toBe('配电箱门未上锁且无警示标识');
    expect((await server().store.history('hazards', hazard.id)).at(-1)?.actorId).toBe('u-sup-1');
  });
});

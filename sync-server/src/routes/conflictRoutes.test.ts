import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConflictRecord, PullResponse, type WireDocument } from '@anxun/shared-schema';
import { FIXTURE_PHOTO } from '../testing/fixtures';
import { createTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
let officer: string;
let supervisor: string;
beforeAll(async () => {
  server = await createTestServer();
  officer = (await server.login('wangge')).accessToken;
  supervisor = (await server.login('jianguan')).accessToken;
});
afterAll(() => server.close());

const get = (path: string, token: string) => server.app.request(path, { headers: { authorization: `Bearer ${token}` } });

async function enterprise(id: string): Promise<WireDocument> {
  const page = PullResponse.parse(await (await server.post('/api/replication/enterprises/pull', { checkpoint: null, limit: 500 }, officer)).json());
  const doc = page.documents.find((d) => d.id === id);
  if (!doc) throw new Error(`no ${id}`);
  return doc;
}

/** Two tablets change the same field from the same base: the later push wins, the other is logged. */
async function makeConflict(id: string): Promise<ConflictRecord> {
  const base = await enterprise(id);
  await server.post('/api/replication/enterprises/push', [{ assumedMasterState: base, newDocumentState: { ...base, siteAddress: '东城社区港城大道1号' } }], officer);
  await server.post('/api/replication/enterprises/push', [{ assumedMasterState: base, newDocumentState: { ...base, siteAddress: '东城社区港城大道2号' } }], officer);
  const list = (await (await get('/api/conflicts', supervisor)).json()) as ConflictRecord[];
  const record = list.find((c) => c.documentId === id && c.field === 'siteAddress');
  if (!record) throw new Error('no conflict logged');
  return record;
}

describe('conflict review', () => {
  it('lists the conflicts of the supervisor area, with both values and both authors', async () => {
    const record = await makeConflict('ent-003');
    expect(record).toMatchObject({
      status: 'open', serverJson: '"东城社区港城大道1号"', pushedJson: '"东城社区港城大道2号"', keptJson: '"东城社区港城大道2号"',
      serverAuthor: 'u-officer-1', pushAuthor: 'u-officer-1',
    });
  });

  it('applies the overridden value when the supervisor chooses it, and records who resolved it', async () => {
    const record = await makeConflict('ent-004');
    const response = await server.post(`/api/conflicts/${record.id}/resolve`, { applyOther: true, note: '以第一次核实为准' }, supervisor);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'resolved', resolution: 'appliedOther', resolvedBy: 'u-sup-1' });
    expect((await enterprise('ent-004'))['siteAddress']).toBe('东城社区港城大道1号');
    const history = await server.store.history('enterprises', 'ent-004');
    expect(history.at(-1)?.actorId).toBe('u-sup-1');
  });

  it('keeps the merged value when asked, and a second resolve changes nothing', async () => {
    const record = await makeConflict('ent-005');
    await server.post(`/api/conflicts/${record.id}/resolve`, { applyOther: false }, supervisor);
    const again = await server.post(`/api/conflicts/${record.id}/resolve`, { applyOther: true }, supervisor);
    expect(await again.json()).toMatchObject({ resolution: 'keptMerged' });
    expect((await enterprise('ent-005'))['siteAddress']).toBe('东城社区港城大道2号');
    const open = (await (await get('/api/conflicts?status=open', supervisor)).json()) as ConflictRecord[];
    expect(open.some((c) => c.id === record.id)).toBe(false);
  });

  it('logs a deletion that lost to an edit made meanwhile, even when the merge stores nothing, once per push', async () => {
    const at = (minute: number) => `2026-11-30T02:${String(minute).padStart(2, '0')}:00.000Z`;
    const hazard = {
      id: 'hz-delete-vs-edit', no: 'YH-DELETE-VS-EDIT', enterpriseId: 'ent-001', title: '消防通道堆放杂物', description: '原描述', location: '一号仓库',
      category: 'siteManagement', proposedLevel: 'general', basis: '', source: 'gridPatrol', foundBy: 'u-officer-1', foundAt: at(0),
      photosBefore: [FIXTURE_PHOTO], requiredMeasures: '', updatedAt: at(0), _deleted: false,
    };
    await server.post('/api/replication/hazards/push', [{ newDocumentState: hazard }], officer);
    // Tablet B edits the description; tablet A, whose clock is behind, deletes the version it saw.
    await server.post('/api/replication/hazards/push', [{ assumedMasterState: hazard, newDocumentState: { ...hazard, description: '已补充描述', updatedAt: at(30) } }], officer);
    const deletion = [{ assumedMasterState: hazard, newDocumentState: { ...hazard, updatedAt: at(10), _deleted: true } }];
    await server.post('/api/replication/hazards/push', deletion, officer);
    await server.post('/api/replication/hazards/push', deletion, officer); // the answer was lost: delivered again
    const page = PullResponse.parse(await (await server.post('/api/replication/hazards/pull', { checkpoint: null, limit: 500 }, officer)).json());
    expect(page.documents.find((d) => d.id === hazard.id)).toMatchObject({ _deleted: false, description: '已补充描述' });
    const list = (await (await get('/api/conflicts', supervisor)).json()) as ConflictRecord[];
    const logged = list.filter((c) => c.documentId === hazard.id);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ field: '_deleted', pushedJson: 'true', keptJson: 'false', pushAuthor: 'u-officer-1' });
  });

  it('reaches the officer device through replication, and is closed to officers as a review list', async () => {
    await makeConflict('ent-006');
    const page = PullResponse.parse(await (await server.post('/api/replication/conflicts/pull', { checkpoint: null, limit: 500 }, officer)).json());
    expect(page.documents.some((d) => d['documentId'] === 'ent-006')).toBe(true);
    expect((await get('/api/conflicts', officer)).status).toBe(403);
  });

  it('refuses pushes into the conflict log: only the server writes it', async () => {
    const response = await server.post('/api/replication/conflicts/push', [{ assumedMasterState: null, newDocumentState: {
      id: 'cf-fake', updatedAt: '2026-03-01T00:00:00Z', kind: 'merge', collection: 'enterprises', documentId: 'ent-001', field: 'x', pathJson: '["x"]',
      baseJson: '1', serverJson: '1', pushedJson: '1', keptJson: '1', serverAuthor: 'a', serverDevice: 'b', pushAuthor: 'c', pushDevice: 'd',
      detectedAt: '2026-03-01T00:00:00Z', status: 'open', _deleted: false,
    } }], officer);
    expect(decodeURIComponent(response.headers.get('x-anxun-refused') ?? '')).toContain('cf-fake');
  });
});

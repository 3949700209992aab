import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Patrol, WireDocument } from '@anxun/shared-schema';
import { pullAll, pushRows } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const patrol = (id: string, officerId: string, points: Patrol['points'] = []): Patrol => ({
  id, officerId, areaCode: '320582100', gridIds: ['grid-ys-01'], startedAt: '2026-03-01T00:30:00Z', points, checkIns: [], updatedAt: '2026-03-01T00:30:00Z',
});
const fix = (minute: number) => ({ t: `2026-03-01T01:${String(minute).padStart(2, '0')}:00Z`, lat: 31.87, lon: 120.54 + minute / 1000, acc: 10 });
const wire = (p: Patrol) => ({ ...p, _deleted: false }) as WireDocument;

describe('patrol tracks', () => {
  it('are visible to their officer and to supervisors of the area, and to nobody else', async () => {
    const officer = (await server.login('wangge')).accessToken;
    expect((await pushRows(server, 'patrols', officer, [{ assumedMasterState: null, newDocumentState: wire(patrol('pt-1', 'u-officer-1', [fix(1)])) }])).refused).toEqual([]);
    const ids = async (user: string) => (await pullAll(server, 'patrols', (await server.login(user)).accessToken)).documents.map((d) => d.id);
    expect(await ids('wangge')).toEqual(['pt-1']);
    expect(await ids('jianguan')).toEqual(['pt-1']);
    expect(await ids('wangge2')).toEqual([]);
    expect(await ids('qiye')).toEqual([]);
  });

  it('cannot be recorded in another officer’s name', async () => {
    const officer = (await server.login('wangge')).accessToken;
    const result = await pushRows(server, 'patrols', officer, [{ assumedMasterState: null, newDocumentState: wire(patrol('pt-2', 'u-officer-2')) }]);
    expect(result.refused.map((r) => r.id)).toEqual(['pt-2']);
  });

  it('keeps every fix when two tabs append to the same track', async () => {
    const officer = (await server.login('wangge')).accessToken;
    const base = patrol('pt-3', 'u-officer-1', [fix(1)]);
    await pushRows(server, 'patrols', officer, [{ assumedMasterState: null, newDocumentState: wire(base) }]);
    const stored = (await pullAll(server, 'patrols', officer)).documents.find((d) => d.id === 'pt-3') as WireDocument;
    await pushRows(server, 'patrols', officer, [{ assumedMasterState: stored, newDocumentState: wire({ ...base, points: [fix(1), fix(2)] }) }]);
    await pushRows(server, 'patrols', officer, [{ assumedMasterState: stored, newDocumentState: wire({ ...base, points: [fix(1), fix(3)] }) }]);
    const merged = (await pullAll(server, 'patrols', officer)).documents.find((d) => d.id === 'pt-3') as unknown as Patrol;
    expect(merged.points.map((p) => p.t).sort()).toEqual([fix(1).t, fix(2).t, fix(3).t]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireDocument } from '@anxun/shared-schema';
import { pullAll, pushRows } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

describe('when a user’s scope grows', () => {
  it('delivers the old documents of a grid newly assigned to an officer, through the same checkpoint', async () => {
    const officer = (await server.login('wangge')).accessToken;
    const supervisor = (await server.login('jianguan')).accessToken;
    const before = await pullAll(server, 'enterprises', officer);
    const hazardsBefore = await pullAll(server, 'hazards', officer);
    expect(before.documents.some((d) => (d['gridIds'] as string[]).includes('grid-ys-02'))).toBe(false);

    const grid = (await pullAll(server, 'grids', supervisor)).documents.find((g) => g.id === 'grid-ys-02') as WireDocument;
    const assigned = { ...grid, officerIds: [...(grid['officerIds'] as string[]), 'u-officer-1'], updatedAt: new Date().toISOString() };
    expect((await pushRows(server, 'grids', supervisor, [{ assumedMasterState: grid, newDocumentState: assigned }])).refused).toEqual([]);

    const after = await pullAll(server, 'enterprises', officer, before.checkpoint);
    expect(after.documents.filter((d) => (d['gridIds'] as string[]).includes('grid-ys-02'))).toHaveLength(25);
    const hazards = await pullAll(server, 'hazards', officer, hazardsBefore.checkpoint);
    expect(hazards.documents.some((h) => h['enterpriseId'] === 'ent-027')).toBe(true);
  });

  it('delivers the hazards of an enterprise moved into the officer’s grid', async () => {
    const officer3 = (await server.login('wangge3')).accessToken;
    const supervisor = (await server.login('shijianguan')).accessToken;
    const hazardsBefore = await pullAll(server, 'hazards', officer3);
    expect(hazardsBefore.documents.some((h) => h['enterpriseId'] === 'ent-001')).toBe(false);
    const enterprise = (await pullAll(server, 'enterprises', supervisor)).documents.find((e) => e.id === 'ent-001') as WireDocument;
    // A grid of another town moves the enterprise's area with it (its grids lie in its area).
    const moved = { ...enterprise, gridIds: ['grid-tq-01'], areaCode: '320582101001', townName: '塘桥镇', updatedAt: new Date().toISOString() };
    expect((await pushRows(server, 'enterprises', supervisor, [{ assumedMasterState: enterprise, newDocumentState: moved }])).refused).toEqual([]);
    const hazards = await pullAll(server, 'hazards', officer3, hazardsBefore.checkpoint);
    expect(hazards.documents.filter((h) => h['enterpriseId'] === 'ent-001').length).toBeGreaterThan(0);
    const events = await pullAll(server, 'hazardEvents', officer3);
    expect(events.documents.some((e) => e['enterpriseId'] === 'ent-001')).toBe(true);
  });
});

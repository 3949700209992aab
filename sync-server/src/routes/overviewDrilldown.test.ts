import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HazardDetail, OfficerActivityReport, type Inspection, type Patrol, type WireDocument } from '@anxun/shared-schema';
import { hazardFor, inspectionFor, signaturesFor } from '../testing/fixtures';
import { getJson, overviewPage } from '../testing/overviewClient';
import { pushRows } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';

const NOW = new Date('2026-03-20T04:00:00Z'); // 12:00 in Shanghai
let server: TestServer;
let town: string;
let city: string;
let officer: string;
beforeAll(async () => {
  server = await createTestServer({ now: () => NOW });
  town = (await server.login('jianguan')).accessToken;
  city = (await server.login('shijianguan')).accessToken;
  officer = (await server.login('wangge')).accessToken;
});
afterAll(() => server.close());

const wire = (doc: object) => ({ ...doc, _deleted: false }) as WireDocument;
async function push(collection: string, token: string, docs: object[]) {
  const result = await pushRows(server, collection, token, docs.map((d) => ({ assumedMasterState: null, newDocumentState: wire(d) })));
  expect([result.status, result.refused]).toEqual([200, []]);
}

describe('GET /api/overview/hazards/:id', () => {
  it('gives a supervisor the hazard with its enterprise, events in server order with both times, and the enterprise’s hazards', async () => {
    const { status, body } = await getJson(server, '/api/overview/hazards/hz-demo-005', town);
    expect(status).toBe(200);
    const detail = HazardDetail.parse(body);
    expect(detail.status).toMatchObject({ state: 'ESCALATED', level: 'major', overdueDays: 0 });
    expect(detail.events.map((e) => [e.event.type, e.event.actorName, e.event.verdict?.accepted])).toEqual([
      ['report', '王建国', true], ['escalate', '王建国', true],
    ]);
    for (const { event, serverTime } of detail.events) {
      expect(event.deviceTime < serverTime).toBe(true); // seeded with device times days in the past
    }
    expect(detail.enterprise).toMatchObject({ id: detail.hazard.enterpriseId });
    expect(detail.enterprise?.gridNames.length).toBeGreaterThan(0);
    expect(detail.enterpriseHazards.map((h) => h.hazardId)).toContain('hz-demo-005');
    expect(detail.enterpriseHazards.every((h) => h.enterpriseId === detail.hazard.enterpriseId)).toBe(true);
  });

  it('lists the photos of the hazard and its events, and whether the server has each yet', async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...new TextEncoder().encode('drilldown photo'), 0xff, 0xd9]);
    const uploaded = createHash('sha256').update(bytes).digest('hex');
    const missing = 'a'.repeat(64);
    await push('hazards', officer, [{ ...hazardFor('ent-001', 'hz-drill-photo', 'gridPatrol', 'u-officer-1'), photosBefore: [uploaded, missing] }]);
    const put = await server.app.request(`/api/photos/${uploaded}`, { method: 'PUT', headers: { authorization: `Bearer ${officer}`, 'content-type': 'image/jpeg' }, body: bytes });
    expect(put.status).toBe(201);
    const detail = HazardDetail.parse((await getJson(server, '/api/overview/hazards/hz-drill-photo', town)).body);
    expect(detail.photos).toEqual([{ hash: uploaded, onServer: true }, { hash: missing, onServer: false }]);
    expect(detail.status.state).toBe('DRAFT');
  });

  it('answers a town supervisor asking for another town’s hazard exactly as for a missing one (404 not_found)', async () => {
    const [other] = (await overviewPage(server, city, 'town=320582101&limit=1')).items;
    expect(other).toBeDefined();
    const elsewhere = await getJson(server, `/api/overview/hazards/${other?.hazardId}`, town);
    const missing = await getJson(server, '/api/overview/hazards/hz-no-such-hazard', town);
    expect([elsewhere.status, missing.status]).toEqual([404, 404]);
    expect(elsewhere.body).toMatchObject({ code: 'not_found' });
    expect(missing.body).toMatchObject({ code: 'not_found' });
    expect((await getJson(server, `/api/overview/hazards/${other?.hazardId}`, city)).status).toBe(200);
  });

  it('refuses officers and enterprises (403) and ids that cannot be ids (400)', async () => {
    for (const user of ['wangge', 'qiye']) {
      const { status, body } = await getJson(server, '/api/overview/hazards/hz-demo-005', (await server.login(user)).accessToken);
      expect([status, body]).toMatchObject([403, { code: 'forbidden' }]);
    }
    const { status, body } = await getJson(server, `/api/overview/hazards/${encodeURIComponent('bad id!')}`, town);
    expect([status, body]).toMatchObject([400, { code: 'validation_failed' }]);
  });
});

describe('GET /api/overview/officers', () => {
  // 23:00 on 19 March to 01:00 on 20 March in Shanghai, two 0.01° stretches on the 19th's side of midnight and one after.
  const fix = (t: string, lat: number) => ({ t, lat, lon: 120.54, acc: 8 });
  const night: Patrol = {
    id: 'pt-drill-1', officerId: 'u-officer-1', areaCode: '320582100', gridIds: ['grid-ys-01'],
    startedAt: '2026-03-19T15:00:00Z', endedAt: '2026-03-19T17:00:00Z',
    points: [fix('2026-03-19T15:00:00Z', 31.86), fix('2026-03-19T15:20:00Z', 31.87), fix('2026-03-19T15:40:00Z', 31.88), fix('2026-03-19T16:30:00Z', 31.89)],
    checkIns: [{ enterpriseId: 'ent-001', at: '2026-03-19T15:30:00Z' }], updatedAt: '2026-03-19T17:00:00Z',
  };
  const finished: Inspection = { ...inspectionFor('ent-001', 'insp-drill-1'), status: 'finished', finishedAt: '2026-03-19T02:00:00Z', signatures: signaturesFor() };
  const activity = async (token: string, query: string) => {
    const { status, body } = await getJson(server, `/api/overview/officers?${query}`, token);
    expect(status, JSON.stringify(body)).toBe(200);
    return OfficerActivityReport.parse(body);
  };

  beforeAll(async () => {
    // The check-in stands at ent-001's gate (on site): only visits on site count.
    const site = (await server.store.writeTransaction((tx) => tx.getDocuments('enterprises', ['ent-001']))).get('ent-001')?.data['location'] as { lat: number; lon: number };
    night.checkIns = [{ enterpriseId: 'ent-001', at: '2026-03-19T15:30:00Z', lat: site.lat, lon: site.lon }, { enterpriseId: 'ent-001', at: '2026-03-19T15:35:00Z', lat: site.lat + 0.01, lon: site.lon }];
    await push('patrols', officer, [night]);
    await push('inspections', officer, [finished]);
  });

  it('gives each officer of the area inspections, patrols, distance and time, clipped to the Shanghai days asked for', async () => {
    const day19 = await activity(town, 'from=2026-03-19&to=2026-03-19');
    const ids = day19.officers.map((o) => o.officerId);
    expect(ids).toEqual(expect.arrayContaining(['u-expert-1', 'u-officer-1', 'u-officer-2']));
    expect(ids).toEqual([...ids].sort());
    const wang = day19.officers.find((o) => o.officerId === 'u-officer-1');
    expect(wang).toMatchObject({ name: '王建国', inspections: 1, patrols: 1, patrolMinutes: 60, checkIns: 1 });
    expect(wang?.gridNames).toEqual(['杨舍镇工业企业网格一', '杨舍镇九小场所网格']);
    expect(wang?.distanceMetres).toBeCloseTo(2 * 1111.949, 0);
    const day20 = (await activity(town, 'from=2026-03-20&to=2026-03-20')).officers.find((o) => o.officerId === 'u-officer-1');
    expect(day20).toMatchObject({ inspections: 0, patrols: 1, patrolMinutes: 60, checkIns: 0 });
    expect(day20?.distanceMetres).toBeCloseTo(1111.949, 0);
  });

  it('lists officers with no patrols with zeros, and keeps a town supervisor to the town', async () => {
    const report = await activity(town, 'from=2026-03-01&to=2026-03-31');
    expect(report.officers.find((o) => o.officerId === 'u-officer-2')).toMatchObject({ inspections: 0, patrols: 0, distanceMetres: 0, patrolMinutes: 0 });
    expect(report.officers.some((o) => o.officerId === 'u-officer-3')).toBe(false);
    expect((await activity(city, 'from=2026-03-01&to=2026-03-31')).officers.some((o) => o.officerId === 'u-officer-3')).toBe(true);
  });

  it('answers bad periods with 400 and other roles with 403', async () => {
    for (const query of ['from=2026-03-02&to=2026-03-01', 'from=2025-01-01&to=2026-03-01', 'from=2026-03-01', 'from=2026-03-01&to=2026-03-02&x=1']) {
      expect((await getJson(server, `/api/overview/officers?${query}`, town)).status, query).toBe(400);
    }
    expect((await getJson(server, '/api/overview/officers?from=2026-03-01&to=2026-03-02', officer)).status).toBe(403);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, foldHazard, Hazard, HazardEvent, isOverdue, shanghaiDate, type WireDocument } from '@anxun/shared-schema';
import { hazardFor } from '../testing/fixtures';
import { allPages, getJson, overviewPage } from '../testing/overviewClient';
import { pullAll, pushRows } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';
import { AFTER_PHOTO } from '@anxun/shared-schema/testing';

let server: TestServer;
let town: string;
let city: string;
let areaOf: Map<string, string>;
beforeAll(async () => {
  server = await createTestServer();
  town = (await server.login('jianguan')).accessToken;
  city = (await server.login('shijianguan')).accessToken;
  areaOf = new Map((await pullAll(server, 'enterprises', city)).documents.map((e) => [e.id, String(e['areaCode'])]));
});
afterAll(() => server.close());

/** The demo hazards folded the way a device folds them: the expected overview. */
async function foldedDemo() {
  const events = (await pullAll(server, 'hazardEvents', city)).documents.map((e) => HazardEvent.parse(e));
  return (await pullAll(server, 'hazards', city)).documents.map((d) => {
    const hazard = Hazard.parse(d);
    return { hazard, status: foldHazard(hazard, events.filter((e) => e.hazardId === hazard.id)) };
  });
}

describe('GET /api/overview/hazards', () => {
  it('answers 403 problem JSON to officers and enterprises', async () => {
    for (const user of ['wangge', 'qiye']) {
      const { status, body } = await getJson(server, '/api/overview/hazards', (await server.login(user)).accessToken);
      expect(status).toBe(403);
      expect(body).toMatchObject({ code: 'forbidden' });
    }
  });

  it('refuses bad input with a 400 problem naming the parameter', async () => {
    for (const query of ['limit=500', 'state=OPEN', 'source=rumour', 'from=2026-13-01', 'overdue=yes', 'sort=title', 'unknown=1', 'from=2026-03-02&to=2026-03-01', 'cursor=garbage']) {
      const { status, body } = await getJson(server, `/api/overview/hazards?${query}`, town);
      expect(status, query).toBe(400);
      expect(body, query).toMatchObject({ code: 'validation_failed' });
    }
  });

  it('keeps a town supervisor inside the town, whatever the filter', async () => {
    const inTown = (await allPages(server, town, 'limit=200')).items;
    expect(inTown.length).toBeGreaterThan(0);
    expect(inTown.every((h) => areaOf.get(h.enterpriseId)?.startsWith('320582100'))).toBe(true);
    // 塘桥镇 is 320582101: asking for it narrows to nothing rather than widening the area.
    expect((await overviewPage(server, town, 'town=320582101')).counts.total).toBe(0);
    const cityWide = await overviewPage(server, city, 'limit=200');
    expect(cityWide.items.some((h) => areaOf.get(h.enterpriseId)?.startsWith('320582101'))).toBe(true);
    expect((await overviewPage(server, city, 'town=320582101')).items.every((h) => areaOf.get(h.enterpriseId)?.startsWith('320582101'))).toBe(true);
  });

  it('filters by state, source, level, overdue and found date, with counts of the whole filter', async () => {
    const demo = await foldedDemo();
    const today = shanghaiDate(new Date());
    const all = await overviewPage(server, city, 'limit=200');
    expect(all.counts.total).toBe(demo.length);
    expect(all.counts.bySource).toEqual({ gridPatrol: demo.length });
    const rectifying = await overviewPage(server, city, 'state=RECTIFYING,EXTENSION_REQUESTED');
    expect(rectifying.counts.total).toBe(demo.filter((d) => ['RECTIFYING', 'EXTENSION_REQUESTED'].includes(d.status.state)).length);
    expect(rectifying.items.every((h) => h.state === 'RECTIFYING' || h.state === 'EXTENSION_REQUESTED')).toBe(true);
    const overdue = await overviewPage(server, city, 'overdue=true');
    const expected = demo.filter((d) => isOverdue(d.status, today)).map((d) => d.hazard.id).sort();
    expect(overdue.items.map((h) => h.hazardId).sort()).toEqual(expected);
    expect(overdue.items.every((h) => h.overdue && h.overdueDays > 0)).toBe(true);
    expect((await overviewPage(server, city, 'source=enterpriseSelfCheck')).counts.total).toBe(0);
    expect((await overviewPage(server, city, 'level=major')).items.map((h) => h.level)).toEqual(demo.filter((d) => d.status.level === 'major').map(() => 'major'));
    // Found dates are the server's: the demo town was stored today, whatever its devices' foundAt say.
    expect(demo.some((d) => shanghaiDate(d.hazard.foundAt) !== today)).toBe(true);
    expect((await overviewPage(server, city, `from=${today}&to=${today}`)).counts.total).toBe(demo.length);
    expect((await overviewPage(server, city, `from=${addDays(today, -30)}&to=${addDays(today, -1)}`)).counts.total).toBe(0);
    expect((await overviewPage(server, city, 'gridId=grid-tq-01')).items.every((h) => areaOf.get(h.enterpriseId)?.startsWith('320582101'))).toBe(true);
  });

  it('pages through every hazard without duplicates or gaps, in both sort orders', async () => {
    const everything = (await overviewPage(server, city, 'limit=200')).items;
    for (const sort of ['foundAt', 'deadline']) {
      const { items, pages } = await allPages(server, city, `limit=2&sort=${sort}`);
      expect(pages).toBe(Math.ceil(everything.length / 2));
      expect(new Set(items.map((h) => h.hazardId)).size).toBe(items.length);
      expect(items.map((h) => h.hazardId).sort()).toEqual(everything.map((h) => h.hazardId).sort());
      const keys = items.map((h) => (sort === 'foundAt' ? h.foundAt : (h.deadline ?? '9999-12-31')));
      expect(keys).toEqual([...keys].sort(sort === 'foundAt' ? (a, b) => b.localeCompare(a) : (a, b) => a.localeCompare(b)));
    }
    const foundAtCursor = (await overviewPage(server, city, 'limit=1')).nextCursor;
    expect((await getJson(server, `/api/overview/hazards?sort=deadline&cursor=${foundAtCursor}`, city)).status).toBe(400);
  });

  it('follows the events: a new hazard shows as DRAFT, then RECTIFYING, then SUBMITTED', async () => {
    const officer = await server.login('wangge');
    const hazard = { ...hazardFor('ent-001', 'hz-overview-1', 'gridPatrol', 'u-officer-1'), title: '消防通道堵塞（通览测试）' };
    const push = async (collection: string, doc: object) => {
      const result = await pushRows(server, collection, officer.accessToken, [{ assumedMasterState: null, newDocumentState: { ...doc, _deleted: false } }]);
      expect([result.status, result.refused]).toEqual([200, []]);
    };
    await push('hazards', hazard);
    const find = async () => (await overviewPage(server, town, 'q=通览测试')).items;
    expect((await find()).map((h) => h.state)).toEqual(['DRAFT']);
    const event = (id: string, type: HazardEvent['type'], payload: HazardEvent['payload']): HazardEvent => ({
      id, hazardId: hazard.id, enterpriseId: 'ent-001', type, payload, actorId: 'u-officer-1', actorRole: 'officer', actorKind: 'grid',
      actorName: '王建国', deviceId: 'test', deviceTime: new Date().toISOString(), updatedAt: new Date().toISOString(),
    });
    await push('hazardEvents', event('hz-overview-1-a', 'assign', { deadline: '2099-01-01' }));
    expect((await find()).map((h) => [h.state, h.deadline])).toEqual([['RECTIFYING', '2099-01-01']]);
    await push('hazardEvents', event('hz-overview-1-b', 'submitRectification', { photos: [AFTER_PHOTO], measures: '已清理' }));
    expect((await find()).map((h) => h.state)).toEqual(['SUBMITTED']);
  });

  it('copies enterprise edits into the rows of its hazards', async () => {
    const enterprise = (await pullAll(server, 'enterprises', city)).documents.find((e) => e.id === 'ent-002') as WireDocument;
    const renamed = { ...enterprise, name: '更名后的企业（通览）', tags: ['confinedSpace'], updatedAt: new Date().toISOString() };
    const result = await pushRows(server, 'enterprises', city, [{ assumedMasterState: enterprise, newDocumentState: renamed }]);
    expect([result.status, result.refused]).toEqual([200, []]);
    const items = (await overviewPage(server, city, 'tag=confinedSpace&limit=200')).items.filter((h) => h.enterpriseId === 'ent-002');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((h) => h.enterpriseName === '更名后的企业（通览）')).toBe(true);
  });
});

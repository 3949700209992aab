import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OverviewKpis, type Enterprise, type Grid, type Hazard, type HazardEvent, type Inspection } from '@anxun/shared-schema';
import { hashPassword } from '../auth/passwords';
import { judgeHazards } from '../replication/hazardJudge';
import { refreshHazardStatus } from '../store/hazardStatusSql';
import { scopeKeysFor } from '../replication/scopeKeys';
import { DEMO_PASSWORD } from '../seed/demoUsers';
import { enterpriseIn, hazardFor, inspectionFor, signaturesFor } from '../testing/fixtures';
import { getJson } from '../testing/overviewClient';
import { createTestServer, type TestServer } from '../testing/testServer';
import { AFTER_PHOTO } from '@anxun/shared-schema/testing';

// A town of its own (320582102) beside the demo town, so every figure below is computed by hand.
const NOW = new Date('2026-03-20T04:00:00Z'); // 12:00 in Shanghai: today is 2026-03-20
const AREA = '320582102';
const meta = { actorId: 'test', deviceId: 'test' };
let server: TestServer;
let token: string;

const grid = (id: string, officerIds: string[]): Grid => ({ id, name: `网格${id}`, type: 'industrial', areaCode: AREA, townName: '测试镇', officerIds, outline: [], updatedAt: NOW.toISOString() });
const finished = (enterpriseId: string, id: string, type: Inspection['type'], officerId: string, finishedAt?: string): Inspection => ({
  ...inspectionFor(enterpriseId, id, type, officerId), ...(finishedAt ? { status: 'finished' as const, finishedAt, signatures: type === 'selfCheck' ? [] : signaturesFor() } : {}),
});
/** 逢查必考: one examinee's result. */
const sitting = (id: string, passed: boolean) => ({
  id, seed: 7, drawnAt: '2026-03-01T02:00:00Z', questionIds: ['q1'], examinee: { name: id, post: 'frontline' }, answers: [], score: passed ? 100 : 0, passMark: 60, passed,
});
const { id: _oldId, ...oldResult } = sitting('old', true);
// Every device clock is years behind: found, closed and on-time must come from the server's times.
const DEVICE_TIME = '2019-06-01T00:00:00Z';
/** A hazard the server first stores at `storedAt` (its found time); its device says DEVICE_TIME. */
const hazard = (enterpriseId: string, id: string, source: Hazard['source'], storedAt: string, level: Hazard['proposedLevel'] = 'general') => ({
  doc: { ...hazardFor(enterpriseId, id, source, 'u-k1'), foundAt: DEVICE_TIME, proposedLevel: level } satisfies Hazard, storedAt,
});
/** Each event is judged by the server at `at` (its verdict time); the device claims DEVICE_TIME. */
type Step = [HazardEvent['type'], HazardEvent['payload'], string, HazardEvent['actorRole']?];
const story = (h: { doc: Hazard }, steps: Step[]): { event: HazardEvent; at: string }[] => steps.map(([type, payload, at, role = 'officer'], n) => ({
  event: {
    id: `${h.doc.id}-e${n}`, hazardId: h.doc.id, enterpriseId: h.doc.enterpriseId, type, payload, actorId: role === 'supervisor' ? 'u-sup-k' : 'u-k1',
    actorRole: role, ...(role === 'supervisor' ? { actorAreaCode: AREA } : {}), actorName: 't', deviceId: 't', deviceTime: DEVICE_TIME, updatedAt: DEVICE_TIME,
  },
  at,
}));

/** Writes through the store's write path (status rows included) and judges events as a push would. */
async function write(collection: 'grids' | 'enterprises' | 'inspections' | 'hazards' | 'hazardEvents', docs: (Grid | Enterprise | Inspection | Hazard | HazardEvent)[], serverNow = NOW) {
  await server.store.writeTransaction(async (tx) => {
    for (const doc of docs) {
      const enterpriseId = 'enterpriseId' in doc ? doc.enterpriseId : undefined;
      const scope = enterpriseId ? (await tx.getEnterpriseScopes([enterpriseId])).get(enterpriseId) : undefined;
      const data = doc as unknown as Record<string, unknown> & { id: string };
      await tx.write(collection, { id: doc.id, data, deleted: false, keys: scopeKeysFor(collection, data, scope) }, undefined, meta);
    }
    await judgeHazards(tx, [...new Set(docs.flatMap((d) => ('hazardId' in d ? [d.hazardId] : [])))], meta, serverNow);
  });
}

/** Hazards as if the server had stored them at their times (the database's clock cannot be set). */
async function writeHazards(hazards: { doc: Hazard; storedAt: string }[]) {
  await write('hazards', hazards.map((h) => h.doc));
  for (const h of hazards) await server.db.query(`UPDATE document_history SET server_time = $2 WHERE collection = 'hazards' AND id = $1`, [h.doc.id, h.storedAt]);
  await refreshHazardStatus(server.db, hazards.map((h) => h.doc.id));
}

/** Events pushed one by one, each judged at its own server time. */
async function writeEvents(events: { event: HazardEvent; at: string }[]) {
  for (const { event, at } of events) await write('hazardEvents', [event], new Date(at));
}

beforeAll(async () => {
  server = await createTestServer({ now: () => NOW });
  await server.store.upsertUser({
    principal: { userId: 'u-sup-k', username: 'kpisup', displayName: '测试镇应急办', role: 'supervisor', gridIds: [], areaCode: AREA },
    passwordHash: await hashPassword(DEMO_PASSWORD),
  });
  token = (await server.login('kpisup')).accessToken;
  await write('grids', [grid('g-kpi-1', ['u-k1']), grid('g-kpi-2', ['u-k2'])]);
  await write('enterprises', [
    enterpriseIn('g-kpi-1', `${AREA}001`, 'e1'), enterpriseIn('g-kpi-1', `${AREA}001`, 'e2'),
    enterpriseIn('g-kpi-1', `${AREA}002`, 'e3'), enterpriseIn('g-kpi-2', `${AREA}002`, 'e4'),
  ]);
  await write('inspections', [
    { ...finished('e1', 'i1', 'gridPatrol', 'u-k1', '2026-03-05T02:00:00Z'), exams: [sitting('a', true), sitting('b', false)] },
    { ...finished('e2', 'i2', 'selfCheck', 'u-ent-e2', '2026-03-06T02:00:00Z'), exams: [sitting('self', false)] }, // a self-check grades no one
    // 23:59 on 28 Feb in Shanghai: before the period
    { ...finished('e3', 'i3', 'gridPatrol', 'u-k1', '2026-02-28T15:59:00Z'), exams: [sitting('feb', false)] },
    // A result stored before several examinees (`exam`) counts beside the sittings.
    { ...finished('e4', 'i4', 'enforcement', 'u-k2', '2026-03-10T02:00:00Z'), exam: oldResult, exams: [sitting('c', true), sitting('d', false)] },
    finished('e3', 'i5', 'gridPatrol', 'u-k2', '2026-02-28T16:30:00Z'), // 00:30 on 1 March in Shanghai: inside
    finished('e1', 'i6', 'gridPatrol', 'u-k1'), // still in progress
  ]);
  const h1 = hazard('e1', 'h1', 'gridPatrol', '2026-03-02T02:00:00Z');
  const h2 = hazard('e1', 'h2', 'enterpriseSelfCheck', '2026-03-03T02:00:00Z');
  const h3 = hazard('e2', 'h3', 'gridPatrol', '2026-03-04T02:00:00Z');
  const h4 = hazard('e4', 'h4', 'thirdParty', '2026-02-10T02:00:00Z');
  const h5 = hazard('e3', 'h5', 'gridPatrol', '2026-03-05T02:00:00Z', 'major');
  const h6 = hazard('e2', 'h6', 'gridPatrol', '2026-03-03T02:00:00Z');
  await writeHazards([h1, h2, h3, h4, h5, h6]);
  await writeEvents([
    ...story(h1, [['assign', { deadline: '2026-03-10' }, '2026-03-02T03:00:00Z'], ['submitRectification', { photos: [AFTER_PHOTO], measures: 'm' }, '2026-03-08T02:00:00Z'], ['verify', { passed: true }, '2026-03-09T02:00:00Z']]),
    ...story(h2, [
      ['assign', { deadline: '2026-03-05' }, '2026-03-03T03:00:00Z'], ['submitRectification', { photos: [AFTER_PHOTO], measures: 'm' }, '2026-03-05T02:00:00Z'],
      ['verify', { passed: false, reason: '未整改到位', deadline: '2026-03-12' }, '2026-03-06T02:00:00Z'], ['submitRectification', { photos: [AFTER_PHOTO], measures: 'm2' }, '2026-03-12T02:00:00Z'],
      ['verify', { passed: true }, '2026-03-14T02:00:00Z'],
    ]),
    ...story(h3, [['assign', { deadline: '2026-03-15' }, '2026-03-04T03:00:00Z']]),
    ...story(h4, [['assign', { deadline: '2026-03-01' }, '2026-02-10T03:00:00Z']]),
    ...story(h5, [
      ['report', {}, '2026-03-05T03:00:00Z'], ['escalate', {}, '2026-03-05T04:00:00Z'],
      ['confirmMajor', { deadline: '2026-04-30' }, '2026-03-06T02:00:00Z', 'supervisor'], ['list', { listingLevel: 'town', docNo: '测安委〔2026〕1号', reviewDate: '2026-04-15' }, '2026-03-07T02:00:00Z', 'supervisor'],
    ]),
    // 作废 by the supervisor: past its deadline, yet neither overdue nor in any rate; counted apart.
    ...story(h6, [['assign', { deadline: '2026-03-08' }, '2026-03-03T03:00:00Z'], ['void', { reason: '与 h3 重复录入' }, '2026-03-04T02:00:00Z', 'supervisor']]),
  ]);
});
afterAll(() => server.close());

const rate = (numerator: number, denominator: number) => ({ numerator, denominator, value: denominator === 0 ? null : numerator / denominator });
async function kpis(query: string): Promise<OverviewKpis> {
  const { status, body } = await getJson(server, `/api/overview/kpis?${query}`, token);
  expect(status, JSON.stringify(body)).toBe(200);
  return OverviewKpis.parse(body);
}

describe('GET /api/overview/kpis', () => {
  it('computes the seed KPIs of the area for March, by hand', async () => {
    const march = await kpis('from=2026-03-01&to=2026-03-31&groupBy=area');
    expect(march.today).toBe('2026-03-20');
    expect(march.total).toEqual({
      // 闭环率 counts hazards already due on 20 March: h1, h2 (closed), h3 (due 15 March, open); h5 is due 30 April.
      enterprises: 4, hazardsFound: 5, voided: 1, inspectionCoverage: rate(3, 4), selfCheckRate: rate(1, 4), closureRate: rate(2, 3), onTimeRate: rate(1, 2),
      overdue: { count: 2, maxDays: 19, averageDays: 12 }, averageDaysToClose: 9, firstRecheckPassRate: rate(1, 2),
      // 逢查必考: i1 a ✓ b ✗, i4 old ✓ c ✓ d ✗; the self-check and February's inspection are out.
      examPassRate: rate(3, 5), keySectorPatrolRate: rate(0, 0),
      majorByListing: { town: 1 }, bySource: { gridPatrol: 3, enterpriseSelfCheck: 1 },
    });
    expect(march.groups.map((g) => [g.key, g.kpis.enterprises, g.kpis.hazardsFound])).toEqual([[`${AREA}001`, 2, 4], [`${AREA}002`, 2, 1]]);
  });

  it('groups by grid and by officer, an officer’s coverage counting only their own visits', async () => {
    const byGrid = await kpis('from=2026-03-01&to=2026-03-31&groupBy=grid');
    expect(byGrid.groups.map((g) => [g.key, g.kpis.inspectionCoverage, g.kpis.overdue])).toEqual([
      ['g-kpi-1', rate(2, 3), { count: 1, maxDays: 5, averageDays: 5 }],
      ['g-kpi-2', rate(1, 1), { count: 1, maxDays: 19, averageDays: 19 }],
    ]);
    const byOfficer = await kpis('from=2026-03-01&to=2026-03-31&groupBy=officer');
    expect(byOfficer.groups.map((g) => [g.key, g.kpis.inspectionCoverage, g.kpis.selfCheckRate])).toEqual([
      ['u-k1', rate(1, 3), rate(1, 3)],
      ['u-k2', rate(1, 1), rate(0, 1)],
    ]);
  });

  it('gives the 逢查必考 pass rate per grid and per enterprise, by hand', async () => {
    const byGrid = await kpis('from=2026-03-01&to=2026-03-31&groupBy=grid');
    expect(byGrid.groups.map((g) => [g.key, g.kpis.examPassRate])).toEqual([['g-kpi-1', rate(1, 2)], ['g-kpi-2', rate(2, 3)]]);
    // Enterprises with examinees only, the weakest first.
    expect(byGrid.examsByEnterprise.map((e) => [e.enterpriseId, e.rate])).toEqual([['e1', rate(1, 2)], ['e4', rate(2, 3)]]);
    const february = await kpis('from=2026-02-01&to=2026-02-28&groupBy=grid');
    expect(february.total.examPassRate).toEqual(rate(0, 1));
  });

  it('refuses other roles and bad periods', async () => {
    expect((await getJson(server, '/api/overview/kpis?from=2026-03-01&to=2026-03-31', (await server.login('wangge')).accessToken)).status).toBe(403);
    for (const query of ['from=2026-03-01', 'from=2026-03-31&to=2026-03-01', 'from=2025-01-01&to=2026-03-01', 'from=2026-03-01&to=2026-03-31&groupBy=village']) {
      expect((await getJson(server, `/api/overview/kpis?${query}`, token)).status, query).toBe(400);
    }
  });
});

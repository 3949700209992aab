import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, HazardEvent, OverviewKpis, shanghaiDate, type Hazard, type Principal } from '@anxun/shared-schema';
import { DEMO_USERS } from '../seed/demoUsers';
import { hazardFor } from '../testing/fixtures';
import { getJson, overviewPage } from '../testing/overviewClient';
import { pullAll, pushRows } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';
import { AFTER_PHOTO } from '@anxun/shared-schema/testing';

/*
 * Issue 11, holes 8 and 9, through the push endpoint as the demo users would (a modified client
 * may send any event): the server's verdicts, the overview and the KPIs.
 */

const DEVICE_TIME = '2001-01-01T00:00:00.000Z'; // a device clock two decades behind
let server: TestServer;
const tokens = new Map<string, string>();
const token = (username: string) => tokens.get(username) ?? '';
const user = (username: string) => DEMO_USERS.find((u) => u.username === username) as Principal;
let started: string;

beforeAll(async () => {
  server = await createTestServer();
  started = new Date().toISOString();
  for (const name of ['wangge', 'qiye', 'jianguan', 'shijianguan']) tokens.set(name, (await server.login(name)).accessToken);
});
afterAll(() => server.close());

let counter = 0;
/** An event by a demo user, stamped as that user's own client would stamp it (with the supervisor's area). */
function eventBy(username: string, hazard: Hazard, type: HazardEvent['type'], payload: HazardEvent['payload'], overrides: Partial<HazardEvent> = {}): HazardEvent {
  const p = user(username);
  counter += 1;
  return {
    id: `${hazard.id}-${type}-${counter}`, hazardId: hazard.id, enterpriseId: hazard.enterpriseId, type, payload, actorId: p.userId, actorRole: p.role,
    ...(p.officerKind ? { actorKind: p.officerKind } : {}), ...(p.role === 'supervisor' && p.areaCode ? { actorAreaCode: p.areaCode } : {}),
    actorName: p.displayName, deviceId: 'test', deviceTime: DEVICE_TIME, updatedAt: DEVICE_TIME, ...overrides,
  };
}

async function push(username: string, collection: 'hazards' | 'hazardEvents', doc: object) {
  return pushRows(server, collection, token(username), [{ assumedMasterState: null, newDocumentState: { ...doc, _deleted: false } }]);
}

/** Pushes one event and returns the server's verdict on it. */
async function act(username: string, hazard: Hazard, type: HazardEvent['type'], payload: HazardEvent['payload'] = {}) {
  const event = eventBy(username, hazard, type, payload);
  const result = await push(username, 'hazardEvents', event);
  expect([result.status, result.refused], `${type} by ${username}`).toEqual([200, []]);
  const stored = (await pullAll(server, 'hazardEvents', token('jianguan'))).documents.find((e) => e.id === event.id);
  return HazardEvent.parse(stored).verdict;
}

async function newHazard(id: string, level: Hazard['proposedLevel']): Promise<Hazard> {
  const hazard = { ...hazardFor('ent-001', id, 'gridPatrol', 'u-officer-1'), proposedLevel: level, foundAt: DEVICE_TIME, title: `守卫测试${id}` };
  expect((await push('wangge', 'hazards', hazard)).refused).toEqual([]);
  return hazard;
}

describe('hazard judge: major hazards, two-level confirmation and listing authority', () => {
  it('refuses the proposing officer confirming a major hazard as general, and an officer closing it by re-check', async () => {
    const hazard = await newHazard('hz-guard-major', 'major');
    expect(await act('wangge', hazard, 'report')).toMatchObject({ accepted: true });
    expect(await act('wangge', hazard, 'confirmGeneral', { deadline: '2099-01-01' })).toMatchObject({ accepted: false, code: 'major_needs_supervisor' });
    expect(await act('wangge', hazard, 'escalate')).toMatchObject({ accepted: true });
    expect(await act('jianguan', hazard, 'confirmMajor', { deadline: '2099-01-01' })).toMatchObject({ accepted: true });
    expect(await act('qiye', hazard, 'submitRectification', { photos: [AFTER_PHOTO], measures: '已停用并加装防护' })).toMatchObject({ accepted: true });
    expect(await act('wangge', hazard, 'verify', { passed: true })).toMatchObject({ accepted: false, code: 'major_needs_writeoff' });
    const item = (await overviewPage(server, token('jianguan'), 'q=守卫测试hz-guard-major')).items[0];
    expect(item).toMatchObject({ state: 'SUBMITTED', level: 'major', closedAt: null });
  });

  it('refuses a town supervisor listing at 张家港市 level, and a forged supervisor area at the push', async () => {
    const hazard = await newHazard('hz-guard-list', 'major');
    await act('wangge', hazard, 'report');
    await act('wangge', hazard, 'escalate');
    await act('jianguan', hazard, 'confirmMajor', { deadline: '2099-01-01' });
    expect(await act('jianguan', hazard, 'list', { listingLevel: 'district', docNo: '杨安委〔2026〕9号', reviewDate: '2099-01-01' })).toMatchObject({ accepted: false, code: 'listing_level_mismatch' });
    // A modified client claiming the city's area for the town supervisor: refused before judging.
    const forged = eventBy('jianguan', hazard, 'list', { listingLevel: 'district', docNo: '张安委〔2026〕9号', reviewDate: '2099-01-01' }, { actorAreaCode: '320582' });
    expect((await push('jianguan', 'hazardEvents', forged)).refused.map((r) => r.id)).toEqual([forged.id]);
    const officerWithArea = eventBy('wangge', hazard, 'comment', { text: 'x' }, { actorAreaCode: '320582100' });
    expect((await push('wangge', 'hazardEvents', officerWithArea)).refused.map((r) => r.id)).toEqual([officerWithArea.id]);
    // The city (张家港市) lists at its level; then only it approves the plan, not the town.
    expect(await act('shijianguan', hazard, 'list', { listingLevel: 'district', docNo: '张安委〔2026〕9号', reviewDate: '2099-01-01' })).toMatchObject({ accepted: true });
    expect(await act('qiye', hazard, 'filePlan', { measures: '停用并更换', responsiblePerson: '厂长', costYuan: 1000, deadline: '2099-01-01', emergencyPlan: '专项预案' })).toMatchObject({ accepted: true });
    expect(await act('jianguan', hazard, 'approvePlan', { approved: true })).toMatchObject({ accepted: false, code: 'not_listing_authority' });
    expect(await act('shijianguan', hazard, 'approvePlan', { approved: true })).toMatchObject({ accepted: true });
  });

  it('refuses a supervisor confirming the major hazard they reported themselves', async () => {
    const hazard = await newHazard('hz-guard-self', 'major');
    expect(await act('jianguan', hazard, 'report')).toMatchObject({ accepted: true });
    expect(await act('jianguan', hazard, 'confirmGeneral', { deadline: '2099-01-01' })).toMatchObject({ accepted: false, code: 'same_person_confirmation' });
    expect(await act('jianguan', hazard, 'escalate')).toMatchObject({ accepted: true });
    expect(await act('jianguan', hazard, 'confirmMajor', { deadline: '2099-01-01' })).toMatchObject({ accepted: false, code: 'same_person_confirmation' });
    expect(await act('shijianguan', hazard, 'confirmMajor', { deadline: '2099-01-01' })).toMatchObject({ accepted: true });
  });
});

describe('void (作废) and server times in the figures', () => {
  it('keeps a voided hazard in the overview and the KPIs as voided, and grades closing by the server’s clock', async () => {
    const today = shanghaiDate(new Date());
    const kpis = async () => {
      const { status, body } = await getJson(server, `/api/overview/kpis?from=${today}&to=${today}`, token('jianguan'));
      expect(status).toBe(200);
      return OverviewKpis.parse(body).total;
    };
    const before = await kpis();

    const voided = await newHazard('hz-guard-void', 'general');
    await act('wangge', voided, 'assign', { deadline: addDays(today, -3) });
    expect(await act('wangge', voided, 'void', { reason: '越权作废' })).toMatchObject({ accepted: false, code: 'role_not_allowed' });
    expect(await act('jianguan', voided, 'void', { reason: '与 YH-001 重复录入' })).toMatchObject({ accepted: true });
    expect(await act('jianguan', voided, 'assign', { deadline: '2099-01-01' })).toMatchObject({ accepted: false, code: 'invalid_transition' });

    // Closed a day after its deadline by the server's clock; the device claims 2001, long before it.
    const closed = await newHazard('hz-guard-late', 'general');
    await act('wangge', closed, 'assign', { deadline: addDays(today, -1) });
    await act('qiye', closed, 'submitRectification', { photos: [AFTER_PHOTO], measures: '已整改' });
    const verdict = await act('wangge', closed, 'verify', { passed: true });
    expect(verdict?.accepted).toBe(true);

    const rows = (await overviewPage(server, token('jianguan'), 'q=守卫测试hz-guard-')).items;
    const voidedRow = rows.find((r) => r.hazardId === voided.id);
    expect(voidedRow).toMatchObject({ state: 'VOIDED', overdue: false, closedAt: null });
    expect((await overviewPage(server, token('jianguan'), 'state=VOIDED')).items.map((r) => r.hazardId)).toContain(voided.id);
    const closedRow = rows.find((r) => r.hazardId === closed.id);
    expect(closedRow?.closedAt).toBe(verdict?.at);
    expect(closedRow?.foundAt !== undefined && closedRow.foundAt >= started).toBe(true);

    const after = await kpis();
    expect(after.hazardsFound - before.hazardsFound).toBe(2);
    expect(after.voided - before.voided).toBe(1);
    // Closure: the closed one joins both parts, the voided one neither.
    expect([after.closureRate.numerator - before.closureRate.numerator, after.closureRate.denominator - before.closureRate.denominator]).toEqual([1, 1]);
    // On time by the server: closed today, after yesterday's deadline.
    expect([after.onTimeRate.numerator - before.onTimeRate.numerator, after.onTimeRate.denominator - before.onTimeRate.denominator]).toEqual([0, 1]);
    expect(after.overdue.count).toBe(before.overdue.count);
  });
});

describe('hazard judge: extension dates (issue 13, item 10)', () => {
  it('refuses an extension to a date not after the current deadline, or already past by the server clock, whatever the device sent', async () => {
    const today = shanghaiDate(new Date());
    const hazard = await newHazard('hz-ext-dates', 'general');
    expect(await act('wangge', hazard, 'assign', { deadline: addDays(today, 5) })).toMatchObject({ accepted: true });
    expect(await act('qiye', hazard, 'requestExtension', { reason: '设备未到', deadline: addDays(today, 5) })).toMatchObject({ accepted: false, code: 'extension_not_later' });
    expect(await act('qiye', hazard, 'requestExtension', { reason: '设备未到', deadline: addDays(today, 2) })).toMatchObject({ accepted: false, code: 'extension_not_later' });
    expect(await act('qiye', hazard, 'requestExtension', { reason: '设备未到', deadline: addDays(today, 20) })).toMatchObject({ accepted: true });
  });

  it('refuses an extension of an overdue hazard to a day that has already passed', async () => {
    const today = shanghaiDate(new Date());
    const hazard = await newHazard('hz-ext-past', 'general');
    expect(await act('wangge', hazard, 'assign', { deadline: addDays(today, -6) })).toMatchObject({ accepted: true });
    expect(await act('qiye', hazard, 'requestExtension', { reason: '设备未到', deadline: addDays(today, -2) })).toMatchObject({ accepted: false, code: 'extension_in_past' });
    expect(await act('qiye', hazard, 'requestExtension', { reason: '设备未到', deadline: addDays(today, 7) })).toMatchObject({ accepted: true });
  });
});

import { describe, expect, it } from 'vitest';
import type { HazardEventPayload } from './hazardEvents';
import { HazardEvent } from './hazardEvents';
import { foldHazard } from './hazardFold';
import { judgeEvent } from './hazardStateMachine';
import { listingRegister, operatingStatusWhileListed, reviewDue } from './listingRegister';
import { supervisorLevel } from './listingLevel';
import { sampleEvent, sampleHazard } from './testing';

/* 挂牌督办 (issue 16 item 3): levels, the 五落实 plan, 复查 and 核销, the register. */

const town = { role: 'supervisor', area: '320582100', id: 'u-sup-yangshe' } as const;
const otherTown = { role: 'supervisor', area: '320582101', id: 'u-sup-tangqiao' } as const;
const zjg = { role: 'supervisor', area: '320582', id: 'u-sup-zjg' } as const;
const suzhou = { role: 'supervisor', area: '3205', id: 'u-sup-suzhou' } as const;
const enterprise = { role: 'enterprise', id: 'u-ent' } as const;
const officer = { role: 'officer', kind: 'grid', id: 'u-grid' } as const;

const hazard = sampleHazard({ proposedLevel: 'major' });
const PLAN: HazardEventPayload = { measures: '除尘系统加装泄爆片', responsiblePerson: '王建国（厂长）', costYuan: 80000, deadline: '2026-05-01', emergencyPlan: '粉尘爆炸专项应急预案' };
const confirmed = () => [sampleEvent('report'), sampleEvent('escalate'), sampleEvent('confirmMajor', { deadline: '2026-06-01' }, town)];
const listedBy = (actor: typeof town | typeof suzhou, level: 'town' | 'city', stop = true) =>
  [...confirmed(), sampleEvent('list', { listingLevel: level, docNo: '杨安委督〔2026〕1号', reviewDate: '2026-04-15', stopProduction: stop }, actor)];

describe('listing levels follow the supervisor', () => {
  it('gives each area-code length its level and none to others', () => {
    expect(['320582100', '320582100001', '320582', '3205', '32', '3205821'].map(supervisorLevel)).toEqual(['town', 'town', 'district', 'city', 'province', undefined]);
  });

  it('lets a town supervisor list at 镇 and a 苏州市 supervisor at 苏州市, never above or below', () => {
    const status = foldHazard(hazard, confirmed());
    const list = (actor: typeof town | typeof suzhou | typeof zjg, listingLevel: 'town' | 'district' | 'city' | 'province') =>
      judgeEvent(hazard, status, sampleEvent('list', { listingLevel, docNo: 'x', reviewDate: '2026-04-15' }, actor));
    expect(list(town, 'town').ok).toBe(true);
    expect(list(suzhou, 'city').ok).toBe(true);
    expect(list(zjg, 'district').ok).toBe(true);
    for (const wrong of ['district', 'city', 'province'] as const) expect(list(town, wrong)).toMatchObject({ ok: false, code: 'listing_level_mismatch' });
    for (const wrong of ['town', 'district', 'province'] as const) expect(list(suzhou, wrong)).toMatchObject({ ok: false, code: 'listing_level_mismatch' });
  });

  it('needs a listing number and a review date', () => {
    const parsed = HazardEvent.safeParse(sampleEvent('list', { listingLevel: 'town' }, town));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['payload.docNo', 'payload.reviewDate']);
  });

  it('records the number, the 停产停业 flag and the review date on the listing', () => {
    expect(foldHazard(hazard, listedBy(town, 'town')).listing).toMatchObject({ level: 'town', docNo: '杨安委督〔2026〕1号', reviewDate: '2026-04-15', stopProduction: true, areaCode: '320582100' });
  });
});

describe('the 五落实 plan', () => {
  it('is filed by the enterprise only, with all five parts', () => {
    const status = foldHazard(hazard, listedBy(town, 'town'));
    expect(judgeEvent(hazard, status, sampleEvent('filePlan', PLAN, enterprise)).ok).toBe(true);
    expect(judgeEvent(hazard, status, sampleEvent('filePlan', PLAN, officer))).toMatchObject({ ok: false, code: 'role_not_allowed' });
    expect(judgeEvent(hazard, status, sampleEvent('filePlan', PLAN, town))).toMatchObject({ ok: false, code: 'role_not_allowed' });
    for (const part of ['measures', 'responsiblePerson', 'costYuan', 'deadline', 'emergencyPlan'] as const) {
      const { [part]: _left, ...rest } = PLAN;
      expect(HazardEvent.safeParse(sampleEvent('filePlan', rest, enterprise)).success, `without ${part}`).toBe(false);
    }
    expect(HazardEvent.safeParse(sampleEvent('filePlan', { ...PLAN, emergencyPlan: '  ' }, enterprise)).success).toBe(false);
  });

  it('cannot be decided before it is filed, nor by the enterprise, nor by another authority', () => {
    const listed = foldHazard(hazard, listedBy(town, 'town'));
    expect(judgeEvent(hazard, listed, sampleEvent('approvePlan', { approved: true }, town))).toMatchObject({ ok: false, code: 'plan_not_filed' });
    const filed = foldHazard(hazard, [...listedBy(town, 'town'), sampleEvent('filePlan', PLAN, enterprise)]);
    expect(judgeEvent(hazard, filed, sampleEvent('approvePlan', { approved: true }, enterprise))).toMatchObject({ ok: false, code: 'role_not_allowed' });
    expect(judgeEvent(hazard, filed, sampleEvent('approvePlan', { approved: true }, otherTown))).toMatchObject({ ok: false, code: 'not_listing_authority' });
    expect(judgeEvent(hazard, filed, sampleEvent('approvePlan', { approved: true }, zjg))).toMatchObject({ ok: false, code: 'not_listing_authority' });
  });

  it('is returned with a reason and stays listed until a re-filed plan is approved', () => {
    expect(HazardEvent.safeParse(sampleEvent('approvePlan', { approved: false }, town)).success).toBe(false);
    const events = [...listedBy(town, 'town'), sampleEvent('filePlan', PLAN, enterprise), sampleEvent('approvePlan', { approved: false, reason: '资金未落实' }, town)];
    const returned = foldHazard(hazard, events);
    expect(returned).toMatchObject({ state: 'LISTED', plan: { state: 'returned', returnReason: '资金未落实' } });
    expect(judgeEvent(hazard, returned, sampleEvent('approvePlan', { approved: true }, town))).toMatchObject({ ok: false, code: 'plan_not_filed' });
    const approved = foldHazard(hazard, [...events, sampleEvent('filePlan', { ...PLAN, costYuan: 120000 }, enterprise), sampleEvent('approvePlan', { approved: true }, town)]);
    expect(approved).toMatchObject({ state: 'PLAN_APPROVED', plan: { state: 'approved', costYuan: 120000 }, rejected: [] });
  });
});

describe('复查 and 核销', () => {
  const resumption = () => [...listedBy(suzhou, 'city'), sampleEvent('filePlan', PLAN, enterprise), sampleEvent('approvePlan', { approved: true }, suzhou), sampleEvent('requestResumption', { text: '已整改' }, enterprise)];

  it('refuses 核销 before a passed re-check, by anyone', () => {
    for (const events of [listedBy(suzhou, 'city'), resumption(), [...resumption(), sampleEvent('reviewResumption', { passed: false, reason: '泄爆片未装' }, town)]]) {
      expect(judgeEvent(hazard, foldHazard(hazard, events), sampleEvent('delist', {}, suzhou))).toMatchObject({ ok: false, code: 'invalid_transition' });
    }
  });

  it('lets a supervisor within the listing area re-check, and only the listing authority de-list', () => {
    const passed = foldHazard(hazard, [...resumption(), sampleEvent('reviewResumption', { passed: true }, town)]);
    expect(passed.state).toBe('RECHECK_PASSED');
    expect(judgeEvent(hazard, foldHazard(hazard, resumption()), sampleEvent('reviewResumption', { passed: true }, { role: 'supervisor', area: '3206', id: 'u-nantong' })))
      .toMatchObject({ ok: false, code: 'not_listing_authority' });
    for (const actor of [town, zjg, { role: 'supervisor', area: '32', id: 'u-js' } as const]) {
      expect(judgeEvent(hazard, passed, sampleEvent('delist', {}, actor)), actor.area).toMatchObject({ ok: false, code: 'not_listing_authority' });
    }
    expect(judgeEvent(hazard, passed, sampleEvent('delist', {}, enterprise))).toMatchObject({ ok: false, code: 'role_not_allowed' });
    const off = foldHazard(hazard, [...resumption(), sampleEvent('reviewResumption', { passed: true }, town), sampleEvent('delist', {}, suzhou)]);
    expect(off).toMatchObject({ state: 'WRITTEN_OFF', rejected: [] });
  });

  it('needs a reason for a failed re-check, which sends the hazard back to its approved plan', () => {
    expect(HazardEvent.safeParse(sampleEvent('reviewResumption', { passed: false }, town)).success).toBe(false);
    expect(foldHazard(hazard, [...resumption(), sampleEvent('reviewResumption', { passed: false, reason: '未整改到位' }, suzhou)]).state).toBe('PLAN_APPROVED');
  });
});

describe('the enterprise’s operating status while listed', () => {
  it('is 停产停业 while a stop-ordering listing holds and returns to its own after 核销', () => {
    const listed = listedBy(town, 'town');
    expect(operatingStatusWhileListed('operating', [foldHazard(hazard, listed)])).toBe('suspendedByEmergency');
    expect(operatingStatusWhileListed('operating', [foldHazard(hazard, listedBy(town, 'town', false))])).toBe('operating');
    const off = [...listed, sampleEvent('filePlan', PLAN, enterprise), sampleEvent('approvePlan', { approved: true }, town), sampleEvent('requestResumption', {}, enterprise),
      sampleEvent('reviewResumption', { passed: true }, town), sampleEvent('delist', {}, town)];
    expect(operatingStatusWhileListed('operating', [foldHazard(hazard, off)])).toBe('operating');
  });
});

describe('the register', () => {
  const item = (id: string, events: ReturnType<typeof listedBy>) => {
    const h = sampleHazard({ id, proposedLevel: 'major' });
    return { hazard: h, status: foldHazard(h, events.map((e) => ({ ...e, hazardId: id }))) };
  };

  it('lists listed hazards by level, earliest review first, written-off ones only on request', () => {
    const a = item('hz-a', listedBy(town, 'town'));
    const b = item('hz-b', [...confirmed(), sampleEvent('list', { listingLevel: 'city', docNo: '苏安委督〔2026〕2号', reviewDate: '2026-04-01' }, suzhou)]);
    const unlisted = item('hz-c', confirmed());
    const all = listingRegister([a, b, unlisted], {}, '2026-04-13');
    expect(all.map((r) => [r.hazard.id, r.level, r.due, r.stopProduction])).toEqual([['hz-b', 'city', 'overdue', false], ['hz-a', 'town', 'due', true]]);
    expect(listingRegister([a, b], { level: 'town' }, '2026-04-13').map((r) => r.hazard.id)).toEqual(['hz-a']);
  });

  it('marks review dates overdue, due within three days, or later', () => {
    expect([reviewDue('2026-04-12', '2026-04-13'), reviewDue('2026-04-16', '2026-04-13'), reviewDue('2026-04-17', '2026-04-13'), reviewDue(undefined, '2026-04-13')])
      .toEqual(['overdue', 'due', 'later', 'none']);
  });
});

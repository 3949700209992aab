import { describe, expect, it } from 'vitest';
import { HazardEvent } from './hazardEvents';
import { foldHazard } from './hazardFold';
import { judgeEvent } from './hazardStateMachine';
import { sampleEvent, sampleHazard } from './testing';

/* 抄告 → 吹哨员 受理 / 退回: the referral loop the server judges with the same rules as devices. */

const grid = { role: 'officer', kind: 'grid', id: 'u-grid' } as const;
const enforcer = { role: 'officer', kind: 'enforcement', id: 'u-enf' } as const;
const otherEnforcer = { role: 'officer', kind: 'enforcement', id: 'u-enf-2' } as const;
const hazard = sampleHazard({ proposedLevel: 'major' });
let seq = 0;
const judged = (e: HazardEvent): HazardEvent => {
  seq += 1;
  return { ...e, verdict: { accepted: true, seq, at: `2026-03-02T0${seq % 10}:00:00.000Z` } };
};
const reported = [judged(sampleEvent('report', {}, grid))];
const referred = [...reported, judged(sampleEvent('referToEnforcement', { text: '无证动火' }, grid))];

describe('referral to enforcement (吹哨员)', () => {
  it('folds a referral as pending with the referrer, and its acceptance with who accepted it', () => {
    const status = foldHazard(hazard, referred);
    expect(status.referral).toMatchObject({ state: 'pending', referredBy: 'u-grid', note: '无证动火' });
    expect(status.referredToEnforcement).toBe(true);
    const accepted = foldHazard(hazard, [...referred, judged(sampleEvent('acceptReferral', {}, enforcer))]);
    expect(accepted.referral).toMatchObject({ state: 'accepted', referredBy: 'u-grid', decidedBy: 'u-enf' });
    expect(accepted.state).toBe('REPORTED');
  });

  it('lets only an enforcement officer other than the referrer decide a pending referral', () => {
    const status = foldHazard(hazard, referred);
    expect(judgeEvent(hazard, status, sampleEvent('acceptReferral', {}, enforcer)).ok).toBe(true);
    expect(judgeEvent(hazard, status, sampleEvent('acceptReferral', {}, grid))).toMatchObject({ ok: false, code: 'enforcement_only' });
    expect(judgeEvent(hazard, status, sampleEvent('acceptReferral', {}, { role: 'supervisor', area: '320582100' }))).toMatchObject({ ok: false, code: 'role_not_allowed' });
    expect(judgeEvent(hazard, status, sampleEvent('returnReferral', { reason: 'x' }, { role: 'enterprise' }))).toMatchObject({ ok: false, code: 'role_not_allowed' });
    const selfReferred = foldHazard(hazard, [...reported, judged(sampleEvent('referToEnforcement', {}, enforcer))]);
    expect(judgeEvent(hazard, selfReferred, sampleEvent('acceptReferral', {}, enforcer))).toMatchObject({ ok: false, code: 'own_referral' });
    expect(judgeEvent(hazard, selfReferred, sampleEvent('acceptReferral', {}, otherEnforcer)).ok).toBe(true);
  });

  it('refuses a decision without a pending referral, and a second decision on the same one', () => {
    expect(judgeEvent(hazard, foldHazard(hazard, reported), sampleEvent('acceptReferral', {}, enforcer))).toMatchObject({ ok: false, code: 'not_referred' });
    const accepted = foldHazard(hazard, [...referred, judged(sampleEvent('acceptReferral', {}, enforcer))]);
    expect(judgeEvent(hazard, accepted, sampleEvent('returnReferral', { reason: '不属执法' }, otherEnforcer))).toMatchObject({ ok: false, code: 'not_referred' });
    expect(judgeEvent(hazard, accepted, sampleEvent('referToEnforcement', {}, grid))).toMatchObject({ ok: false, code: 'already_referred' });
  });

  it('keeps the return reason for the referrer and allows referring again after a return', () => {
    const returned = foldHazard(hazard, [...referred, judged(sampleEvent('returnReferral', { reason: '属消防部门职责' }, enforcer))]);
    expect(returned.referral).toMatchObject({ state: 'returned', reason: '属消防部门职责', decidedBy: 'u-enf' });
    expect(returned.referredToEnforcement).toBe(false);
    expect(judgeEvent(hazard, returned, sampleEvent('referToEnforcement', {}, grid)).ok).toBe(true);
  });

  it('requires a reason to return a referral', () => {
    expect(HazardEvent.safeParse(sampleEvent('returnReferral', { reason: '  ' }, enforcer)).success).toBe(false);
    expect(HazardEvent.safeParse(sampleEvent('returnReferral', {}, enforcer)).success).toBe(false);
    expect(HazardEvent.safeParse(sampleEvent('returnReferral', { reason: '不属执法范围' }, enforcer)).success).toBe(true);
  });

  it('decides nothing once the hazard is closed or voided', () => {
    const voided = foldHazard(hazard, [...referred, judged(sampleEvent('void', { reason: '重复' }, { role: 'supervisor', area: '320582100' }))]);
    expect(judgeEvent(hazard, voided, sampleEvent('acceptReferral', {}, enforcer))).toMatchObject({ ok: false, code: 'invalid_transition' });
  });
});

import { describe, expect, it } from 'vitest';
import { foldHazard, isOverdue } from './hazardFold';
import { HazardEvent } from './hazardEvents';
import { judgeEvent } from './hazardStateMachine';
import { AFTER_PHOTO, sampleEvent, sampleHazard } from './testing';

const enterprise = { role: 'enterprise' } as const;
const supervisor = { role: 'supervisor', id: 'u-sup-town', area: '320582100' } as const;
const expert = { role: 'officer', kind: 'expert' } as const;
const accepted = (e: HazardEvent, seq: number): HazardEvent => ({ ...e, verdict: { accepted: true, seq, at: '2026-03-02T00:00:00Z' } });

describe('hazard closed loop', () => {
  it('runs 限期整改 → submit → failed re-check → resubmit → pass to CLOSED', () => {
    const hazard = sampleHazard();
    const events = [
      sampleEvent('assign', { deadline: '2026-03-10' }),
      sampleEvent('submitRectification', { photos: [AFTER_PHOTO], measures: '加装泄爆片' }, enterprise),
      sampleEvent('verify', { passed: false, reason: '泄爆片规格不符', deadline: '2026-03-20' }),
      sampleEvent('submitRectification', { photos: [AFTER_PHOTO], measures: '更换合格泄爆片' }, enterprise),
      sampleEvent('verify', { passed: true }),
    ];
    const status = foldHazard(hazard, events);
    expect(status.state).toBe('CLOSED');
    expect(status.failedRechecks).toBe(1);
    expect(status.deadline).toBe('2026-03-20');
    expect(status.rejected).toEqual([]);
  });

  it('closes 即查即改 on the spot from DRAFT', () => {
    const status = foldHazard(sampleHazard(), [sampleEvent('fixOnSpot', { photos: ['a'.repeat(64)] })]);
    expect(status.state).toBe('CLOSED');
  });

  it('takes a major hazard through escalation, second-level confirmation, listing and 核销 by the listing authority', () => {
    const hazard = sampleHazard({ proposedLevel: 'major' });
    const events = [
      sampleEvent('report'),
      sampleEvent('escalate'),
      sampleEvent('confirmMajor', { deadline: '2026-06-01' }, supervisor),
      sampleEvent('list', { listingLevel: 'town', docNo: '杨安委〔2026〕3号', reviewDate: '2026-05-01' }, supervisor),
    ];
    const listed = foldHazard(hazard, events);
    expect(listed).toMatchObject({ state: 'LISTED', level: 'major', majorProposedBy: ['u-officer'], listing: { level: 'town', docNo: '杨安委〔2026〕3号', areaCode: '320582100' } });
    const writtenOff = foldHazard(hazard, [
      ...events,
      sampleEvent('filePlan', { measures: '加装泄爆片', responsiblePerson: '王厂长', costYuan: 80000, deadline: '2026-05-01', emergencyPlan: '粉尘爆炸专项预案' }, enterprise),
      sampleEvent('approvePlan', { approved: true }, supervisor),
      sampleEvent('requestResumption', { text: '整改完成' }, enterprise),
      sampleEvent('reviewResumption', { passed: true }, supervisor),
      sampleEvent('delist', {}, supervisor),
    ]);
    expect(writtenOff).toMatchObject({ state: 'WRITTEN_OFF', rejected: [] });
  });

  it('does not let a major hazard be assigned directly or fixed on the spot', () => {
    const hazard = sampleHazard({ proposedLevel: 'major' });
    const status = foldHazard(hazard, [sampleEvent('assign', { deadline: '2026-03-10' })]);
    expect(status.state).toBe('DRAFT');
    expect(status.rejected[0]).toMatchObject({ code: 'major_needs_confirmation', final: false });
  });

  it('keeps an event the server rejected out of the state but lists it with the reason', () => {
    const hazard = sampleHazard();
    const close = accepted(sampleEvent('fixOnSpot', { photos: ['b'.repeat(64)] }), 5);
    const late: HazardEvent = { ...sampleEvent('submitRectification', { photos: [AFTER_PHOTO], measures: 'late' }, enterprise), verdict: { accepted: false, code: 'invalid_transition', reason: '已销号', seq: 6, at: '2026-03-02T00:00:00Z' } };
    const status = foldHazard(hazard, [late, close]);
    expect(status.state).toBe('CLOSED');
    expect(status.rejected).toEqual([{ eventId: late.id, type: 'submitRectification', code: 'invalid_transition', reason: '已销号', final: true, atState: 'CLOSED' }]);
  });

  it('orders by server sequence, not by device clocks', () => {
    const hazard = sampleHazard();
    // The second officer's clock is a day behind, but the server received its close second.
    const assign = accepted(sampleEvent('assign', { deadline: '2026-03-10' }, { role: 'officer', kind: 'grid' }, { deviceTime: '2026-03-05T00:00:00Z' }), 1);
    const submit = accepted(sampleEvent('submitRectification', { photos: [AFTER_PHOTO], measures: 'x' }, enterprise, { deviceTime: '2026-03-01T00:00:00Z' }), 2);
    expect(foldHazard(hazard, [submit, assign]).state).toBe('SUBMITTED');
  });

  it('forbids experts to close and enterprises to verify grid hazards', () => {
    const hazard = sampleHazard();
    const submitted = foldHazard(hazard, [sampleEvent('assign', { deadline: '2026-03-10' }), sampleEvent('submitRectification', { photos: [AFTER_PHOTO], measures: 'x' }, enterprise)]);
    expect(judgeEvent(hazard, submitted, sampleEvent('verify', { passed: true }, expert))).toMatchObject({ ok: false, code: 'expert_not_allowed' });
    expect(judgeEvent(hazard, submitted, sampleEvent('verify', { passed: true }, enterprise))).toMatchObject({ ok: false, code: 'role_not_allowed' });
  });

  it('lets an enterprise close its own self-check hazard', () => {
    const hazard = sampleHazard({ source: 'enterpriseSelfCheck' });
    const status = foldHazard(hazard, [
      sampleEvent('assign', { deadline: '2026-03-10' }, enterprise),
      sampleEvent('submitRectification', { photos: [AFTER_PHOTO], measures: 'x' }, enterprise),
      sampleEvent('verify', { passed: true }, enterprise),
    ]);
    expect(status.state).toBe('CLOSED');
  });

  it('always accepts comments, even after closing', () => {
    const hazard = sampleHazard();
    const status = foldHazard(hazard, [sampleEvent('fixOnSpot', { photos: ['c'.repeat(64)] }), sampleEvent('comment', { text: '补充照片', photos: ['d'.repeat(64)] }, enterprise)]);
    expect(status.rejected).toEqual([]);
    expect(status.pendingEventIds).toHaveLength(2);
  });
});

describe('event payload rules', () => {
  it('requires a reason to reject and a reason for a failed re-check', () => {
    expect(HazardEvent.safeParse(sampleEvent('reject')).success).toBe(false);
    expect(HazardEvent.safeParse(sampleEvent('verify', { passed: false })).success).toBe(false);
    expect(HazardEvent.safeParse(sampleEvent('verify', { passed: false, reason: '未整改' })).success).toBe(true);
  });
});

describe('isOverdue (Asia/Shanghai dates)', () => {
  const rectifying = foldHazard(sampleHazard(), [sampleEvent('assign', { deadline: '2026-03-10' })]);
  it('is not overdue on the deadline day, and is the day after', () => {
    expect(isOverdue(rectifying, '2026-03-10')).toBe(false);
    expect(isOverdue(rectifying, '2026-03-11')).toBe(true);
  });
  it('is never overdue once submitted or closed', () => {
    const submitted = foldHazard(sampleHazard(), [sampleEvent('assign', { deadline: '2026-03-10' }), sampleEvent('submitRectification', { photos: [AFTER_PHOTO], measures: 'x' }, enterprise)]);
    expect(isOverdue(submitted, '2026-04-01')).toBe(false);
  });
});

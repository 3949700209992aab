import { describe, expect, it } from 'vitest';
import { foldHazard, type Hazard, type HazardEvent } from '@anxun/shared-schema';
import { AFTER_PHOTO, sampleEvent, sampleHazard } from '@anxun/shared-schema/testing';
import { countdown, groupOf, latestVerdict, rectificationGroups } from './rectificationList';

const enterprise = { role: 'enterprise' } as const;
const view = (events: HazardEvent[], hazard: Hazard = sampleHazard()) => ({ hazard, events, status: foldHazard(hazard, events) });

describe('countdown (Asia/Shanghai dates)', () => {
  it('counts days left, the deadline day, and days overdue', () => {
    expect(countdown('2026-03-10', '2026-03-07')).toEqual({ kind: 'left', days: 3 });
    expect(countdown('2026-03-10', '2026-03-10')).toEqual({ kind: 'today', days: 0 });
    expect(countdown('2026-03-10', '2026-03-12')).toEqual({ kind: 'overdue', days: 2 });
    expect(countdown('2026-03-01', '2026-02-28')).toEqual({ kind: 'left', days: 1 });
  });
});

describe('整改清单 groups', () => {
  const assign = sampleEvent('assign', { deadline: '2026-03-10' });
  const submit = sampleEvent('submitRectification', { photos: [AFTER_PHOTO], measures: '已整改' }, enterprise);
  const fail = sampleEvent('verify', { passed: false, reason: '接头仍裸露', deadline: '2026-03-20' });

  it('puts a failed re-check in 复查未通过 with its reason and new deadline', () => {
    const failed = view([assign, submit, fail]);
    expect(groupOf(failed)).toBe('failed');
    expect(latestVerdict(failed)).toMatchObject({ kind: 'recheckFailed', reason: '接头仍裸露', deadline: '2026-03-20' });
  });

  it('moves it back to 待整改 once an extension is decided after the failure', () => {
    const extended = view([assign, submit, fail, sampleEvent('requestExtension', { reason: '材料未到', deadline: '2026-03-30' }, enterprise), sampleEvent('decideExtension', { approved: true })]);
    expect(groupOf(extended)).toBe('rectifying');
    expect(latestVerdict(extended)).toMatchObject({ kind: 'extensionApproved', deadline: '2026-03-30' });
  });

  it('keeps a listed major hazard under 挂牌督办 until 核销, the re-checked one included', () => {
    const town = { role: 'supervisor', area: '320582100', id: 'u-town' } as const;
    const major = sampleHazard({ proposedLevel: 'major' });
    const plan = { measures: '加装泄爆片', responsiblePerson: '厂长', costYuan: 1, deadline: '2026-05-01', emergencyPlan: '预案' };
    const steps = [
      sampleEvent('report'), sampleEvent('escalate'), sampleEvent('confirmMajor', { deadline: '2026-04-01' }, town),
      sampleEvent('list', { listingLevel: 'town', docNo: '督1', reviewDate: '2026-04-15' }, town), sampleEvent('filePlan', plan, enterprise),
      sampleEvent('approvePlan', { approved: true }, town), sampleEvent('requestResumption', {}, enterprise), sampleEvent('reviewResumption', { passed: true }, town),
    ];
    for (const n of [4, 6, 7, 8]) expect(groupOf(view(steps.slice(0, n), major)), `after ${n} events`).toBe('supervised');
    expect(groupOf(view([...steps, sampleEvent('delist', {}, town)], major))).toBeNull();
  });

  it('ignores a verdict the state machine refused', () => {
    // A re-check before anything was submitted is refused: it must not show as the latest verdict.
    expect(latestVerdict(view([assign, fail]))).toBeNull();
  });

  it('groups only this enterprise’s open hazards, nearest deadline first, and leaves closed ones out', () => {
    const mine = (id: string, events: HazardEvent[]) => view(events.map((e) => ({ ...e, hazardId: id })), sampleHazard({ id }));
    const views = [
      mine('late', [sampleEvent('assign', { deadline: '2026-03-12' })]),
      mine('soon', [sampleEvent('assign', { deadline: '2026-03-02' })]),
      mine('waiting', [sampleEvent('assign', { deadline: '2026-03-02' }), sampleEvent('submitRectification', { photos: [AFTER_PHOTO], measures: 'x' }, enterprise)]),
      mine('closed', [sampleEvent('fixOnSpot', { photos: ['a'.repeat(64)] })]),
      view([sampleEvent('assign', { deadline: '2026-03-01' }, undefined, { hazardId: 'other' })], sampleHazard({ id: 'other', enterpriseId: 'ent-2' })),
    ];
    expect(rectificationGroups(views, 'ent-1').map((g) => [g.group, g.items.map((v) => v.hazard.id)])).toEqual([
      ['rectifying', ['soon', 'late']],
      ['submitted', ['waiting']],
    ]);
  });
});

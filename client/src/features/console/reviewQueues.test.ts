import { describe, expect, it } from 'vitest';
import { foldHazard, HazardEvent, type HazardEventPayload } from '@anxun/shared-schema';
import { sampleEvent, sampleHazard } from '@anxun/shared-schema/testing';
import { decisionPayload } from './reviewDecision';
import { reviewQueues } from './reviewQueues';

const town = { role: 'supervisor', area: '320582100', id: 'u-town' } as const;
const enterprise = { role: 'enterprise' } as const;
const major = sampleHazard({ proposedLevel: 'major' });
const PLAN: HazardEventPayload = { measures: '加装泄爆片', responsiblePerson: '厂长', costYuan: 1, deadline: '2026-05-01', emergencyPlan: '预案' };
const steps = [
  sampleEvent('report'), sampleEvent('escalate'), sampleEvent('confirmMajor', { deadline: '2026-04-01' }, town),
  sampleEvent('list', { listingLevel: 'town', docNo: '督1', reviewDate: '2026-04-15' }, town), sampleEvent('filePlan', PLAN, enterprise),
  sampleEvent('approvePlan', { approved: true }, town), sampleEvent('requestResumption', {}, enterprise), sampleEvent('reviewResumption', { passed: true }, town),
];
const after = (n: number) => {
  const events = steps.slice(0, n);
  return { hazard: major, events, status: foldHazard(major, events), overdue: false };
};

describe('审核督办: the 挂牌督办 queue', () => {
  it('holds a listed hazard once its plan is filed, a resumption to re-check and a passed re-check to write off', () => {
    const queued = (n: number) => reviewQueues([after(n)]).listing.length;
    expect([4, 5, 6, 7, 8].map(queued)).toEqual([0, 1, 0, 1, 1]);
  });
});

describe('decision payloads', () => {
  const valid = (type: HazardEvent['type'], payload: HazardEventPayload) => HazardEvent.safeParse(sampleEvent(type, payload, town)).success;

  it('returns a plan and fails a re-check with the reason the schema requires', () => {
    expect(decisionPayload('approvePlan', false, '', ' 资金未落实 ', false)).toEqual({ approved: false, reason: '资金未落实' });
    expect(decisionPayload('reviewResumption', false, '', '泄爆片未装', false)).toEqual({ passed: false, reason: '泄爆片未装' });
    expect(valid('approvePlan', decisionPayload('approvePlan', false, '', '资金未落实', false))).toBe(true);
    expect(valid('approvePlan', decisionPayload('approvePlan', false, '', '', false))).toBe(false);
    expect(decisionPayload('reviewResumption', true, '', '现场复查合格', false)).toEqual({ passed: true, text: '现场复查合格' });
    expect(decisionPayload('approvePlan', true, '', '', false)).toEqual({ approved: true });
  });

  it('keeps the extension decision as it was: a new deadline when approved, the words as text', () => {
    expect(decisionPayload('decideExtension', true, '2026-05-01', '', false)).toEqual({ approved: true, deadline: '2026-05-01' });
    expect(decisionPayload('decideExtension', false, '2026-05-01', '不予延期', false)).toEqual({ approved: false, text: '不予延期' });
    expect(decisionPayload('reject', true, '', '重复', true)).toEqual({ reason: '重复' });
  });
});

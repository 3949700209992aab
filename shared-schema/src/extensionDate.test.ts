import { describe, expect, it } from 'vitest';
import { foldHazard } from './hazardFold';
import { judgeEvent } from './hazardStateMachine';
import { sampleEvent, sampleHazard } from './testing';

const hazard = sampleHazard();
const accepted = (e: ReturnType<typeof sampleEvent>) => ({ ...e, verdict: { accepted: true as const, seq: 1, at: e.deviceTime } });
const rectifying = foldHazard(hazard, [accepted(sampleEvent('assign', { deadline: '2026-03-10' }))]);
const request = (deadline: string) => sampleEvent('requestExtension', { reason: '设备未到', deadline }, { role: 'enterprise' });

describe('extension requests (issue 13, item 10)', () => {
  it('accepts a later deadline that is not past', () => {
    expect(judgeEvent(hazard, rectifying, request('2026-03-20'), '2026-03-05')).toEqual({ ok: true });
  });
  it('refuses a deadline on or before the current one', () => {
    expect(judgeEvent(hazard, rectifying, request('2026-03-10'), '2026-03-05')).toMatchObject({ ok: false, code: 'extension_not_later' });
    expect(judgeEvent(hazard, rectifying, request('2026-03-01'))).toMatchObject({ ok: false, code: 'extension_not_later' });
  });
  it('refuses a day already past by the judge’s clock, even when it is after an overdue deadline', () => {
    expect(judgeEvent(hazard, rectifying, request('2026-03-12'), '2026-03-15')).toMatchObject({ ok: false, code: 'extension_in_past' });
  });
});

import { describe, expect, it } from 'vitest';
import { foldHazard, type HazardEvent } from '@anxun/shared-schema';
import { sampleEvent, sampleHazard } from '@anxun/shared-schema/testing';
import { referralInbox } from './referralInbox';

const grid = { role: 'officer', kind: 'grid', id: 'u-grid' } as const;
const enforcer = { role: 'officer', kind: 'enforcement', id: 'u-enf' } as const;
let seq = 0;
const synced = (e: HazardEvent): HazardEvent => ({ ...e, verdict: { accepted: true, seq: ++seq, at: `2026-03-0${seq}T02:00:00.000Z` } });
const view = (id: string, events: HazardEvent[]) => {
  const hazard = sampleHazard({ id });
  const own = events.map((e) => ({ ...e, hazardId: id }));
  return { hazard, events: own, status: foldHazard(hazard, own), overdue: false };
};

describe('吹哨员 inbox', () => {
  it('sorts referred hazards by outcome, newest referral first, and leaves out hazards never referred', () => {
    const report = () => synced(sampleEvent('report', {}, grid));
    const older = view('hz-a', [report(), synced(sampleEvent('referToEnforcement', {}, grid))]);
    const newer = view('hz-b', [report(), synced(sampleEvent('referToEnforcement', {}, grid))]);
    const accepted = view('hz-c', [report(), synced(sampleEvent('referToEnforcement', {}, grid)), synced(sampleEvent('acceptReferral', {}, enforcer))]);
    const returned = view('hz-d', [report(), synced(sampleEvent('referToEnforcement', {}, grid)), synced(sampleEvent('returnReferral', { reason: '不属执法' }, enforcer))]);
    const never = view('hz-e', [report()]);
    const inbox = referralInbox([older, never, accepted, newer, returned]);
    expect(inbox.pending.map((v) => v.hazard.id)).toEqual(['hz-b', 'hz-a']);
    expect(inbox.accepted.map((v) => v.hazard.id)).toEqual(['hz-c']);
    expect(inbox.returned.map((v) => v.hazard.id)).toEqual(['hz-d']);
  });
});

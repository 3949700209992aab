import { describe, expect, it } from 'vitest';
import { availableActions } from './hazardEventFactory';
import { foldHazard } from './hazardFold';
import { judgeEvent } from './hazardStateMachine';
import { AFTER_PHOTO, sampleEvent, sampleHazard } from './testing';
import type { Principal } from './user';

const enterprise = { role: 'enterprise', id: 'u-ent-1' } as const;
const entAuthor = { principal: { userId: 'u-ent-1', username: 'qiye', displayName: '企业安全员', role: 'enterprise', gridIds: [], enterpriseId: 'ent-1' } satisfies Principal, deviceId: 'phone' };
const officerAuthor = { principal: { userId: 'u-officer', username: 'wangge', displayName: '王建国', role: 'officer', officerKind: 'grid', gridIds: ['g1'] } satisfies Principal, deviceId: 'tablet' };

describe('自查自报自改: an enterprise closes its own self-check hazards, officers keep their hand on them', () => {
  const selfCheck = sampleHazard({ source: 'enterpriseSelfCheck', foundBy: 'u-ent-1' });
  const submitted = foldHazard(selfCheck, [sampleEvent('assign', { deadline: '2026-03-10' }, enterprise), sampleEvent('submitRectification', { photos: [AFTER_PHOTO], measures: '已加装护栏' }, enterprise)]);

  it('offers the enterprise its own re-check of a submitted self-check hazard, and the fold closes it', () => {
    expect(submitted.state).toBe('SUBMITTED');
    expect(availableActions(selfCheck, submitted, entAuthor).map((a) => a.type)).toContain('verify');
    const closed = foldHazard(selfCheck, [
      sampleEvent('assign', { deadline: '2026-03-10' }, enterprise),
      sampleEvent('submitRectification', { photos: [AFTER_PHOTO], measures: '已加装护栏' }, enterprise),
      sampleEvent('verify', { passed: true }, enterprise),
    ]);
    expect(closed).toMatchObject({ state: 'CLOSED', rejected: [] });
  });

  it('lets the enterprise fix a self-check finding on the spot', () => {
    expect(foldHazard(selfCheck, [sampleEvent('fixOnSpot', { photos: ['e'.repeat(64)] }, enterprise)]).state).toBe('CLOSED');
  });

  it('still lets the grid officer re-check it (spot check), and fail it', () => {
    expect(availableActions(selfCheck, submitted, officerAuthor).map((a) => a.type)).toContain('verify');
    expect(judgeEvent(selfCheck, submitted, sampleEvent('verify', { passed: false, reason: '护栏高度不足' }))).toEqual({ ok: true });
  });

  it('does not let an enterprise close a grid-patrol hazard or a major self-check hazard', () => {
    const patrol = sampleHazard({ source: 'gridPatrol' });
    const patrolSubmitted = foldHazard(patrol, [sampleEvent('assign', { deadline: '2026-03-10' }), sampleEvent('submitRectification', { photos: [AFTER_PHOTO], measures: 'x' }, enterprise)]);
    expect(availableActions(patrol, patrolSubmitted, entAuthor).map((a) => a.type)).not.toContain('verify');
    const major = sampleHazard({ source: 'enterpriseSelfCheck', proposedLevel: 'major' });
    expect(judgeEvent(major, foldHazard(major, []), sampleEvent('assign', { deadline: '2026-03-10' }, enterprise))).toMatchObject({ ok: false, code: 'major_needs_confirmation' });
  });
});

describe('refusal reasons', () => {
  it('name the state and the action in Chinese, and the fold keeps the state the event was refused at', () => {
    const hazard = sampleHazard();
    const status = foldHazard(hazard, [sampleEvent('assign', { deadline: '2026-03-10' }), sampleEvent('submitRectification', { photos: [AFTER_PHOTO], measures: 'x' }, enterprise), sampleEvent('escalate')]);
    expect(status.rejected).toEqual([expect.objectContaining({ type: 'escalate', code: 'invalid_transition', reason: '隐患当前为「待复查」，不能「上报上级（疑似重大）」', atState: 'SUBMITTED', final: false })]);
  });
});

import { describe, expect, it } from 'vitest';
import { availableActions } from './hazardEventFactory';
import { foldHazard } from './hazardFold';
import { sampleEvent, sampleHazard } from './testing';
import type { Principal } from './user';

const officer: Principal = { userId: 'u-o', username: 'o', displayName: '王', role: 'officer', officerKind: 'grid', gridIds: [] };
const enterprise: Principal = { userId: 'u-e', username: 'e', displayName: '企', role: 'enterprise', gridIds: [], enterpriseId: 'ent-1' };
const types = (p: Principal, events = [sampleEvent('assign', { deadline: '2026-03-10' })]) =>
  availableActions(sampleHazard(), foldHazard(sampleHazard(), events), { principal: p, deviceId: 'd' }).map((a) => a.type).sort();

describe('availableActions', () => {
  it('offers a draft’s officer assign, fix on the spot, report and comment', () => {
    expect(types(officer, [])).toEqual(['assign', 'comment', 'fixOnSpot', 'report']);
  });
  it('offers the enterprise submission, extension and comment on a hazard being rectified', () => {
    expect(types(enterprise)).toEqual(['comment', 'requestExtension', 'submitRectification']);
  });
  it('offers the officer re-check of a submitted rectification', () => {
    const submitted = [sampleEvent('assign', { deadline: '2026-03-10' }), sampleEvent('submitRectification', { measures: 'x' }, { role: 'enterprise' })];
    expect(types(officer, submitted)).toContain('verify');
    expect(types(enterprise, submitted)).not.toContain('verify');
  });
});

import { describe, expect, it } from 'vitest';
import { availableActions, newHazardEvent } from './hazardEventFactory';
import { foldHazard } from './hazardFold';
import { AFTER_PHOTO, sampleEvent, sampleHazard } from './testing';
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
    const submitted = [sampleEvent('assign', { deadline: '2026-03-10' }), sampleEvent('submitRectification', { photos: [AFTER_PHOTO], measures: 'x' }, { role: 'enterprise' })];
    expect(types(officer, submitted)).toContain('verify');
    expect(types(enterprise, submitted)).not.toContain('verify');
  });
  it('offers a supervisor 作废 and 挂牌 at their own level, stamping their area on the event', () => {
    const town: Principal = { userId: 'u-s', username: 's', displayName: '镇应急办', role: 'supervisor', gridIds: [], areaCode: '320582100' };
    const major = sampleHazard({ proposedLevel: 'major' });
    const rectifying = foldHazard(major, [sampleEvent('report'), sampleEvent('escalate'), sampleEvent('confirmMajor', { deadline: '2026-06-01' }, { role: 'supervisor', id: 'u-other', area: '320582100' })]);
    const offered = availableActions(major, rectifying, { principal: town, deviceId: 'd' }).map((a) => a.type);
    expect(offered).toEqual(expect.arrayContaining(['list', 'void']));
    expect(offered).not.toContain('verify');
    expect(newHazardEvent(major, 'void', { reason: '重复' }, { principal: town, deviceId: 'd' }, 'e1').actorAreaCode).toBe('320582100');
    expect(newHazardEvent(major, 'comment', {}, { principal: officer, deviceId: 'd' }, 'e2')).not.toHaveProperty('actorAreaCode');
    expect(types(officer, [])).not.toContain('void');
  });
});

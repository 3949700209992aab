import { describe, expect, it } from 'vitest';
import { sampleEvent, sampleHazard } from '@anxun/shared-schema/testing';
import { ownEvents } from './hazardRepository';

describe('ownEvents', () => {
  it('keeps a hazard’s events and drops one that names the hazard under another enterprise', () => {
    const hazard = sampleHazard();
    const own = sampleEvent('comment', { text: '补充说明' }, undefined, { hazardId: hazard.id, enterpriseId: hazard.enterpriseId });
    const foreign = sampleEvent('comment', { text: '注入的文字' }, undefined, { hazardId: hazard.id, enterpriseId: 'ent-other' });
    expect(ownEvents(hazard, [own, foreign]).map((e) => e.id)).toEqual([own.id]);
  });
});

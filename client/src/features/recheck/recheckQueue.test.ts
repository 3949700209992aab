import { describe, expect, it } from 'vitest';
import { foldHazard, isOverdue, type Hazard, type HazardEvent } from '@anxun/shared-schema';
import { AFTER_PHOTO, sampleEvent, sampleHazard } from '@anxun/shared-schema/testing';
import { recheckQueue } from './recheckQueue';

const enterprise = { role: 'enterprise' } as const;
const today = '2026-03-15';
const make = (id: string, events: HazardEvent[], overrides: Partial<Hazard> = {}) => {
  const hazard = sampleHazard({ id, ...overrides });
  const own = events.map((e) => ({ ...e, hazardId: id }));
  const status = foldHazard(hazard, own);
  return { hazard, events: own, status, overdue: isOverdue(status, today) };
};
const ids = (list: { hazard: { id: string } }[]) => list.map((v) => v.hazard.id);

describe('re-check queue', () => {
  const assign = (deadline: string) => sampleEvent('assign', { deadline });
  const views = [
    make('submitted-late', [assign('2026-03-10'), sampleEvent('submitRectification', { photos: [AFTER_PHOTO], measures: 'b' }, enterprise, { deviceTime: '2026-03-12T01:00:00Z' })]),
    make('submitted-early', [assign('2026-03-10'), sampleEvent('submitRectification', { photos: [AFTER_PHOTO], measures: 'a' }, enterprise, { deviceTime: '2026-03-11T01:00:00Z' })]),
    make('extension', [assign('2026-03-20'), sampleEvent('requestExtension', { reason: '设备到货延迟', deadline: '2026-03-30' }, enterprise)]),
    make('overdue-5', [assign('2026-03-10')]),
    make('overdue-1', [assign('2026-03-14')]),
    make('on-time', [assign('2026-03-15')]),
    make('reported', [sampleEvent('report')], { proposedLevel: 'major' }),
    make('escalated', [sampleEvent('report'), sampleEvent('escalate')], { proposedLevel: 'major' }),
    make('closed', [sampleEvent('fixOnSpot', { photos: ['a'.repeat(64)] })]),
  ];

  it('queues submissions oldest first, extension requests, and overdue items most overdue first (Asia/Shanghai dates)', () => {
    const queue = recheckQueue(views, 'officer');
    expect(ids(queue.submitted)).toEqual(['submitted-early', 'submitted-late']);
    expect(ids(queue.extensions)).toEqual(['extension']);
    expect(ids(queue.overdue)).toEqual(['overdue-5', 'overdue-1']);
    expect(ids(queue.toConfirm)).toEqual(['reported']);
  });

  it('gives supervisors the escalated hazards to confirm at the second level', () => {
    expect(ids(recheckQueue(views, 'supervisor').toConfirm)).toEqual(['escalated']);
  });
});

import { describe, expect, it } from 'vitest';
import { bindingProblem, currentAccounts, endProblem, officersAfter, periodsOverlap, type Binding } from './bindings';

const binding = (over: Partial<Binding>): Binding => ({
  id: 'b-1', kind: 'gridOfficer', gridId: 'grid-1', enterpriseId: null, userId: 'u-1', personName: '王网格', personPhone: null, partnerName: null,
  startsOn: '2026-01-01', endsOn: null, areaCode: '320582100', createdBy: 'u-admin', endedBy: null, ...over,
});
const today = '2026-12-01';

describe('binding history', () => {
  it('refuses a second binding of the same person to the same grid while the first is current', () => {
    const problem = bindingProblem([binding({})], { kind: 'gridOfficer', gridId: 'grid-1', enterpriseId: null, userId: 'u-1', personName: '王网格', startsOn: '2026-06-01' }, today);
    expect(problem).toContain('已绑定');
  });

  it('refuses a re-bind that starts inside an ended period, and allows one from its end on', () => {
    const ended = binding({ endsOn: '2026-05-01' });
    const who = { kind: 'gridOfficer' as const, gridId: 'grid-1', enterpriseId: null, userId: 'u-1', personName: '王网格' };
    expect(bindingProblem([ended], { ...who, startsOn: '2026-04-30' }, today)).toContain('重叠');
    expect(bindingProblem([ended], { ...who, startsOn: '2026-05-01' }, today)).toBeNull();
    // A start before the ended period that runs on (open) overlaps it too.
    expect(bindingProblem([ended], { ...who, startsOn: '2025-01-01' }, today)).toContain('重叠');
  });

  it('lets other people, other grids and other kinds be bound at the same time', () => {
    const existing = [binding({})];
    expect(bindingProblem(existing, { kind: 'gridOfficer', gridId: 'grid-1', enterpriseId: null, userId: 'u-2', personName: '李', startsOn: today }, today)).toBeNull();
    expect(bindingProblem(existing, { kind: 'gridOfficer', gridId: 'grid-2', enterpriseId: null, userId: 'u-1', personName: '王网格', startsOn: today }, today)).toBeNull();
    expect(bindingProblem(existing, { kind: 'fireGuide', gridId: 'grid-1', enterpriseId: null, userId: 'u-1', personName: '王网格', startsOn: today }, today)).toBeNull();
  });

  it('tells enterprise-side people apart by name (they have no account)', () => {
    const person = binding({ kind: 'enterpriseGridPerson', userId: null, personName: '张安全' });
    const who = { kind: 'enterpriseGridPerson' as const, gridId: 'grid-1', enterpriseId: null, userId: null, startsOn: today };
    expect(bindingProblem([person], { ...who, personName: ' 张安全 ' }, today)).toContain('已绑定');
    expect(bindingProblem([person], { ...who, personName: '李安全' }, today)).toBeNull();
  });

  it('refuses a start after today (a binding is current from the day it is made)', () => {
    expect(bindingProblem([], { kind: 'gridOfficer', gridId: 'grid-1', enterpriseId: null, userId: 'u-1', personName: '王', startsOn: '2026-12-02' }, today)).toContain('不能晚于今天');
  });

  it('ends a binding no earlier than its start, no later than today, and only once', () => {
    expect(endProblem(binding({}), '2025-12-31', today)).toContain('早于开始');
    expect(endProblem(binding({}), '2026-12-02', today)).toContain('不能晚于今天');
    expect(endProblem(binding({ endsOn: '2026-03-01' }), today, today)).toContain('已于 2026-03-01 解除');
    expect(endProblem(binding({}), '2026-01-01', today)).toBeNull();
    expect(endProblem(binding({}), today, today)).toBeNull();
  });

  it('periods are half-open: ending on a day frees that day', () => {
    expect(periodsOverlap({ startsOn: '2026-01-01', endsOn: '2026-02-01' }, { startsOn: '2026-02-01', endsOn: null })).toBe(false);
    expect(periodsOverlap({ startsOn: '2026-01-01', endsOn: '2026-02-01' }, { startsOn: '2026-01-31', endsOn: '2026-01-31' })).toBe(false);
    expect(periodsOverlap({ startsOn: '2026-01-01', endsOn: '2026-02-01' }, { startsOn: '2025-12-01', endsOn: '2026-01-02' })).toBe(true);
  });

  it('the current accounts are the open bindings of the kinds asked, per target; ended ones stay in the history only', () => {
    const history = [
      binding({ id: 'b-1', userId: 'u-1', endsOn: '2026-05-01' }),
      binding({ id: 'b-2', userId: 'u-1', startsOn: '2026-05-01' }),
      binding({ id: 'b-3', userId: 'u-2', endsOn: '2026-07-01' }),
      binding({ id: 'b-4', kind: 'fireGuide', userId: 'u-3' }),
      binding({ id: 'b-5', userId: 'u-4', gridId: 'grid-2' }),
      binding({ id: 'b-6', kind: 'enterpriseGridPerson', userId: null, personName: '张安全' }),
    ];
    expect(currentAccounts(history, ['gridOfficer', 'fireGuide'], { gridId: 'grid-1' })).toEqual(['u-1', 'u-3']);
    expect(currentAccounts(history, ['gridOfficer'], { gridId: 'grid-2' })).toEqual(['u-4']);
  });

  it('officersAfter drops the changed account only when none of its bindings remains, and keeps accounts named before bindings', () => {
    const ended = [binding({ userId: 'u-2', endsOn: today })];
    expect(officersAfter(['u-legacy', 'u-2'], ended, ['gridOfficer'], { gridId: 'grid-1' }, 'u-2')).toEqual(['u-legacy']);
    const rebound = [...ended, binding({ id: 'b-2', userId: 'u-2', startsOn: today })];
    expect(officersAfter(['u-legacy'], rebound, ['gridOfficer'], { gridId: 'grid-1' }, 'u-2')).toEqual(['u-legacy', 'u-2']);
  });
});

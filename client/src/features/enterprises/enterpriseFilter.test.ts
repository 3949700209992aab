import { describe, expect, it } from 'vitest';
import type { Enterprise } from '@anxun/shared-schema';
import { matchesFilter, quarterStart } from './enterpriseFilter';

const e = { id: 'e1', riskColour: 'red', tags: ['dustExplosion'] } as unknown as Enterprise;
const all = () => true;
const none = { query: '', overdueOnly: false, notInspectedThisQuarter: false };

describe('enterprise filters', () => {
  it('finds the quarter of a date', () => {
    expect(quarterStart('2026-11-22')).toBe('2026-10-01');
    expect(quarterStart('2026-03-31')).toBe('2026-01-01');
  });
  it('filters by risk colour, tag and overdue hazards', () => {
    expect(matchesFilter(e, undefined, { ...none, risk: 'red' }, '2026-11-22', all)).toBe(true);
    expect(matchesFilter(e, undefined, { ...none, risk: 'blue' }, '2026-11-22', all)).toBe(false);
    expect(matchesFilter(e, undefined, { ...none, tag: 'confinedSpace' }, '2026-11-22', all)).toBe(false);
    expect(matchesFilter(e, { overdueHazards: 0, openHazards: 2 }, { ...none, overdueOnly: true }, '2026-11-22', all)).toBe(false);
    expect(matchesFilter(e, { overdueHazards: 1, openHazards: 2 }, { ...none, overdueOnly: true }, '2026-11-22', all)).toBe(true);
  });
  it('counts an inspection on the quarter’s first day in Shanghai (still 30 Sep in UTC) as this quarter', () => {
    const facts = { overdueHazards: 0, openHazards: 0, lastInspectedAt: '2026-09-30T17:00:00Z' };
    expect(matchesFilter(e, facts, { ...none, notInspectedThisQuarter: true }, '2026-11-22', all)).toBe(false);
    expect(matchesFilter(e, { ...facts, lastInspectedAt: '2026-09-30T15:00:00Z' }, { ...none, notInspectedThisQuarter: true }, '2026-11-22', all)).toBe(true);
    expect(matchesFilter(e, undefined, { ...none, notInspectedThisQuarter: true }, '2026-11-22', all)).toBe(true);
  });
});

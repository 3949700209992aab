import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, shanghaiDate } from './dates';

describe('shanghaiDate', () => {
  it('moves to the next date at 16:00 UTC (midnight in Shanghai)', () => {
    expect(shanghaiDate('2026-03-10T15:59:59Z')).toBe('2026-03-10');
    expect(shanghaiDate('2026-03-10T16:00:00Z')).toBe('2026-03-11');
  });
  it('reads offsets of other zones correctly', () => {
    expect(shanghaiDate('2026-03-10T23:30:00-05:00')).toBe('2026-03-11');
  });
  it('counts and adds days across month ends', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
  });
});

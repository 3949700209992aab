import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, shanghaiDate } from './dates';

describe('shanghaiDate', () => {
  it('moves to the next date at 16:00 UTC (midnight in Shanghai)', () => {
    expect(shanghaiDate('2026-03-10T15:59:59Z')).toBe('2026-03-10');
    expect(shanghaiDate('2026-03-10T16:00:00Z')).toBe('2026-03-11');
  });
  it('gives the same date for a UTC string as for the same instant as a Date (year ends, leap days)', () => {
    expect(shanghaiDate('2024-12-31T16:00:00.000Z')).toBe('2025-01-01');
    expect(shanghaiDate('2028-02-28T16:30:00Z')).toBe('2028-02-29');
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (d) => {
        expect(shanghaiDate(d.toISOString())).toBe(shanghaiDate(d));
        expect(shanghaiDate(d.toISOString().replace(/\.\d+Z$/, 'Z'))).toBe(shanghaiDate(d));
      }),
      { numRuns: 2000 },
    );
  });
  it('reads offsets of other zones correctly', () => {
    expect(shanghaiDate('2026-03-10T23:30:00-05:00')).toBe('2026-03-11');
  });
  it('adds and counts days exactly as Date arithmetic does, 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), fc.integer({ min: -800, max: 800 }), (day, delta) => {
        const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
        const later = new Date((day + delta) * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(date, delta)).toBe(later);
        expect(daysBetween(date, later)).toBe(delta);
      }),
      { numRuns: 3000 },
    );
  });
  it('counts and adds days across month ends', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
  });
});

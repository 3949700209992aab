import { describe, expect, it } from 'vitest';
import { worthKeeping } from './fixFilter';

const fix = (second: number, lat = 31.87) => ({ t: new Date(Date.UTC(2026, 2, 1, 1, 0, second)).toISOString(), lat, lon: 120.54, acc: 10 });

describe('worthKeeping', () => {
  it('keeps the first fix, then one every 15 s or every 20 m', () => {
    expect(worthKeeping(undefined, fix(0))).toBe(true);
    expect(worthKeeping(fix(0), fix(5))).toBe(false);
    expect(worthKeeping(fix(0), fix(15))).toBe(true);
    expect(worthKeeping(fix(0), fix(5, 31.8705))).toBe(true);
  });
});

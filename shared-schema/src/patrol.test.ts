import { describe, expect, it } from 'vitest';
import { distanceMetres, trackLength } from './patrol';

describe('patrol track', () => {
  it('measures a degree of latitude as about 111 km', () => {
    expect(distanceMetres({ lat: 31, lon: 120 }, { lat: 32, lon: 120 })).toBeGreaterThan(111_000);
    expect(distanceMetres({ lat: 31, lon: 120 }, { lat: 32, lon: 120 })).toBeLessThan(111_400);
  });
  it('sums the track in time order and skips inaccurate fixes', () => {
    const p = (t: string, lat: number, acc = 10) => ({ t: `2026-03-01T08:0${t}:00Z`, lat, lon: 120, acc });
    const north = distanceMetres({ lat: 31, lon: 120 }, { lat: 31.001, lon: 120 });
    expect(trackLength([p('2', 31.002), p('0', 31), p('1', 31.001)])).toBeCloseTo(2 * north, 3);
    expect(trackLength([p('0', 31), p('1', 31.5, 5000), p('2', 31.001)])).toBeCloseTo(north, 3);
    expect(trackLength([])).toBe(0);
  });
});

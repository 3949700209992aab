import { describe, expect, it } from 'vitest';
import type { TrackPoint } from './patrol';
import { judgeFix, trackGaps } from './trackFilter';

/** A fix `metresNorth` north of 杨舍 at minute:second after 09:00 Shanghai, with accuracy `acc`. */
const at = (minute: number, second: number, metresNorth: number, acc = 8): TrackPoint => ({
  t: new Date(Date.UTC(2026, 2, 2, 1, minute, second)).toISOString(),
  lat: 31.87 + metresNorth / 111_195,
  lon: 120.55,
  acc,
});

describe('judgeFix', () => {
  it('keeps the first accurate fix and refuses a first fix from a cell tower', () => {
    expect(judgeFix(undefined, at(0, 0, 0))).toBe('keep');
    expect(judgeFix(undefined, at(0, 0, 0, 800))).toBe('inaccurate');
  });

  it('thins a standing officer to one fix every 15 s, and keeps every 20 m walked', () => {
    expect(judgeFix(at(0, 0, 0), at(0, 5, 3))).toBe('tooClose');
    expect(judgeFix(at(0, 0, 0), at(0, 15, 3))).toBe('keep');
    expect(judgeFix(at(0, 0, 0), at(0, 10, 25))).toBe('keep');
  });

  it('refuses a jump: 900 m in 10 s is not a walk or a town drive', () => {
    expect(judgeFix(at(0, 0, 0), at(0, 10, 900))).toBe('jump');
    // The same distance over 5 minutes is a drive (3 m/s): kept.
    expect(judgeFix(at(0, 0, 0), at(5, 0, 900))).toBe('keep');
  });

  it('refuses a fix older than the last kept one (a cached position delivered late)', () => {
    expect(judgeFix(at(1, 0, 0), at(0, 30, 40))).toBe('outOfOrder');
  });

  it('refuses a poor fix even when far enough in time', () => {
    expect(judgeFix(at(0, 0, 0), at(2, 0, 30, 120))).toBe('inaccurate');
  });
});

describe('trackGaps', () => {
  it('finds stretches of more than 10 minutes with no fix, in time order', () => {
    const track = [at(0, 0, 0), at(2, 0, 50), at(25, 0, 300), at(26, 0, 320), at(40, 0, 500)];
    const gaps = trackGaps([...track].reverse());
    expect(gaps.map((g) => [g.from.t, g.to.t, Math.round(g.minutes)])).toEqual([
      [track[1]?.t, track[2]?.t, 23],
      [track[3]?.t, track[4]?.t, 14],
    ]);
  });

  it('finds none in a track with a fix at least every 10 minutes', () => {
    expect(trackGaps([at(0, 0, 0), at(10, 0, 50), at(20, 0, 90)])).toEqual([]);
  });
});

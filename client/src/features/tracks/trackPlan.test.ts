import { describe, expect, it } from 'vitest';
import { planProjection, trackSegments } from './trackPlan';

describe('planProjection', () => {
  const square = [{ lat: 31.86, lon: 120.53 }, { lat: 31.86, lon: 120.57 }, { lat: 31.88, lon: 120.57 }, { lat: 31.88, lon: 120.53 }];
  it('keeps every point inside the plan with north up and east right', () => {
    const plan = planProjection(square, 800);
    for (const p of square.map(plan.project)) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(plan.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(plan.height);
    }
    expect(plan.project({ lat: 31.88, lon: 120.53 }).y).toBeLessThan(plan.project({ lat: 31.86, lon: 120.53 }).y);
    expect(plan.project({ lat: 31.86, lon: 120.57 }).x).toBeGreaterThan(plan.project({ lat: 31.86, lon: 120.53 }).x);
  });
  it('draws equal distances north and east at the same length (about 31° N)', () => {
    const plan = planProjection(square, 800);
    const o = plan.project({ lat: 31.87, lon: 120.55 });
    // 0.001° of latitude ≈ 111 m; the same east is 0.001 / cos(31.87°) of longitude.
    const north = plan.project({ lat: 31.871, lon: 120.55 });
    const east = plan.project({ lat: 31.87, lon: 120.55 + 0.001 / Math.cos((31.87 * Math.PI) / 180) });
    expect(Math.abs(east.x - o.x)).toBeCloseTo(Math.abs(north.y - o.y), 1);
  });
  it('draws a single point in the middle rather than dividing by zero', () => {
    const plan = planProjection([{ lat: 31, lon: 120 }], 400);
    const p = plan.project({ lat: 31, lon: 120 });
    expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(planProjection([], 400).height).toBe(224);
  });
});

describe('trackSegments', () => {
  const fix = (minute: number, lat: number) => ({ t: new Date(Date.UTC(2026, 2, 2, 1, minute)).toISOString(), lat, lon: 120.55, acc: 8 });
  it('cuts the track at every stretch of more than 10 minutes without a fix', () => {
    const track = [fix(0, 31.87), fix(2, 31.871), fix(30, 31.88), fix(31, 31.881), fix(50, 31.89)];
    const { stretches, gaps } = trackSegments([...track].reverse());
    expect(stretches).toEqual([[track[0], track[1]], [track[2], track[3]], [track[4]]]);
    expect(gaps.map((g) => [g.from, g.to])).toEqual([[track[1], track[2]], [track[3], track[4]]]);
  });
  it('keeps a track with a fix every few minutes whole', () => {
    const track = [fix(0, 31.87), fix(5, 31.871), fix(10, 31.872)];
    expect(trackSegments(track)).toEqual({ stretches: [track], gaps: [] });
  });
});

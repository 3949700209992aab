import { describe, expect, it } from 'vitest';
import { planProjection } from './trackPlan';

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

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchesDrawCriteria, randomDraw } from './randomDraw';
import type { DrawCandidate, DrawCriteria } from './inspectionTask';

const officers = ['o1', 'o2', 'o3', 'o4', 'o5', 'o6'];
const candidate = fc.record({
  enterpriseId: fc.stringMatching(/^e[0-9]{1,3}$/),
  boundOfficerIds: fc.subarray(officers, { maxLength: 4 }),
});
const drawInput = fc.record({
  seed: fc.nat(0xffffffff),
  population: fc.array(candidate, { maxLength: 40 }),
  poolIds: fc.subarray(officers, { minLength: 0 }),
  count: fc.integer({ min: 1, max: 12 }),
});

describe('randomDraw', () => {
  it('draws distinct enterprises of the population, each with two distinct unbound inspectors of the pool', () => {
    fc.assert(fc.property(drawInput, (input) => {
      const outcome = randomDraw(input);
      if (!outcome.ok) return;
      const population = new Map(input.population.map((c) => [c.enterpriseId, c]));
      expect(outcome.assignments).toHaveLength(input.count);
      expect(new Set(outcome.assignments.map((a) => a.enterpriseId)).size).toBe(input.count);
      for (const a of outcome.assignments) {
        const target = population.get(a.enterpriseId) as DrawCandidate;
        expect(target).toBeDefined();
        expect(new Set(a.inspectorIds).size).toBe(2);
        for (const id of a.inspectorIds) {
          expect(input.poolIds).toContain(id);
          expect(target.boundOfficerIds).not.toContain(id);
        }
      }
    }));
  });

  it('gives the same draw for the same seed and inputs, whatever order the inputs arrive in', () => {
    fc.assert(fc.property(drawInput, (input) => {
      const again = randomDraw({ ...input, population: [...input.population].reverse(), poolIds: [...input.poolIds].reverse() });
      expect(again).toEqual(randomDraw(input));
    }));
  });

  it('fails, whatever the seed, exactly when too few enterprises have two free inspectors', () => {
    fc.assert(fc.property(drawInput, fc.nat(0xffffffff), (input, otherSeed) => {
      const a = randomDraw(input);
      const b = randomDraw({ ...input, seed: otherSeed });
      expect(a.ok).toBe(b.ok);
      if (!a.ok && !b.ok) expect(a.code).toBe(b.code);
    }));
  });

  it('names the reason: a population smaller than asked, or a pool that cannot cover it', () => {
    const population = [{ enterpriseId: 'e1', boundOfficerIds: ['o1'] }, { enterpriseId: 'e2', boundOfficerIds: [] }];
    expect(randomDraw({ seed: 1, population, poolIds: officers, count: 3 })).toMatchObject({ ok: false, code: 'draw_population_too_small' });
    // o1 is bound to e1, so e1 has one free inspector: only e2 is drawable.
    expect(randomDraw({ seed: 1, population, poolIds: ['o1', 'o2'], count: 2 })).toMatchObject({ ok: false, code: 'draw_pool_too_small' });
    expect(randomDraw({ seed: 1, population, poolIds: ['o1'], count: 1 })).toMatchObject({ ok: false, code: 'draw_pool_too_small' });
    expect(randomDraw({ seed: 1, population, poolIds: ['o1', 'o2'], count: 1 })).toEqual({ ok: true, assignments: [{ enterpriseId: 'e2', inspectorIds: expect.arrayContaining(['o1', 'o2']) as unknown }] });
  });

  it('spreads the work: with everyone free, loads differ by at most one', () => {
    fc.assert(fc.property(fc.nat(0xffffffff), fc.integer({ min: 1, max: 30 }), (seed, count) => {
      const population = Array.from({ length: 30 }, (_, i) => ({ enterpriseId: `e${i}`, boundOfficerIds: [] }));
      const outcome = randomDraw({ seed, population, poolIds: officers, count });
      if (!outcome.ok) throw new Error(outcome.detail);
      const loads = officers.map((o) => outcome.assignments.filter((a) => a.inspectorIds.includes(o)).length);
      expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    }));
  });

  it('does not always draw the same enterprises (the seed matters)', () => {
    const population = Array.from({ length: 50 }, (_, i) => ({ enterpriseId: `e${i}`, boundOfficerIds: [] }));
    const draws = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(randomDraw({ seed, population, poolIds: officers, count: 3 }))));
    expect(draws.size).toBeGreaterThan(1);
  });
});

describe('matchesDrawCriteria', () => {
  const none: DrawCriteria = { gridIds: [], categories: [], tags: [], riskColours: [] };
  const e: Parameters<typeof matchesDrawCriteria>[0] = {
    areaCode: '320582100001', gridIds: ['g1'], supervisionCategory: 'machinery', tags: ['dustExplosion'], riskColour: 'orange', operatingStatus: 'operating',
  };
  it('matches everything open with empty criteria, never a closed enterprise', () => {
    expect(matchesDrawCriteria(e, none)).toBe(true);
    expect(matchesDrawCriteria({ ...e, operatingStatus: 'closed' }, none)).toBe(false);
    expect(matchesDrawCriteria({ ...e, operatingStatus: 'ceased' }, none)).toBe(false);
  });
  it('narrows by area prefix, grid, category, any tag and risk colour', () => {
    expect(matchesDrawCriteria(e, { ...none, areaCode: '320582100' })).toBe(true);
    expect(matchesDrawCriteria(e, { ...none, areaCode: '320582101' })).toBe(false);
    expect(matchesDrawCriteria(e, { ...none, gridIds: ['g2', 'g1'] })).toBe(true);
    expect(matchesDrawCriteria(e, { ...none, gridIds: ['g2'] })).toBe(false);
    expect(matchesDrawCriteria(e, { ...none, categories: ['hazchem'] })).toBe(false);
    expect(matchesDrawCriteria(e, { ...none, tags: ['confinedSpace', 'dustExplosion'] })).toBe(true);
    expect(matchesDrawCriteria(e, { ...none, riskColours: ['red'] })).toBe(false);
    expect(matchesDrawCriteria(e, { ...none, riskColours: ['red', 'orange'] })).toBe(true);
  });
});

import type { Enterprise } from './enterprise';
import { isDeactivated } from './enterpriseStatus';
import { seededRandom } from './exam';
import type { DrawCandidate, DrawCriteria } from './inspectionTask';

/** An enforcement inspection needs two certified officers (行政处罚法 art.42). */
export const INSPECTORS_PER_TARGET = 2;

/** Whether an enterprise belongs to the population a draw picks from; 停业 and 注销 ones never do. */
export function matchesDrawCriteria(
  e: Pick<Enterprise, 'areaCode' | 'gridIds' | 'supervisionCategory' | 'tags' | 'riskColour' | 'operatingStatus'>,
  c: DrawCriteria,
): boolean {
  if (isDeactivated(e.operatingStatus)) return false;
  if (c.areaCode !== undefined && !e.areaCode.startsWith(c.areaCode)) return false;
  if (c.gridIds.length > 0 && !e.gridIds.some((g) => c.gridIds.includes(g))) return false;
  if (c.categories.length > 0 && !c.categories.includes(e.supervisionCategory)) return false;
  if (c.tags.length > 0 && !e.tags.some((t) => c.tags.includes(t))) return false;
  if (c.riskColours.length > 0 && !c.riskColours.includes(e.riskColour)) return false;
  return true;
}

export interface DrawInput {
  seed: number;
  population: readonly DrawCandidate[];
  poolIds: readonly string[];
  count: number;
}

export type DrawOutcome =
  | { ok: true; assignments: { enterpriseId: string; inspectorIds: [string, string] }[] }
  | { ok: false; code: 'draw_population_too_small' | 'draw_pool_too_small'; detail: string };

/**
 * 双随机: draws `count` enterprises of the population and two inspectors of the pool for each.
 * Invariants (property-tested): targets are distinct members of the population; each gets two
 * distinct pool members, neither bound to it; the same seed and inputs give the same draw, in
 * whatever order the inputs arrive. Success does not depend on the seed: an enterprise is
 * drawable when at least two pool members are free for it, and the draw fails, whatever the
 * seed, when fewer than `count` are. Inspectors are spread evenly: each target takes the least
 * loaded free inspectors, ties broken at random.
 */
export function randomDraw(input: DrawInput): DrawOutcome {
  // An enterprise listed twice is one candidate bound to the officers of both entries.
  const byId = new Map<string, DrawCandidate>();
  for (const c of input.population) {
    const seen = byId.get(c.enterpriseId)?.boundOfficerIds ?? [];
    byId.set(c.enterpriseId, { enterpriseId: c.enterpriseId, boundOfficerIds: [...seen, ...c.boundOfficerIds] });
  }
  // Code-unit order, not localeCompare: the order must not depend on a device's locale.
  const population = [...byId.values()].sort((a, b) => (a.enterpriseId < b.enterpriseId ? -1 : 1));
  const pool = [...new Set(input.poolIds)].sort();
  if (population.length < input.count) {
    return { ok: false, code: 'draw_population_too_small', detail: `population ${population.length} < ${input.count}` };
  }
  const freeFor = (c: DrawCandidate) => pool.filter((id) => !c.boundOfficerIds.includes(id));
  const drawable = population.filter((c) => freeFor(c).length >= INSPECTORS_PER_TARGET);
  if (drawable.length < input.count) {
    return { ok: false, code: 'draw_pool_too_small', detail: `only ${drawable.length} of ${population.length} enterprises have ${INSPECTORS_PER_TARGET} unbound inspectors in the pool` };
  }
  const next = seededRandom(input.seed);
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  };
  const targets = shuffle([...drawable]).slice(0, input.count);
  const load = new Map(pool.map((id) => [id, 0]));
  const assignments = targets.map((target) => {
    // Shuffle, then a stable sort by load: the least loaded first, ties in random order.
    const free = shuffle(freeFor(target)).sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0));
    const [first, second] = free as [string, string];
    load.set(first, (load.get(first) ?? 0) + 1);
    load.set(second, (load.get(second) ?? 0) + 1);
    return { enterpriseId: target.enterpriseId, inspectorIds: [first, second] as [string, string] };
  });
  return { ok: true, assignments };
}

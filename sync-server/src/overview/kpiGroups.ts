import { examPassRate, kpiSet, type KpiGroupBy, type OverviewKpis } from '@anxun/shared-schema';
import type { KpiFacts } from '../store/kpiFactsSql';

function groupIds<T>(pairs: readonly (readonly [string, T])[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const [key, value] of pairs) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}

interface Group {
  key: string;
  label: string;
  enterpriseIds: Set<string>;
  /** Inspections counted for the group beyond those of its enterprises' self-checks (officer: their own). */
  officerId?: string;
}

/** Town codes have 9 digits, villages 12: an area groups by the next level below the supervisor's. */
const areaLevel = (supervisorArea: string) => (supervisorArea.length < 9 ? 9 : 12);

function groupsOf(facts: KpiFacts, groupBy: KpiGroupBy, supervisorArea: string): Group[] {
  const byGrid = groupIds(facts.enterprises.flatMap((e) => e.gridIds.map((g) => [g, e.id] as const)));
  const enterprisesIn = (gridIds: readonly string[]) => new Set(gridIds.flatMap((g) => byGrid.get(g) ?? []));
  switch (groupBy) {
    case 'area': {
      const level = areaLevel(supervisorArea);
      const groups = new Map<string, Group>();
      for (const e of facts.enterprises) {
        const key = e.areaCode.slice(0, level);
        const group = groups.get(key) ?? { key, label: level === 9 ? e.townName : `${e.townName}${e.villageName}`, enterpriseIds: new Set() };
        group.enterpriseIds.add(e.id);
        groups.set(key, group);
      }
      return [...groups.values()];
    }
    case 'grid':
      return facts.grids.map((g) => ({ key: g.id, label: g.name, enterpriseIds: enterprisesIn([g.id]) }));
    case 'officer': {
      const officerIds = [...new Set(facts.grids.flatMap((g) => g.officerIds))];
      return officerIds.map((id) => ({
        key: id, label: facts.officers.get(id) ?? id, officerId: id,
        enterpriseIds: enterprisesIn(facts.grids.filter((g) => g.officerIds.includes(id)).map((g) => g.id)),
      }));
    }
  }
}

/**
 * The seed KPIs per group and for the whole area, all through the pure functions of
 * shared-schema/kpi.ts. A group is a set of enterprises; its hazards and inspections are theirs.
 * An officer's group is the enterprises of the grids they cover; its government inspections are
 * the ones that officer took part in, so coverage measures the officer's own visits.
 */
export function kpiGroups(facts: KpiFacts, query: { from: string; to: string; groupBy: KpiGroupBy }, supervisorArea: string, today: string): OverviewKpis {
  // Indexed by enterprise once: a city has ~200 grids and 100k hazards, so no group scans them all.
  const inspectionsOf = groupIds(facts.inspections.map((i) => [i.enterpriseId, i] as const));
  const hazardsOf = groupIds(facts.hazards.map((h) => [h.enterpriseId, h] as const));
  const enterpriseById = new Map(facts.enterprises.map((e) => [e.id, e]));
  const compute = (enterpriseIds: Set<string>, officerId?: string) => {
    const inspections = [...enterpriseIds]
      .flatMap((id) => inspectionsOf.get(id) ?? [])
      .filter((i) => officerId === undefined || i.selfCheck || i.officerIds.includes(officerId));
    const hazards = [...enterpriseIds].flatMap((id) => hazardsOf.get(id) ?? []);
    return kpiSet([...enterpriseIds].map((id) => enterpriseById.get(id) ?? { id }), inspections, hazards, query.from, query.to, today);
  };
  // The total counts every hazard of the area, including those of deleted enterprise profiles.
  const total = kpiSet(facts.enterprises, facts.inspections, facts.hazards, query.from, query.to, today);
  const groups = groupsOf(facts, query.groupBy, supervisorArea)
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((g) => ({ key: g.key, label: g.label, kpis: compute(g.enterpriseIds, g.officerId) }));
  // 逢查必考 per enterprise: only those with examinees in the period, the weakest first.
  const examsByEnterprise = facts.enterprises
    .map((e) => ({ enterpriseId: e.id, name: e.name, rate: examPassRate(inspectionsOf.get(e.id) ?? [], query.from, query.to) }))
    .filter((e) => e.rate.denominator > 0)
    .sort((a, b) => (a.rate.value ?? 0) - (b.rate.value ?? 0) || a.enterpriseId.localeCompare(b.enterpriseId));
  return { from: query.from, to: query.to, today, groupBy: query.groupBy, total, groups, examsByEnterprise };
}

import { Enterprise, Grid, matchesDrawCriteria, type DrawCandidate, type DrawCriteria, type DrawInspector, type Principal } from '@anxun/shared-schema';
import type { Store } from '../store/Store';
import { scopedDocuments } from './scopedDocuments';

/**
 * The enterprises of the supervisor's area that match the criteria, each with the officers bound
 * to it: its 双网格员 (boundOfficerIds) and the officers of its grids. A draw never sends them.
 */
export async function drawPopulation(store: Store, supervisor: Principal, criteria: DrawCriteria): Promise<{ candidates: DrawCandidate[]; enterprises: Map<string, Enterprise> }> {
  const grids = (await scopedDocuments(store, supervisor, 'grids')).map((d) => Grid.parse(d.data));
  const gridOfficers = new Map(grids.map((g) => [g.id, g.officerIds]));
  const enterprises = new Map<string, Enterprise>();
  const candidates: DrawCandidate[] = [];
  for (const doc of await scopedDocuments(store, supervisor, 'enterprises')) {
    const e = Enterprise.parse(doc.data);
    if (!matchesDrawCriteria(e, criteria)) continue;
    enterprises.set(e.id, e);
    const bound = new Set([...e.boundOfficerIds, ...e.gridIds.flatMap((g) => gridOfficers.get(g) ?? [])]);
    candidates.push({ enterpriseId: e.id, boundOfficerIds: [...bound].sort() });
  }
  candidates.sort((a, b) => (a.enterpriseId < b.enterpriseId ? -1 : 1));
  return { candidates, enterprises };
}

/**
 * Officers a supervisor may draw: those covering a grid of the area, and those whose own area
 * (enforcement staff without a grid) lies in it. Third-party experts inspect but do not enforce.
 */
export async function drawInspectors(store: Store, supervisor: Principal): Promise<DrawInspector[]> {
  const area = supervisor.areaCode ?? '\u0000';
  const areaGrids = new Set((await scopedDocuments(store, supervisor, 'grids')).map((d) => d.id));
  return (await store.listOfficers())
    .filter((o) => o.officerKind !== 'expert')
    .filter((o) => o.gridIds.some((g) => areaGrids.has(g)) || (o.areaCode ?? '').startsWith(area))
    .map((o) => ({ userId: o.userId, displayName: o.displayName, gridIds: o.gridIds, ...(o.officerKind ? { officerKind: o.officerKind } : {}) }));
}

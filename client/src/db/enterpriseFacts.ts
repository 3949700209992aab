import { combineLatest, map, type Observable } from 'rxjs';
import { OPEN_STATES, type Inspection } from '@anxun/shared-schema';
import { coalesceBursts } from './coalesceBursts';
import { afterFirstScreen } from './firstScreen';
import type { AnxunDatabase } from './database';
import { observeHazardViews } from './hazardRepository';

export interface EnterpriseFactsRow {
  overdueHazards: number;
  openHazards: number;
  lastInspectedAt?: string | undefined;
}

const OPEN = new Set(OPEN_STATES);

/** Per enterprise: open and overdue hazards, and the last finished government inspection. */
export function observeEnterpriseFacts(db: AnxunDatabase): Observable<Map<string, EnterpriseFactsRow>> {
  const inspections$ = db.inspections.find().$.pipe(coalesceBursts(), map((docs) => docs.map((d) => d.toJSON() as Inspection)));
  // Secondary to the list itself: read once the first rows are on screen.
  return combineLatest([afterFirstScreen(observeHazardViews(db)), inspections$]).pipe(
    coalesceBursts(),
    map(([views, inspections]) => {
      const facts = new Map<string, EnterpriseFactsRow>();
      const row = (id: string) => facts.get(id) ?? (facts.set(id, { overdueHazards: 0, openHazards: 0 }), facts.get(id) as EnterpriseFactsRow);
      for (const v of views) {
        if (OPEN.has(v.status.state)) row(v.hazard.enterpriseId).openHazards += 1;
        if (v.overdue) row(v.hazard.enterpriseId).overdueHazards += 1;
      }
      for (const i of inspections) {
        if (i.type === 'selfCheck' || i.status !== 'finished' || !i.finishedAt) continue;
        const r = row(i.enterpriseId);
        if (!r.lastInspectedAt || r.lastInspectedAt < i.finishedAt) r.lastInspectedAt = i.finishedAt;
      }
      return facts;
    }),
  );
}

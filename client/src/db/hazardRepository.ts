import { combineLatest, map, shareReplay, type Observable } from 'rxjs';
import { foldHazard, Hazard, HazardEvent, isOverdue, shanghaiDate, type HazardStatus } from '@anxun/shared-schema';
import { coalesceBursts } from './coalesceBursts';
import { afterFirstScreen } from './firstScreen';
import type { AnxunDatabase } from './database';
import { localWrites$ } from './localWrites';

export interface HazardView {
  hazard: Hazard;
  status: HazardStatus;
  events: HazardEvent[];
  overdue: boolean;
}

export type WriteResult<T> = { ok: true; value: T } | { ok: false; issues: { path: string; message: string }[] };

function groupByHazard(events: HazardEvent[]): Map<string, HazardEvent[]> {
  const byHazard = new Map<string, HazardEvent[]>();
  for (const e of events) {
    const list = byHazard.get(e.hazardId);
    if (list) list.push(e);
    else byHazard.set(e.hazardId, [e]);
  }
  return byHazard;
}

/**
 * A hazard's own events: one that names the hazard but another enterprise is somebody else's
 * (the server refuses or voids it) and never shows on this hazard's timeline (issue 11, hole 5).
 */
export function ownEvents(hazard: Hazard, events: HazardEvent[]): HazardEvent[] {
  return events.filter((e) => e.enterpriseId === hazard.enterpriseId);
}

/** The device's whole hazard ledger, folded once and shared by every screen that shows it (list, facts, badge). */
const allViews = new WeakMap<AnxunDatabase, Observable<HazardView[]>>();

/** Hazards with their state folded from events, the same fold the server uses (optimistic for pending events). */
export function observeHazardViews(db: AnxunDatabase, filter: { enterpriseId?: string } = {}): Observable<HazardView[]> {
  if (filter.enterpriseId) return foldedViews(db, { enterpriseId: filter.enterpriseId });
  const shared = allViews.get(db) ?? foldedViews(db, {}).pipe(shareReplay({ bufferSize: 1, refCount: true }));
  allViews.set(db, shared);
  return shared;
}

function foldedViews(db: AnxunDatabase, selector: { enterpriseId?: string }): Observable<HazardView[]> {
  // Documents become plain objects only for the emissions that pass the burst filter.
  return combineLatest([db.hazards.find({ selector }).$, db.hazardEvents.find().$]).pipe(
    coalesceBursts(),
    map(([hazardDocs, eventDocs]) => {
      const events = groupByHazard(eventDocs.map((d) => d.toJSON() as HazardEvent));
      const today = shanghaiDate(new Date());
      return hazardDocs
        .map((doc) => {
          const hazard = doc.toJSON() as Hazard;
          const own = ownEvents(hazard, events.get(hazard.id) ?? []);
          const status = foldHazard(hazard, own);
          return { hazard, status, events: own, overdue: isOverdue(status, today) };
        })
        .sort((a, b) => b.hazard.foundAt.localeCompare(a.hazard.foundAt));
    }),
  );
}

/** The same ledger for what is not the screen's main content (the notification badge): read after the first rows show. */
export function observeHazardViewsInBackground(db: AnxunDatabase): Observable<HazardView[]> {
  return afterFirstScreen(observeHazardViews(db));
}

export function observeHazardView(db: AnxunDatabase, id: string): Observable<HazardView | null> {
  return combineLatest([db.hazards.findOne(id).$, db.hazardEvents.find({ selector: { hazardId: id } }).$]).pipe(
    map(([doc, eventDocs]) => {
      if (!doc) return null;
      const hazard = doc.toJSON() as Hazard;
      const events = ownEvents(hazard, eventDocs.map((d) => d.toJSON() as HazardEvent));
      const status = foldHazard(hazard, events);
      return { hazard, status, events, overdue: isOverdue(status, shanghaiDate(new Date())) };
    }),
  );
}

const issuesOf = (error: { issues: { path: PropertyKey[]; message: string }[] }) => error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));

/** Records a hazard on this device (DRAFT until its first event). */
export async function saveHazard(db: AnxunDatabase, hazard: Hazard): Promise<WriteResult<Hazard>> {
  const parsed = Hazard.safeParse({ ...hazard, updatedAt: new Date().toISOString() });
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  await db.hazards.upsert(parsed.data);
  localWrites$.next({ collection: 'hazards', id: parsed.data.id, updatedAt: parsed.data.updatedAt });
  return { ok: true, value: parsed.data };
}

/** Appends a workflow event (insert-only); the server judges it in its order and returns the verdict. */
export async function addHazardEvent(db: AnxunDatabase, event: HazardEvent): Promise<WriteResult<HazardEvent>> {
  const parsed = HazardEvent.safeParse(event);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  await db.hazardEvents.insert(parsed.data);
  localWrites$.next({ collection: 'hazardEvents', id: parsed.data.id, updatedAt: parsed.data.updatedAt });
  return { ok: true, value: parsed.data };
}

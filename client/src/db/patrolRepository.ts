import { map, type Observable } from 'rxjs';
import { newId, Patrol, type Grid, type PatrolCheckIn, type TrackPoint } from '@anxun/shared-schema';
import type { AnxunDatabase } from './database';
import { localWrites$ } from './localWrites';

const written = (p: Patrol) => localWrites$.next({ collection: 'patrols', id: p.id, updatedAt: p.updatedAt });

/** The officer's running patrol (no end yet), if any. */
export function observeActivePatrol(db: AnxunDatabase, officerId: string): Observable<Patrol | null> {
  return db.patrols.find({ selector: { officerId } }).$.pipe(
    map((docs) => (docs.map((d) => d.toJSON() as Patrol).filter((p) => !p.endedAt).sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0] ?? null)),
  );
}

export function observePatrols(db: AnxunDatabase, officerId: string): Observable<Patrol[]> {
  return db.patrols.find({ selector: { officerId } }).$.pipe(map((docs) => docs.map((d) => d.toJSON() as Patrol).sort((a, b) => b.startedAt.localeCompare(a.startedAt))));
}

export async function startPatrol(db: AnxunDatabase, officerId: string, grids: readonly Grid[]): Promise<Patrol> {
  const now = new Date().toISOString();
  const patrol = Patrol.parse({
    id: newId(), officerId, areaCode: grids[0]?.areaCode ?? '000000', gridIds: grids.map((g) => g.id),
    startedAt: now, points: [], checkIns: [], updatedAt: now,
  });
  await db.patrols.insert(patrol);
  written(patrol);
  return patrol;
}

async function modify(db: AnxunDatabase, id: string, change: (p: Patrol) => Patrol): Promise<void> {
  const doc = await db.patrols.findOne(id).exec();
  if (!doc) return;
  const updated = await doc.incrementalModify((current) => Patrol.parse({ ...change(current as Patrol), updatedAt: new Date().toISOString() }));
  written(updated.toJSON() as Patrol);
}

export const appendFix = (db: AnxunDatabase, id: string, fix: TrackPoint) => modify(db, id, (p) => ({ ...p, points: [...p.points, fix] }));
export const addCheckIn = (db: AnxunDatabase, id: string, checkIn: PatrolCheckIn) => modify(db, id, (p) => ({ ...p, checkIns: [...p.checkIns, checkIn] }));
export const endPatrol = (db: AnxunDatabase, id: string) => modify(db, id, (p) => ({ ...p, endedAt: new Date().toISOString() }));

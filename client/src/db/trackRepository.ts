import { map, type Observable } from 'rxjs';
import type { Patrol } from '@anxun/shared-schema';
import type { AnxunDatabase } from './database';

/** Every patrol this device holds (a supervisor's: the area's), newest first. */
export function observeAllPatrols(db: AnxunDatabase): Observable<Patrol[]> {
  return db.patrols.find().$.pipe(map((docs) => docs.map((d) => d.toJSON() as Patrol).sort((a, b) => b.startedAt.localeCompare(a.startedAt))));
}

import { map, type Observable } from 'rxjs';
import type { ConflictRecord } from '@anxun/shared-schema';
import type { AnxunDatabase } from './database';

/** The whole conflict log this device holds (a supervisor: the area's), newest first. */
export function observeConflictLog(db: AnxunDatabase): Observable<ConflictRecord[]> {
  return db.conflicts.find().$.pipe(
    map((docs) => docs.map((d) => d.toJSON() as ConflictRecord).sort((a, b) => b.detectedAt.localeCompare(a.detectedAt))),
  );
}

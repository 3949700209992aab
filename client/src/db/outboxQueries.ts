import { map, type Observable } from 'rxjs';
import type { ConflictRecord, HazardEvent } from '@anxun/shared-schema';
import { observeConflictLog } from './conflictLog';
import type { AnxunDatabase } from './database';

/** Conflict-log entries about this user's own writes (merged over, or refused) that are still open. */
export function observeMyConflicts(db: AnxunDatabase, userId: string): Observable<ConflictRecord[]> {
  return observeConflictLog(db).pipe(map((log) => log.filter((c) => c.status === 'open' && (c.pushAuthor === userId || c.serverAuthor === userId))));
}

/** This user's hazard events the server did not accept, with its reasons. */
export function observeMyRejectedEvents(db: AnxunDatabase, userId: string): Observable<HazardEvent[]> {
  return db.hazardEvents.find().$.pipe(
    map((docs) => docs.map((d) => d.toJSON() as HazardEvent).filter((e) => e.actorId === userId && e.verdict?.accepted === false)),
  );
}

import { from, map, merge, of, switchMap, type Observable } from 'rxjs';
import { normalizeMangoQuery, prepareQuery } from 'rxdb/plugins/core';
import { ConflictRecord } from '@anxun/shared-schema';
import type { AnxunDatabase } from './database';

/**
 * Conflict records as stored, read from the storage instance rather than through RxDocuments:
 * a conflict record has a top-level field named `collection`, which an RxDocument reserves for
 * its own collection, so building one throws and every query of `conflicts` failed (the log
 * stayed empty on every device). TODO(#6): rename the field in ConflictRecord (schema version 1,
 * with a migration) and go back to plain queries.
 */
async function readConflicts(db: AnxunDatabase): Promise<ConflictRecord[]> {
  const collection = db.conflicts;
  const query = prepareQuery(collection.storageInstance.schema, normalizeMangoQuery(collection.storageInstance.schema, { selector: {} }));
  const { documents } = await collection.storageInstance.query(query);
  return documents.flatMap((doc) => {
    const { _deleted, _meta: _m, _rev: _r, _attachments: _a, ...data } = doc as unknown as Record<string, unknown> & { _deleted: boolean };
    const parsed = ConflictRecord.safeParse(data);
    return !_deleted && parsed.success ? [parsed.data] : [];
  });
}

/** The whole conflict log this device holds (a supervisor: the area's), newest first, updated on every change. */
export function observeConflictLog(db: AnxunDatabase): Observable<ConflictRecord[]> {
  return merge(of(null), db.conflicts.eventBulks$).pipe(
    switchMap(() => from(readConflicts(db))),
    map((records) => records.sort((a, b) => b.detectedAt.localeCompare(a.detectedAt))),
  );
}

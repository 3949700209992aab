import { combineLatest, map, type Observable } from 'rxjs';
import { COLLECTION_NAMES, type CollectionName, type ConflictRecord, type HazardEvent } from '@anxun/shared-schema';
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

/**
 * How many of this user's own operations the server refused or merged over and nobody has
 * acknowledged yet: open conflict-log records they pushed, and refused hazard events whose record
 * has not arrived (or predates the log). Feeds the header's warning chip.
 */
export function observeMyRefusedCount(db: AnxunDatabase, userId: string): Observable<number> {
  return combineLatest([observeConflictLog(db), observeMyRejectedEvents(db, userId)]).pipe(
    map(([log, rejected]) => {
      const logged = new Set(log.map((c) => c.documentId));
      const open = log.filter((c) => c.status === 'open' && c.pushAuthor === userId).map((c) => `${c.collection}/${c.documentId}/${c.field}`);
      const unlogged = rejected.filter((e) => !logged.has(e.id)).map((e) => `hazardEvents/${e.id}`);
      return new Set([...open, ...unlogged]).size;
    }),
  );
}

const textField = (doc: Record<string, unknown> | undefined, key: string): string | undefined => (typeof doc?.[key] === 'string' && doc[key] !== '' ? doc[key] : undefined);

async function documentOf(db: AnxunDatabase, collection: string, id: string): Promise<Record<string, unknown> | undefined> {
  if (!COLLECTION_NAMES.includes(collection as CollectionName)) return undefined;
  const doc = await db[collection as CollectionName].findOne(id).exec();
  return doc ? (doc.toJSON() as Record<string, unknown>) : undefined;
}

/**
 * What each waiting change is about, in names a user knows (an enterprise, a hazard's title), for
 * 待同步 — never the document id. An entry whose document is gone keeps no name (the caller says so).
 */
export async function outboxEntryNames(db: AnxunDatabase, entries: readonly { collection: string; id: string }[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const { collection, id } of entries) {
    const doc = await documentOf(db, collection, id);
    const hazard = textField(doc, 'hazardId') ? await documentOf(db, 'hazards', textField(doc, 'hazardId') ?? '') : undefined;
    const enterprise = textField(doc, 'enterpriseId') ? await documentOf(db, 'enterprises', textField(doc, 'enterpriseId') ?? '') : undefined;
    const name = textField(doc, 'name') ?? textField(doc, 'title') ?? textField(hazard, 'title') ?? textField(enterprise, 'name');
    if (name) names.set(`${collection}/${id}`, name);
  }
  return names;
}

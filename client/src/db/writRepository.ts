import { map, type Observable } from 'rxjs';
import { Writ } from '@anxun/shared-schema';
import type { AnxunDatabase } from './database';
import type { WriteResult } from './hazardRepository';
import { localWrites$ } from './localWrites';

const newestFirst = (a: Writ, b: Writ) => b.issuedAt.localeCompare(a.issuedAt);

/** An enterprise's writs (执法文书), newest first. */
export function observeWrits(db: AnxunDatabase, enterpriseId: string): Observable<Writ[]> {
  return db.writs.find({ selector: { enterpriseId } }).$.pipe(map((docs) => docs.map((d) => d.toJSON() as Writ).sort(newestFirst)));
}

export function observeWrit(db: AnxunDatabase, id: string): Observable<Writ | null> {
  return db.writs.findOne(id).$.pipe(map((d) => (d ? (d.toJSON() as Writ) : null)));
}

/** Provisional numbers already on this device: a new one must not repeat them. */
export async function provisionalWritNumbers(db: AnxunDatabase): Promise<string[]> {
  return (await db.writs.find().exec()).map((d) => d.provisionalNo);
}

/** Issues a writ on this device (offline too); the server numbers it when it arrives. */
export async function saveWrit(db: AnxunDatabase, writ: Writ): Promise<WriteResult<Writ>> {
  const parsed = Writ.safeParse({ ...writ, updatedAt: new Date().toISOString() });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
  await db.writs.upsert(parsed.data);
  localWrites$.next({ collection: 'writs', id: parsed.data.id, updatedAt: parsed.data.updatedAt });
  return { ok: true, value: parsed.data };
}

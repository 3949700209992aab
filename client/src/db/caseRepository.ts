import { map, type Observable } from 'rxjs';
import { EnforcementCase } from '@anxun/shared-schema';
import type { AnxunDatabase } from './database';
import type { WriteResult } from './hazardRepository';
import { localWrites$ } from './localWrites';

/** The cases on this device (an enforcement officer's grids, a supervisor's area), newest first. */
export function observeCases(db: AnxunDatabase): Observable<EnforcementCase[]> {
  return db.cases.find().$.pipe(map((docs) => docs.map((d) => d.toJSON() as EnforcementCase).sort((a, b) => b.openedAt.localeCompare(a.openedAt))));
}

export function observeCase(db: AnxunDatabase, id: string): Observable<EnforcementCase | null> {
  return db.cases.findOne(id).$.pipe(map((d) => (d ? (d.toJSON() as EnforcementCase) : null)));
}

/** Opens or advances a case on this device (offline too); the server judges it when it arrives. */
export async function saveCase(db: AnxunDatabase, value: EnforcementCase): Promise<WriteResult<EnforcementCase>> {
  const parsed = EnforcementCase.safeParse({ ...value, updatedAt: new Date().toISOString() });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
  await db.cases.upsert(parsed.data);
  localWrites$.next({ collection: 'cases', id: parsed.data.id, updatedAt: parsed.data.updatedAt });
  return { ok: true, value: parsed.data };
}

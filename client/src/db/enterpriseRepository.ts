import { map, type Observable } from 'rxjs';
import { Enterprise, type Grid } from '@anxun/shared-schema';
import type { AnxunDatabase } from './database';
import { localWrites$ } from './localWrites';

export type SaveResult = { ok: true; enterprise: Enterprise } | { ok: false; issues: { path: string; message: string }[] };

/** All enterprises this device holds (the user's scope), sorted by name in Chinese collation. */
export function observeEnterprises(db: AnxunDatabase): Observable<Enterprise[]> {
  return db.enterprises.find().$.pipe(
    map((docs) => docs.map((d) => d.toJSON() as Enterprise).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))),
  );
}

export function observeEnterprise(db: AnxunDatabase, id: string): Observable<Enterprise | null> {
  return db.enterprises.findOne(id).$.pipe(map((d) => (d ? (d.toJSON() as Enterprise) : null)));
}

export function observeGrids(db: AnxunDatabase): Observable<Grid[]> {
  return db.grids.find().$.pipe(map((docs) => docs.map((d) => d.toJSON() as Grid)));
}

/**
 * Saves a profile edit on this device only (invariant 1: never waits on the network). The
 * replication pushes it when it can; the server merges it with what others changed meanwhile.
 */
export async function saveEnterprise(db: AnxunDatabase, next: Enterprise): Promise<SaveResult> {
  const parsed = Enterprise.safeParse({ ...next, updatedAt: new Date().toISOString() });
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
  }
  await db.enterprises.upsert(parsed.data);
  localWrites$.next({ collection: 'enterprises', id: parsed.data.id, updatedAt: parsed.data.updatedAt });
  return { ok: true, enterprise: parsed.data };
}

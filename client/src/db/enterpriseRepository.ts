import { map, type Observable } from 'rxjs';
import type { z } from 'zod';
import { Enterprise, usccRefusal, type Grid } from '@anxun/shared-schema';
import { coalesceBursts } from './coalesceBursts';
import type { AnxunDatabase } from './database';
import { applyChanges, changedFields } from './changedFields';
import { localWrites$ } from './localWrites';

export type SaveResult = { ok: true; enterprise: Enterprise } | { ok: false; issues: readonly z.core.$ZodIssue[] };

/** All enterprises this device holds (the user's scope), sorted by name in Chinese collation. */
export function observeEnterprises(db: AnxunDatabase): Observable<Enterprise[]> {
  return db.enterprises.find().$.pipe(
    coalesceBursts(),
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
 * Saves a profile edit on this device only (invariant 1: never waits on the network). Only the
 * fields the form changed since `base` are written over the stored document, so what
 * replication brought in meanwhile stays. The replication pushes it when it can; the server
 * merges it with what others changed on their devices.
 */
export async function saveEnterpriseEdit(db: AnxunDatabase, base: Enterprise, draft: Enterprise): Promise<SaveResult> {
  const changes = changedFields(base, draft);
  const doc = await db.enterprises.findOne(base.id).exec();
  const stored = doc ? (doc.toJSON() as Enterprise) : base;
  const parsed = Enterprise.safeParse({ ...applyChanges(stored, changes), updatedAt: new Date().toISOString() });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues };
  const usccIssue = usccIssueOf(doc ? stored.uscc : undefined, parsed.data.uscc);
  if (usccIssue) return { ok: false, issues: [usccIssue] };
  const { updatedAt } = parsed.data;
  // Applied again to the latest state inside RxDB's write queue, in case it moved since the read.
  const written = doc
    ? ((await doc.incrementalModify((latest) => Enterprise.parse({ ...applyChanges(latest, changes), updatedAt }))).toJSON() as Enterprise)
    : (await db.enterprises.insert(parsed.data)).toJSON() as Enterprise;
  localWrites$.next({ collection: 'enterprises', id: written.id, updatedAt });
  return { ok: true, enterprise: written };
}

/** The server refuses a new or changed code failing its checksum: so does the form, before anything is saved. */
function usccIssueOf(stored: string | undefined, candidate: string): z.core.$ZodIssue | null {
  const reason = usccRefusal(stored, candidate);
  return reason ? { code: 'custom', path: ['uscc'], message: reason, input: candidate } : null;
}

/**
 * Registers a new enterprise on this device (a ledger keeper's form); the server judges it again
 * when it arrives. The id derives from the code, as the import's does, so one code is one record.
 */
export async function saveNewEnterprise(db: AnxunDatabase, draft: Enterprise): Promise<SaveResult> {
  const parsed = Enterprise.safeParse({ ...draft, updatedAt: new Date().toISOString() });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues };
  const usccIssue = usccIssueOf(undefined, parsed.data.uscc);
  if (usccIssue) return { ok: false, issues: [usccIssue] };
  if (await db.enterprises.findOne(parsed.data.id).exec()) {
    return { ok: false, issues: [{ code: 'custom', path: ['uscc'], message: '该统一社会信用代码已在台账中 Already in the ledger', input: parsed.data.uscc }] };
  }
  const written = (await db.enterprises.insert(parsed.data)).toJSON() as Enterprise;
  localWrites$.next({ collection: 'enterprises', id: written.id, updatedAt: written.updatedAt });
  return { ok: true, enterprise: written };
}

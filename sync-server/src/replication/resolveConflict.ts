import { ConflictRecord, isCollectionName, type Principal } from '@anxun/shared-schema';
import type { Store, StoredDocument, WriteMeta } from '../store/Store';
import { parseDocument, type DocumentData } from './documents';
import { applyAtPath } from './applyAtPath';
import { inScope, scopeKeysFor } from './scopeKeys';
import type { PathSegment } from './threeWayMerge';

export type ResolveOutcome =
  | { ok: true; conflict: ConflictRecord; written: StoredDocument[] }
  | { ok: false; code: 'not_found' | 'forbidden' | 'validation_failed'; detail: string };

/**
 * A supervisor settles a logged conflict: keep the merged value, or apply the value the merge
 * overrode. Applying writes a new version of the document (with history) like any other write.
 */
export async function resolveConflict(
  store: Store,
  principal: Principal,
  meta: WriteMeta,
  conflictId: string,
  decision: { applyOther: boolean; note?: string | undefined },
  now: Date,
): Promise<ResolveOutcome> {
  if (principal.role !== 'supervisor') return { ok: false, code: 'forbidden', detail: 'only supervisors resolve conflicts' };
  return store.writeTransaction(async (tx) => {
    const stored = (await tx.getDocuments('conflicts', [conflictId])).get(conflictId);
    if (!stored) return { ok: false, code: 'not_found', detail: conflictId };
    const conflict = ConflictRecord.parse(stored.data);
    const collection = conflict.collection;
    if (!isCollectionName(collection) || collection === 'hazardEvents' || collection === 'conflicts') {
      return { ok: false, code: 'validation_failed', detail: `cannot apply to ${collection}` };
    }
    const target = (await tx.getDocuments(collection, [conflict.documentId])).get(conflict.documentId);
    if (!target) return { ok: false, code: 'not_found', detail: conflict.documentId };
    const e = target.data['enterpriseId'] ?? (collection === 'enterprises' ? target.id : undefined);
    const enterprise = typeof e === 'string' ? (await tx.getEnterpriseScopes([e])).get(e) : undefined;
    const keys = scopeKeysFor(collection, target.data, enterprise);
    if (!inScope(principal, collection, keys)) return { ok: false, code: 'forbidden', detail: 'outside your area' };
    if (conflict.status === 'resolved') return { ok: true, conflict, written: [] };

    const written: StoredDocument[] = [];
    if (decision.applyOther) {
      const other: unknown = JSON.parse(conflict.keptJson === conflict.pushedJson ? conflict.serverJson : conflict.pushedJson);
      const path = JSON.parse(conflict.pathJson) as PathSegment[];
      const isDeletion = path.length === 1 && path[0] === '_deleted';
      const data = isDeletion ? target.data : applyAtPath(target.data, path, other ?? undefined);
      const parsed = parseDocument(collection, { ...data, id: target.id, updatedAt: now.toISOString(), _deleted: isDeletion ? other === true : target.deleted });
      if (!parsed.ok) return { ok: false, code: 'validation_failed', detail: parsed.issues.map((i) => i.message).join('; ') };
      const nextKeys = scopeKeysFor(collection, parsed.data, enterprise);
      written.push(await tx.write(collection, { id: target.id, data: parsed.data, deleted: parsed.deleted, keys: nextKeys }, target, meta));
    }
    const resolved: ConflictRecord = {
      ...conflict, status: 'resolved', resolution: decision.applyOther ? 'appliedOther' : 'keptMerged',
      resolvedBy: principal.userId, resolvedAt: now.toISOString(), updatedAt: now.toISOString(),
      ...(decision.note ? { note: decision.note } : {}),
    };
    written.push(await tx.write('conflicts', { id: conflict.id, data: resolved as DocumentData, deleted: false, keys }, stored, meta));
    return { ok: true, conflict: resolved, written };
  });
}

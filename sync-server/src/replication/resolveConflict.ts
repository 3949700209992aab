import { ConflictRecord, isCollectionName, owningEnterpriseId, type ConflictResolveRequest, type Principal } from '@anxun/shared-schema';
import type { ScopeKeys, Store, StoredDocument, StoreTx, WriteMeta } from '../store/Store';
import { parseDocument, type DocumentData } from './documents';
import { applyAtPath } from './applyAtPath';
import { refusalPlacement } from './conflictRecords';
import { checkWrite } from './permissions';
import { documentKeys, inScope } from './scopeKeys';
import type { PathSegment } from './threeWayMerge';

export type ResolveOutcome =
  | { ok: true; conflict: ConflictRecord; written: StoredDocument[] }
  | { ok: false; code: 'not_found' | 'forbidden' | 'validation_failed' | 'refusal_not_applicable' | 'resolution_not_allowed'; detail: string };

/**
 * A supervisor settles a logged conflict: keep the stored value, or apply the value a merge
 * overrode. Applying is the supervisor's own write, judged against the stored document like a
 * push (role, scope before and after, fields). A refusal is never applied: it was refused
 * because its author may not make that write, and a resolution must not launder it.
 */
export async function resolveConflict(
  store: Store,
  principal: Principal,
  meta: WriteMeta,
  conflictId: string,
  decision: ConflictResolveRequest,
  now: Date,
): Promise<ResolveOutcome> {
  if (principal.role !== 'supervisor') return { ok: false, code: 'forbidden', detail: 'only supervisors resolve conflicts' };
  // A refusal's placement needs its author's principal, read outside the write transaction.
  const logged = await store.writeTransaction(async (tx) => (await tx.getDocuments('conflicts', [conflictId])).get(conflictId));
  const authorId = logged?.data['kind'] === 'refused' ? logged.data['pushAuthor'] : undefined;
  const author = typeof authorId === 'string' ? (await store.findUserById(authorId))?.principal : undefined;
  return store.writeTransaction(async (tx) => {
    const stored = (await tx.getDocuments('conflicts', [conflictId])).get(conflictId);
    if (!stored) return { ok: false, code: 'not_found', detail: conflictId };
    const conflict = ConflictRecord.parse(stored.data);
    const collection = conflict.collection;
    if (conflict.kind === 'refused') return acknowledgeRefusal(tx, principal, meta, { stored, conflict, author }, decision, now);
    if (!isCollectionName(collection) || collection === 'hazardEvents' || collection === 'conflicts') {
      return { ok: false, code: 'validation_failed', detail: `cannot apply to ${collection}` };
    }
    const target = (await tx.getDocuments(collection, [conflict.documentId])).get(conflict.documentId);
    if (!target) return { ok: false, code: 'not_found', detail: conflict.documentId };
    const keys = await documentKeys(tx, collection, target.data as DocumentData);
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
      // Placed by the candidate's own enterprise: a value naming another enterprise moves the document.
      const nextKeys = await documentKeys(tx, collection, parsed.data);
      const check = checkWrite(principal, collection, { data: target.data as DocumentData, deleted: target.deleted, keys }, { data: parsed.data, deleted: parsed.deleted, keys: nextKeys });
      if (!check.ok) return { ok: false, code: 'resolution_not_allowed', detail: check.reason };
      // Which enterprise a document belongs to is never settled by a resolution, even inside the area.
      if (owningEnterpriseId(collection, parsed.data) !== owningEnterpriseId(collection, target.data)) {
        return { ok: false, code: 'resolution_not_allowed', detail: 'the enterprise a document belongs to cannot change' };
      }
      written.push(await tx.write(collection, { id: target.id, data: parsed.data, deleted: parsed.deleted, keys: nextKeys }, target, meta));
    }
    written.push(await tx.write('conflicts', { id: conflict.id, data: resolved(conflict, principal, decision, now), deleted: false, keys }, stored, meta));
    return { ok: true, conflict: resolved(conflict, principal, decision, now), written };
  });
}

function resolved(conflict: ConflictRecord, principal: Principal, decision: ConflictResolveRequest, now: Date): ConflictRecord & DocumentData {
  return {
    ...conflict, status: 'resolved', resolution: decision.applyOther ? 'appliedOther' : 'keptMerged',
    resolvedBy: principal.userId, resolvedAt: now.toISOString(), updatedAt: now.toISOString(),
    ...(decision.note ? { note: decision.note } : {}),
  };
}

/** A refusal can only be acknowledged; the record stays where its author is (refusalPlacement). */
async function acknowledgeRefusal(
  tx: StoreTx, principal: Principal, meta: WriteMeta,
  { stored, conflict, author }: { stored: StoredDocument; conflict: ConflictRecord; author: Principal | undefined },
  decision: ConflictResolveRequest, now: Date,
): Promise<ResolveOutcome> {
  const keys: ScopeKeys = author
    ? await refusalPlacement(tx, author)
    : { enterpriseId: conflict.enterpriseId ?? null, gridIds: [], areaCode: null, parentId: null, userIds: [conflict.pushAuthor] };
  // Out of the supervisor's area answers like a missing record: ids cannot be probed.
  if (!inScope(principal, 'conflicts', keys)) return { ok: false, code: 'not_found', detail: conflict.id };
  if (decision.applyOther) return { ok: false, code: 'refusal_not_applicable', detail: '被拒绝的写入只能确认，不能采用 a refused write can only be acknowledged' };
  if (conflict.status === 'resolved') return { ok: true, conflict, written: [] };
  const record = resolved(conflict, principal, decision, now);
  return { ok: true, conflict: record, written: [await tx.write('conflicts', { id: conflict.id, data: record, deleted: false, keys }, stored, meta)] };
}

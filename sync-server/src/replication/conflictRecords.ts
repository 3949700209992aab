import type { CollectionName, ConflictRecord } from '@anxun/shared-schema';
import type { StoredDocument } from '../store/Store';
import { canonical, type DocumentData } from './documents';
import { pathText, type FieldConflict } from './threeWayMerge';

const json = (value: unknown) => (value === undefined ? 'null' : canonical(value));

function enterpriseOf(collection: CollectionName, doc: { id: string; data: Record<string, unknown> }): { enterpriseId?: string } {
  const id = collection === 'enterprises' ? doc.id : doc.data['enterpriseId'];
  return typeof id === 'string' ? { enterpriseId: id } : {};
}

/**
 * The conflict-log documents for one merge. Ids are idempotent: derived from the sequence of the
 * merged write, or, when the merge changed nothing stored, from the push's digest (`idBase`).
 */
export function conflictRecords(
  collection: CollectionName,
  merged: StoredDocument,
  before: StoredDocument,
  push: { author: string; device: string },
  conflicts: readonly FieldConflict[],
  now: Date,
  idBase = `cf-${merged.seq}`,
): ConflictRecord[] {
  return conflicts.map((c, index) => ({
    id: `${idBase}-${index}`,
    updatedAt: now.toISOString(),
    kind: 'merge',
    collection,
    documentId: merged.id,
    ...enterpriseOf(collection, merged),
    field: pathText(c.path),
    pathJson: JSON.stringify(c.path),
    baseJson: json(c.base),
    serverJson: json(c.server),
    pushedJson: json(c.pushed),
    keptJson: json(c.kept),
    serverAuthor: before.updatedBy,
    serverDevice: before.deviceId,
    pushAuthor: push.author,
    pushDevice: push.device,
    detectedAt: now.toISOString(),
    status: 'open',
  }));
}

/** A refused write, kept whole so its author (and supervisors) see what was not stored, and why. */
export function refusalRecord(
  collection: CollectionName,
  pushed: { data: DocumentData; deleted: boolean },
  before: StoredDocument | undefined,
  push: { author: string; device: string; digest: string },
  reason: string,
  now: Date,
): ConflictRecord {
  return {
    id: `rf-${push.digest.slice(0, 40)}`,
    updatedAt: now.toISOString(),
    kind: 'refused',
    reason: reason.slice(0, 500),
    collection,
    documentId: pushed.data.id,
    ...enterpriseOf(collection, pushed.data.id ? { id: pushed.data.id, data: pushed.data } : { id: '', data: {} }),
    field: '*',
    pathJson: '[]',
    baseJson: 'null',
    serverJson: json(before ? { ...before.data, _deleted: before.deleted } : null).slice(0, 20_000),
    pushedJson: json({ ...pushed.data, _deleted: pushed.deleted }).slice(0, 20_000),
    keptJson: json(before ? { ...before.data, _deleted: before.deleted } : null).slice(0, 20_000),
    serverAuthor: before?.updatedBy ?? '',
    serverDevice: before?.deviceId ?? '',
    pushAuthor: push.author,
    pushDevice: push.device,
    detectedAt: now.toISOString(),
    status: 'open',
  };
}

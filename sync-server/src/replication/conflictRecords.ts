import type { CollectionName, ConflictRecord } from '@anxun/shared-schema';
import type { StoredDocument } from '../store/Store';
import { canonical } from './documents';
import { pathText, type FieldConflict } from './threeWayMerge';

const json = (value: unknown) => (value === undefined ? 'null' : canonical(value));

/** The conflict-log documents for one merged write, with ids derived from its sequence (idempotent). */
export function conflictRecords(
  collection: CollectionName,
  merged: StoredDocument,
  before: StoredDocument,
  push: { author: string; device: string },
  conflicts: readonly FieldConflict[],
  now: Date,
): ConflictRecord[] {
  const enterpriseId = collection === 'enterprises' ? merged.id : merged.data['enterpriseId'];
  return conflicts.map((c, index) => ({
    id: `cf-${merged.seq}-${index}`,
    updatedAt: now.toISOString(),
    collection,
    documentId: merged.id,
    ...(typeof enterpriseId === 'string' ? { enterpriseId } : {}),
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

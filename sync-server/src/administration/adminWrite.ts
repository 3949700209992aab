import { adminReaches, type CollectionName, type Principal, type ProblemCode } from '@anxun/shared-schema';
import { parseDocument, type DocumentData } from '../replication/documents';
import { applyPush } from '../replication/push';
import type { Store, StoredDocument } from '../store/Store';

export type AdminResult<T> = { ok: true; value: T } | { ok: false; code: ProblemCode; detail: string };
export const refuse = (code: ProblemCode, detail: string): { ok: false; code: ProblemCode; detail: string } => ({ ok: false, code, detail });

/** A stored grid or enterprise the administrator reaches (by its area code), or undefined: others answer 404 alike. */
export async function reachableDoc(store: Store, actor: Principal, collection: 'grids' | 'enterprises', id: string): Promise<StoredDocument | undefined> {
  const found = (await store.writeTransaction((tx) => tx.getDocuments(collection, [id]))).get(id);
  return found && !found.deleted && adminReaches(actor, String(found.data['areaCode'] ?? '')) ? found : undefined;
}

/**
 * Writes one document as the administrator through the push path, so every push rule (write
 * policy, scope, references) judges it against what is stored, as for any device. `base` is the
 * stored version the change was made from (undefined: a create).
 */
export async function pushAsAdmin(store: Store, actor: Principal, deviceId: string, collection: CollectionName, base: StoredDocument | undefined, next: DocumentData, now: Date): Promise<AdminResult<DocumentData>> {
  const parsed = parseDocument(collection, { ...next, _deleted: false });
  if (!parsed.ok) return refuse('validation_failed', parsed.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const outcome = await applyPush(store, actor, deviceId, collection, [{ assumed: base ? { data: base.data as DocumentData, deleted: false } : null, next: { data: parsed.data, deleted: false } }], () => now);
  const refused = outcome.refused[0];
  if (refused) return refuse('forbidden', refused.reason);
  const written = outcome.written.find((d) => d.id === next.id);
  return { ok: true, value: (written?.data ?? next) as DocumentData };
}

import type { CollectionName, Principal } from '@anxun/shared-schema';
import type { Store, StoredDocument } from '../store/Store';

const PAGE = 1000;

/**
 * Every live document of a collection in the user's scope, through the same scoped pull devices
 * use (invariant 6): a supervisor's draw sees exactly the enterprises of the supervisor's area.
 */
export async function scopedDocuments(store: Store, principal: Principal, collection: CollectionName): Promise<StoredDocument[]> {
  const found: StoredDocument[] = [];
  let after = { seq: 0, id: '' };
  for (;;) {
    const page = await store.pull(collection, principal, after, PAGE);
    found.push(...page.documents.filter((d) => !d.deleted));
    const last = page.documents.at(-1);
    if (!last || page.documents.length < PAGE) return found;
    after = { seq: last.seq, id: last.id };
  }
}

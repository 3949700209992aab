import type { CollectionName, Principal } from '@anxun/shared-schema';
import { owningEnterpriseId } from '@anxun/shared-schema';
import { digestKey, type ScopeKeys, type StoredDocument, type StoreTx } from '../store/Store';
import type { ValidRow } from './pushRow';

/** The reads a push batch makes, gathered before its rows are decided (one statement each). */
export interface BatchReads extends StoreTx {
  prefetch(principal: Principal, collection: CollectionName, rows: readonly ValidRow[], digests: readonly string[]): Promise<Map<string, StoredDocument>>;
}

/**
 * A StoreTx for one push batch that answers the per-row reads of its decisions from what it read
 * once: the stored documents, the enterprises whose place documents take (the scope-key cache),
 * and which (document, digest) pairs were pushed before. A write through it updates what it
 * holds, so a later row of the same batch reads what an earlier one wrote, exactly as without it.
 * An enterprise update can re-place and re-sequence other documents: everything held is dropped
 * (a new enterprise cannot: a ledger import keeps its reads).
 */
export function batchReads(tx: StoreTx): BatchReads {
  const documents = new Map<string, StoredDocument | null>();
  const scopes = new Map<string, ScopeKeys | null>();
  /** (document, digest) pairs read: `pushed` holds those applied before (or written since). */
  const asked = new Set<string>();
  const pushed = new Set<string>();
  /** The events of hazards, as read; dropped at any event write (the lists would be stale). */
  const events = new Map<string, StoredDocument[]>();
  const docKey = (collection: CollectionName, id: string) => `${collection}\u0000${id}`;

  async function getDocuments(collection: CollectionName, ids: readonly string[]): Promise<Map<string, StoredDocument>> {
    const missing = [...new Set(ids.filter((id) => !documents.has(docKey(collection, id))))];
    if (missing.length > 0) {
      const found = await tx.getDocuments(collection, missing);
      for (const id of missing) documents.set(docKey(collection, id), found.get(id) ?? null);
    }
    return new Map(ids.flatMap((id) => {
      const doc = documents.get(docKey(collection, id));
      return doc ? [[id, doc] as const] : [];
    }));
  }

  async function getEnterpriseScopes(ids: readonly string[]): Promise<Map<string, ScopeKeys>> {
    const missing = [...new Set(ids.filter((id) => !scopes.has(id)))];
    if (missing.length > 0) {
      const found = await tx.getEnterpriseScopes(missing);
      for (const id of missing) scopes.set(id, found.get(id) ?? null);
    }
    return new Map(ids.flatMap((id) => {
      const keys = scopes.get(id);
      return keys ? [[id, keys] as const] : [];
    }));
  }

  async function getChildrenOf(collection: CollectionName, parentIds: readonly string[]): Promise<Map<string, StoredDocument[]>> {
    if (collection !== 'hazardEvents') return tx.getChildrenOf(collection, parentIds);
    const missing = [...new Set(parentIds.filter((id) => !events.has(id)))];
    if (missing.length > 0) for (const [id, list] of await tx.getChildrenOf(collection, missing)) events.set(id, list);
    return new Map(parentIds.map((id) => [id, [...(events.get(id) ?? [])]]));
  }

  return {
    getDocuments,
    getEnterpriseScopes,
    getChildren: (collection, parentId) => tx.getChildren(collection, parentId),
    getChildrenOf,
    pushedDigests: (collection, ids, digests) => tx.pushedDigests(collection, ids, digests),
    peekNextSeq: () => tx.peekNextSeq(),
    expectWrites: (count) => tx.expectWrites(count),
    assignOfficialNumber: (series, documentId, format) => tx.assignOfficialNumber(series, documentId, format),
    async wasPushedBefore(collection, id, digest) {
      if (pushed.has(digestKey(`${collection}/${id}`, digest))) return true;
      if (asked.has(digestKey(`${collection}/${id}`, digest))) return false;
      return tx.wasPushedBefore(collection, id, digest);
    },
    async write(collection, doc, before, meta) {
      const stored = await tx.write(collection, doc, before, meta);
      if (collection === 'enterprises' && before !== undefined) {
        documents.clear();
        scopes.clear();
      }
      if (collection === 'enterprises' || collection === 'hazardEvents') events.clear();
      // A new enterprise re-places nothing (nothing hangs off a record never stored): only its own keys are new.
      if (collection === 'enterprises') scopes.delete(doc.id);
      documents.set(docKey(collection, doc.id), stored);
      if (meta.pushedDigest) pushed.add(digestKey(`${collection}/${doc.id}`, meta.pushedDigest));
      return stored;
    },
    async prefetch(principal, collection, rows, digests) {
      const current = await getDocuments(collection, rows.map((r) => r.next.data.id));
      // The enterprises every row's keys, answer and refusal record may need.
      const owners = new Set<string>();
      const addOwner = (data: Record<string, unknown> & { id: string }) => {
        const owner = owningEnterpriseId(collection, data);
        if (owner !== undefined && collection !== 'enterprises') owners.add(owner);
      };
      for (const doc of current.values()) addOwner(doc.data);
      for (const row of rows) addOwner(row.next.data);
      if (principal.role === 'enterprise' && principal.enterpriseId) owners.add(principal.enterpriseId);
      await getEnterpriseScopes([...owners]);
      if (collection === 'hazards') {
        // Their events: the judge of a new hazard reads them, and hazard_status is then folded
        // from what the transaction holds instead of reading every hazard back (hazardStatusTracker.ts).
        await getChildrenOf('hazardEvents', rows.map((r) => r.next.data.id));
      }
      if (collection === 'hazardEvents') {
        // Each event is checked against its hazard, and then judged on it.
        await getDocuments('hazards', rows.flatMap((r) => (typeof r.next.data['hazardId'] === 'string' ? [r.next.data['hazardId']] : [])));
      }
      // Only a stored document can have been pushed before. `digests[i]` is the digest of `rows[i]`.
      const pairs = rows.flatMap((row, i) => (current.has(row.next.data.id) && digests[i] !== undefined ? [[row.next.data.id, digests[i]] as const] : []));
      const found = await tx.pushedDigests(collection, pairs.map(([id]) => id), pairs.map(([, digest]) => digest));
      for (const [id, digest] of pairs) {
        asked.add(digestKey(`${collection}/${id}`, digest));
        if (found.has(digestKey(id, digest))) pushed.add(digestKey(`${collection}/${id}`, digest));
      }
      return current;
    },
  };
}

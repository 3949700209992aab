import type { CollectionName } from '@anxun/shared-schema';
import { documentWrites } from './documentWrites';
import type { HazardStatusTracker } from './hazardStatusTracker';
import { assignOfficialNumber } from './officialNumberSql';
import { updatePhotoRefs } from './photoSql';
import type { SqlQueryable } from './sqlClient';
import { digestKey, type ScopeKeys, type StoredDocument, type StoreTx } from './Store';

export interface DocumentRow {
  collection: CollectionName;
  id: string;
  seq: string | number;
  deleted: boolean;
  data: Record<string, unknown> & { id: string };
  server_time: Date | string;
  updated_by: string;
  device_id: string;
}

export const DOC_COLUMNS = 'collection, id, seq, deleted, data, server_time, updated_by, device_id';

export function toStored(row: DocumentRow): StoredDocument {
  return {
    collection: row.collection,
    id: row.id,
    seq: Number(row.seq),
    deleted: row.deleted,
    data: row.data,
    serverTime: new Date(row.server_time).toISOString(),
    updatedBy: row.updated_by,
    deviceId: row.device_id,
  };
}

/** A StoreTx that also ends its transaction: the writes still held are stored before the commit. */
export interface SqlStoreTx extends StoreTx {
  flush(): Promise<void>;
  /** Documents written in the transaction (for the planner statistics of PGlite, sqlStore.ts). */
  writeCount(): number;
}

/**
 * The StoreTx of one write transaction. Writes are held and stored set-wise (documentWrites.ts);
 * every read flushes them first, so whatever the caller reads includes what it wrote.
 */
export function storeTransaction(tx: SqlQueryable, statuses: HazardStatusTracker): SqlStoreTx {
  const writes = documentWrites(tx);
  let storedAtOnce = 0;
  const read = async <T>(query: () => Promise<T>): Promise<T> => {
    await writes.flush();
    return query();
  };
  return {
    getDocuments: (collection, ids) => read(async () => {
      if (ids.length === 0) return new Map<string, StoredDocument>();
      const { rows } = await tx.query<DocumentRow>(
        `SELECT ${DOC_COLUMNS} FROM documents WHERE collection = $1 AND id = ANY($2::text[])`,
        [collection, [...ids]],
      );
      return new Map(rows.map((r) => [r.id, toStored(r)]));
    }),
    getEnterpriseScopes: (ids) => read(async () => {
      if (ids.length === 0) return new Map<string, ScopeKeys>();
      const { rows } = await tx.query<{ id: string; grid_ids: string[]; area_code: string }>(
        `SELECT id, grid_ids, area_code FROM documents WHERE collection = 'enterprises' AND id = ANY($1::text[])`,
        [[...ids]],
      );
      return new Map(rows.map((r) => [r.id, { enterpriseId: r.id, gridIds: r.grid_ids, areaCode: r.area_code, parentId: null }]));
    }),
    getChildren: async (collection, parentId) => (await childrenOf(collection, [parentId])).get(parentId) ?? [],
    getChildrenOf: (collection, parentIds) => childrenOf(collection, parentIds),
    async write(collection, doc, before, meta) {
      const stored = await storeWrite(collection, doc, before, meta);
      statuses.note(collection, stored, doc.keys);
      return stored;
    },
    wasPushedBefore: async (collection, id, digest) => (await pushedDigests(collection, [id], [digest])).has(digestKey(id, digest)),
    pushedDigests: (collection, ids, digests) => pushedDigests(collection, ids, digests),
    peekNextSeq: () => writes.peekNextSeq(),
    expectWrites: (count) => writes.expectWrites(count),
    assignOfficialNumber: (series, documentId, format) => assignOfficialNumber(tx, series, documentId, format),
    flush: () => writes.flush(),
    writeCount: () => writes.count + storedAtOnce,
  };

  async function storeWrite(...[collection, doc, before, meta]: Parameters<StoreTx['write']>): Promise<StoredDocument> {
    // A new enterprise (no row, not even a deleted one) has nothing hanging off it: no document
    // can name an enterprise the server never stored and be in anyone's scope (checkWrite), so
    // there is nothing to re-sequence and it is held like any write (a ledger import of
    // thousands is then a few statements, issue 14).
    if (collection !== 'enterprises' || before === undefined) return writes.add(collection, doc, before, meta);
    // An enterprise write re-sequences what hangs off it: stored at once, after what was held.
    await writes.flush();
    writes.dropReserved();
    storedAtOnce += 1;
    return writeEnterprise(tx, doc, before, meta);
  }

  function childrenOf(collection: CollectionName, parentIds: readonly string[]) {
    return read(async () => {
      const children = new Map<string, StoredDocument[]>(parentIds.map((id) => [id, []]));
      if (parentIds.length === 0) return children;
      const { rows } = await tx.query<DocumentRow & { parent_id: string }>(
        `SELECT ${DOC_COLUMNS}, parent_id FROM documents WHERE collection = $1 AND parent_id = ANY($2::text[]) ORDER BY seq`,
        [collection, [...parentIds]],
      );
      for (const row of rows) children.get(row.parent_id)?.push(toStored(row));
      if (collection === 'hazardEvents') statuses.knowEvents(children);
      return children;
    });
  }

  function pushedDigests(collection: CollectionName, ids: readonly string[], digests: readonly string[]) {
    return read(async () => {
      if (ids.length === 0 || digests.length === 0) return new Set<string>();
      const { rows } = await tx.query<{ id: string; pushed_digest: string }>(
        `SELECT DISTINCT id, pushed_digest FROM document_history WHERE collection = $1 AND id = ANY($2::text[]) AND pushed_digest = ANY($3::text[])`,
        [collection, [...ids], [...digests]],
      );
      return new Set(rows.map((r) => digestKey(r.id, r.pushed_digest)));
    });
  }
}

async function writeEnterprise(tx: SqlQueryable, doc: Parameters<StoreTx['write']>[1], before: StoredDocument | undefined, meta: Parameters<StoreTx['write']>[3]): Promise<StoredDocument> {
  const k: ScopeKeys = doc.keys;
  const { rows } = await tx.query<DocumentRow>(
    `INSERT INTO documents (collection, id, seq, deleted, data, enterprise_id, grid_ids, area_code, parent_id, updated_by, device_id, server_time, user_ids)
     VALUES ('enterprises', $1, nextval('document_seq'), $2, $3, $4, $5, $6, $7, $8, $9, now(), $10)
     ON CONFLICT (collection, id) DO UPDATE SET seq = EXCLUDED.seq, deleted = EXCLUDED.deleted, data = EXCLUDED.data,
       enterprise_id = EXCLUDED.enterprise_id, grid_ids = EXCLUDED.grid_ids, area_code = EXCLUDED.area_code,
       parent_id = EXCLUDED.parent_id, updated_by = EXCLUDED.updated_by, device_id = EXCLUDED.device_id, server_time = now(),
       user_ids = EXCLUDED.user_ids
     RETURNING ${DOC_COLUMNS}`,
    [doc.id, doc.deleted, JSON.stringify(doc.data), k.enterpriseId, k.gridIds, k.areaCode, k.parentId, meta.actorId, meta.deviceId, k.userIds ?? null],
  );
  const stored = toStored(rows[0] as DocumentRow);
  // Documents hanging off a moved enterprise follow it, with new sequences, so users who can see
  // them now receive them even though their content is old.
  await tx.query(
    `UPDATE documents SET seq = nextval('document_seq'), grid_ids = $2, area_code = $3
     WHERE enterprise_id = $1 AND collection <> 'enterprises' AND (grid_ids IS DISTINCT FROM $2 OR area_code IS DISTINCT FROM $3)`,
    [doc.id, k.gridIds, k.areaCode],
  );
  await updatePhotoRefs(tx, 'enterprises', doc.id, doc.deleted ? {} : doc.data, meta.actorId);
  await tx.query(
    `INSERT INTO document_history (collection, id, seq, actor_id, device_id, deleted, before, after, pushed_digest) VALUES ('enterprises', $1, $2, $3, $4, $5, $6, $7, $8)`,
    [doc.id, stored.seq, meta.actorId, meta.deviceId, doc.deleted, before ? JSON.stringify(before.data) : null, JSON.stringify(doc.data), meta.pushedDigest ?? null],
  );
  return stored;
}

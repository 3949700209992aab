import { photoHashesOf, type CollectionName } from '@anxun/shared-schema';
import type { SqlQueryable } from './sqlClient';
import type { ScopeKeys, StoredDocument, WriteMeta } from './Store';

interface PendingWrite {
  stored: StoredDocument;
  keys: ScopeKeys;
  before: StoredDocument | undefined;
  meta: WriteMeta;
}

/**
 * The document writes of one write transaction, held until a read needs them or the transaction
 * ends, then written set-wise: one statement stores the documents, their history rows and their
 * photo references for the whole batch.
 *
 * Sequences are reserved with nextval when a write needs one, so a write has its sequence as soon
 * as it is made (a verdict names it, a conflict record id is built from it) and two transactions
 * never share one. Writes get them in write order; values reserved and not used are gaps, which a
 * pull by (seq, id) never minds. Invariant: every read of documents in the transaction flushes first.
 */
export interface DocumentWrites {
  add(collection: CollectionName, doc: { id: string; data: Record<string, unknown> & { id: string }; deleted: boolean; keys: ScopeKeys }, before: StoredDocument | undefined, meta: WriteMeta): Promise<StoredDocument>;
  /** The sequence the next write will get (the first reserved one, else what the sequence will give next). */
  peekNextSeq(): Promise<number>;
  /** How many writes are coming: the next reservation takes that many sequences in one statement. */
  expectWrites(count: number): void;
  flush(): Promise<void>;
  /** Before a write that takes sequences itself: unused reservations are dropped, so sequence order stays write order. */
  dropReserved(): void;
  /** How many documents were held (stored by now, or at the next flush). */
  readonly count: number;
}

export function documentWrites(tx: SqlQueryable): DocumentWrites {
  let pending: PendingWrite[] = [];
  let reserved: number[] = [];
  let serverTime = '';
  let batchSize = 1;
  let count = 0;

  async function reserve(): Promise<void> {
    const { rows } = await tx.query<{ seq: string; now: Date | string }>(
      `SELECT nextval('document_seq') AS seq, now() AS now FROM generate_series(1, $1::int)`,
      [batchSize],
    );
    reserved = rows.map((r) => Number(r.seq)).sort((a, b) => a - b);
    serverTime = new Date(rows[0]?.now ?? Date.now()).toISOString();
  }

  return {
    async add(collection, doc, before, meta) {
      if (reserved.length === 0) await reserve();
      const seq = reserved.shift() as number;
      // What the database gives back for this JSON (jsonb drops undefined fields, as JSON does).
      const data = JSON.parse(JSON.stringify(doc.data)) as Record<string, unknown> & { id: string };
      const stored: StoredDocument = { collection, id: doc.id, seq, deleted: doc.deleted, data, serverTime, updatedBy: meta.actorId, deviceId: meta.deviceId };
      pending.push({ stored, keys: doc.keys, before, meta });
      count += 1;
      return stored;
    },
    async peekNextSeq() {
      if (reserved[0] !== undefined) return reserved[0];
      const { rows } = await tx.query<{ last_value: string; is_called: boolean }>('SELECT last_value, is_called FROM document_seq');
      const row = rows[0];
      return row ? Number(row.last_value) + (row.is_called ? 1 : 0) : 1;
    },
    expectWrites(count) {
      batchSize = Math.max(1, Math.min(count, 1000));
    },
    async flush() {
      const writes = pending;
      pending = [];
      for (const segment of withoutRepeats(writes)) await storeSegment(tx, segment);
    },
    dropReserved() {
      reserved = [];
    },
    get count() {
      return count;
    },
  };
}

/** Splits writes into runs where no document repeats: one upsert cannot change a row twice. */
function withoutRepeats(writes: readonly PendingWrite[]): PendingWrite[][] {
  const segments: PendingWrite[][] = [];
  let current: PendingWrite[] = [];
  let seen = new Set<string>();
  for (const write of writes) {
    const key = `${write.stored.collection}\u0000${write.stored.id}`;
    if (seen.has(key)) {
      segments.push(current);
      current = [];
      seen = new Set();
    }
    seen.add(key);
    current.push(write);
  }
  if (current.length > 0) segments.push(current);
  return segments;
}

const RECORD = `collection text, id text, seq bigint, deleted boolean, data jsonb, enterprise_id text, grid_ids text[], area_code text,
  parent_id text, actor_id text, device_id text, user_ids text[], before jsonb, pushed_digest text, hashes text[], ord int`;

/**
 * One statement for a run of writes: the documents upsert, the append-only history (in write
 * order, so history_id follows it) and photo_refs kept equal to the photos each stored version
 * references (a kept hash keeps who first added it; new ones are added by this version's writer).
 */
async function storeSegment(tx: SqlQueryable, writes: readonly PendingWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const records = writes.map(({ stored, keys, before, meta }, ord) => ({
    collection: stored.collection, id: stored.id, seq: stored.seq, deleted: stored.deleted, data: stored.data,
    enterprise_id: keys.enterpriseId, grid_ids: keys.gridIds, area_code: keys.areaCode, parent_id: keys.parentId,
    actor_id: meta.actorId, device_id: meta.deviceId, user_ids: keys.userIds ?? null, before: before ? before.data : null,
    pushed_digest: meta.pushedDigest ?? null, hashes: [...new Set(stored.deleted ? [] : photoHashesOf(stored.collection, stored.data))], ord,
  }));
  await tx.query(
    `WITH r AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(${RECORD})),
     docs AS (
       INSERT INTO documents (collection, id, seq, deleted, data, enterprise_id, grid_ids, area_code, parent_id, updated_by, device_id, server_time, user_ids)
       SELECT collection, id, seq, deleted, data, enterprise_id, grid_ids, area_code, parent_id, actor_id, device_id, now(), user_ids FROM r
       ON CONFLICT (collection, id) DO UPDATE SET seq = EXCLUDED.seq, deleted = EXCLUDED.deleted, data = EXCLUDED.data,
         enterprise_id = EXCLUDED.enterprise_id, grid_ids = EXCLUDED.grid_ids, area_code = EXCLUDED.area_code,
         parent_id = EXCLUDED.parent_id, updated_by = EXCLUDED.updated_by, device_id = EXCLUDED.device_id, server_time = now(),
         user_ids = EXCLUDED.user_ids
       RETURNING 1),
     history AS (
       INSERT INTO document_history (collection, id, seq, actor_id, device_id, deleted, before, after, pushed_digest)
       SELECT collection, id, seq, actor_id, device_id, deleted, before, data, pushed_digest FROM r ORDER BY ord
       RETURNING 1),
     unreferenced AS (
       DELETE FROM photo_refs p USING r WHERE p.collection = r.collection AND p.document_id = r.id AND NOT p.hash = ANY(r.hashes)
       RETURNING 1)
     INSERT INTO photo_refs (hash, collection, document_id, added_by)
     SELECT h.hash, r.collection, r.id, r.actor_id FROM r CROSS JOIN LATERAL unnest(r.hashes) AS h(hash)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(records)],
  );
}

import pg from 'pg';
import { COLLECTION_NAMES, COLLECTIONS, ChangeNotice, everyChange, isCollectionName, type ChangedKeys, type CollectionName, type CollectionSpec } from '@anxun/shared-schema';
import type { SqlQueryable } from './sqlClient';

/** Every committed write transaction that wrote documents describes them here (ChangeNotice JSON). */
export const CHANGES_CHANNEL = 'anxun_changes';

/** PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more; past this a notice names collections only. */
export const NOTIFY_PAYLOAD_LIMIT = 7_900;

/** Collections whose documents are placed by their own id (the pull matches `id`, not a key column). */
const SELF_PLACED = COLLECTION_NAMES.filter((name) => ['grid', 'enterprise'].includes((COLLECTIONS[name] as CollectionSpec).scope));

const KIND_FIELDS = { i: 'ids', e: 'enterpriseIds', g: 'gridIds', a: 'areaCodes', p: 'parentIds', u: 'userIds' } as const;

/**
 * Called at the end of a write transaction, under the write lock: the united scope keys, per
 * collection, of every document sequenced at or after `firstSeq` (this transaction's writes,
 * including documents re-sequenced as a side effect), in one statement. Grids also name their
 * officers and tasks their enterprise: both decide officers' scopes (sqlStore.userFromRow).
 *
 * The same statement finds the transaction's span (ChangeNotice.span): `through` is its highest
 * sequence, `after` the highest one below `firstSeq` still held by a document (read per collection
 * from `documents_by_seq`, newest first). Sequences are taken under the write lock, so every
 * document at or below `after` committed before this transaction and none lies between the two.
 *
 * `OFFSET 0` keeps the lateral from being flattened into a hash join: PostgreSQL then reads each
 * collection's new rows from `documents_by_seq` (collection, seq, id). Flattened, it estimated a
 * third of the table for `seq >= $1` (no statistics yet for the newest sequences) and scanned the
 * whole table at every commit: 0.45 ms of a pushed row's 0.89 ms with 20k documents, growing
 * with the table.
 */
export async function changedDocuments(tx: SqlQueryable, firstSeq: number): Promise<Pick<ChangeNotice, 'documents' | 'span'>> {
  const { rows } = await tx.query<{ collection: string | null; kind: string; keys: string[] | null }>(
    `WITH w AS (
       SELECT d.* FROM unnest($2::text[]) AS c(name) CROSS JOIN LATERAL (
         SELECT collection, id, seq, enterprise_id, grid_ids, area_code, parent_id, user_ids,
           CASE WHEN collection IN ('grids', 'tasks') THEN data END AS data
         FROM documents WHERE collection = c.name AND seq >= $1 OFFSET 0) d
     ), k(collection, kind, key) AS (
       SELECT collection, 'c', NULL::text FROM w
       UNION SELECT collection, 'i', id FROM w WHERE collection = ANY($3::text[])
       UNION SELECT collection, 'e', COALESCE(enterprise_id, data->>'enterpriseId') FROM w
       UNION SELECT collection, 'a', area_code FROM w
       UNION SELECT collection, 'p', parent_id FROM w
       UNION SELECT collection, 'g', unnest(grid_ids) FROM w
       UNION SELECT collection, 'u', unnest(user_ids) FROM w
       UNION SELECT collection, 'u', jsonb_array_elements_text(data->'officerIds') FROM w
         WHERE collection = 'grids' AND jsonb_typeof(data->'officerIds') = 'array'
     )
     SELECT collection, kind, array_agg(key ORDER BY key) FILTER (WHERE key IS NOT NULL) AS keys FROM k GROUP BY collection, kind
     UNION ALL
     SELECT NULL, 'span', ARRAY[
       (SELECT max(b.seq) FROM unnest($2::text[]) AS c(name) CROSS JOIN LATERAL (
          SELECT seq FROM documents WHERE collection = c.name AND seq < $1 ORDER BY seq DESC LIMIT 1) b)::text,
       (SELECT max(seq) FROM w)::text]`,
    [firstSeq, [...COLLECTION_NAMES], SELF_PLACED],
  );
  const byCollection = new Map<CollectionName, ChangedKeys>();
  let span: ChangeNotice['span'];
  for (const row of rows) {
    if (row.kind === 'span') {
      const [after, through] = row.keys ?? [];
      if (through !== undefined && through !== null) span = { after: Number(after ?? 0), through: Number(through) };
      continue;
    }
    if (row.collection === null || !isCollectionName(row.collection)) continue;
    const keys = byCollection.get(row.collection) ?? { enterpriseIds: [], gridIds: [], areaCodes: [], parentIds: [], userIds: [] };
    byCollection.set(row.collection, keys);
    const field = KIND_FIELDS[row.kind as keyof typeof KIND_FIELDS] as keyof ChangedKeys | undefined;
    if (field) keys[field] = row.keys ?? [];
  }
  // A self-placed collection always carries `ids`, even empty, so no one falls back to another key.
  for (const [collection, keys] of byCollection) if (SELF_PLACED.includes(collection)) keys.ids ??= [];
  const documents = [...byCollection].map(([collection, keys]) => ({ collection, keys }));
  return documents.length > 0 && span ? { documents, span } : { documents };
}

/** The NOTIFY text of a notice: whole when it fits, else the collections alone ("any document of these"). */
export function notifyPayload(notice: ChangeNotice): string {
  const whole = JSON.stringify(notice);
  if (Buffer.byteLength(whole) <= NOTIFY_PAYLOAD_LIMIT) return whole;
  const users = notice.users && JSON.stringify(notice.users).length <= NOTIFY_PAYLOAD_LIMIT / 2 ? notice.users : null;
  // The span stays: a stream can still take the documents from the shared read and filter them itself.
  return JSON.stringify({ documents: notice.documents.map(({ collection }) => ({ collection, keys: null })), users, ...(notice.span ? { span: notice.span } : {}) });
}

/** A payload from any instance; the comma-separated collection list of older instances, or anything unreadable, widens. */
export function parsePayload(payload: string): ChangeNotice {
  try {
    const parsed = ChangeNotice.safeParse(JSON.parse(payload));
    if (parsed.success) return parsed.data;
  } catch {
    const names = payload.split(',').filter(isCollectionName);
    if (names.length > 0) return { ...everyChange(names), users: [] };
  }
  return everyChange(COLLECTION_NAMES);
}

/**
 * Sends a notice to every instance. Inside a transaction PostgreSQL delivers it only if and when
 * the transaction commits, once its writes are visible to the listener: a rolled-back batch wakes nobody.
 */
export async function notifyChanges(tx: SqlQueryable, channel: string, notice: ChangeNotice): Promise<void> {
  await tx.query('SELECT pg_notify($1, $2)', [channel, notifyPayload(notice)]);
}

const FIRST_RETRY_MS = 200;
const MAX_RETRY_MS = 5_000;

export interface ChangeListening {
  close(): Promise<void>;
}

/**
 * Keeps one dedicated connection LISTENing on the changes channel (a pooled connection cannot:
 * the pool hands it to other queries) and calls `onChange` with each notice a committed
 * transaction of any server instance sent.
 *
 * Notifications sent while the connection is down are lost, so when it drops, and again after
 * every reconnect, it reports everything as changed: streams then pull from their own cursors and
 * miss nothing, principal caches forget what they hold; a spurious wake-up costs one empty pull.
 */
export async function listenForChanges(url: string, onChange: (notice: ChangeNotice) => void): Promise<ChangeListening> {
  let current: pg.Client | undefined;
  let closed = false;
  let retryTimer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (message) => {
      if (message.channel !== CHANGES_CHANNEL || !message.payload) return;
      onChange(parsePayload(message.payload));
    });
    // After a successful LISTEN, an error or end means the connection is gone: start again.
    const lost = () => {
      if (closed || current !== client) return;
      current = undefined;
      client.end().catch(() => undefined);
      onChange(everyChange(COLLECTION_NAMES));
      scheduleReconnect(FIRST_RETRY_MS);
    };
    client.on('error', lost);
    client.on('end', lost);
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (closed) await client.end();
    else current = client;
  };

  const scheduleReconnect = (delayMs: number) => {
    retryTimer = setTimeout(() => {
      connect().then(
        () => {
          if (!closed) onChange(everyChange(COLLECTION_NAMES));
        },
        (error: unknown) => {
          if (closed) return;
          console.warn(`change notifications: reconnect failed, retrying: ${String(error)}`);
          scheduleReconnect(Math.min(delayMs * 2, MAX_RETRY_MS));
        },
      );
    }, delayMs);
  };

  // The first connection must work: a server that cannot LISTEN would serve stale streams.
  await connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      const client = current;
      current = undefined;
      await client?.end();
    },
  };
}

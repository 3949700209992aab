import pg from 'pg';
import { COLLECTION_NAMES } from '@anxun/shared-schema';
import type { SqlQueryable } from './sqlClient';

/** Every committed write transaction that wrote documents names its collections here. */
export const CHANGES_CHANNEL = 'anxun_changes';

/**
 * Called at the end of a write transaction, under the write lock: names every collection with a
 * document sequenced at or after `firstSeq` (this transaction's writes, including documents
 * re-sequenced as a side effect). PostgreSQL delivers a NOTIFY only if and when the transaction
 * commits, and only once its writes are visible to the listener: a rolled-back batch wakes nobody.
 */
export async function notifyChanges(tx: SqlQueryable, channel: string, firstSeq: number): Promise<void> {
  await tx.query(
    `SELECT pg_notify($1, string_agg(c, ',')) FROM unnest($2::text[]) AS c
     WHERE EXISTS (SELECT 1 FROM documents d WHERE d.collection = c AND d.seq >= $3)
     HAVING count(*) > 0`,
    [channel, [...COLLECTION_NAMES], firstSeq],
  );
}

const FIRST_RETRY_MS = 200;
const MAX_RETRY_MS = 5_000;

export interface ChangeListening {
  close(): Promise<void>;
}

/**
 * Keeps one dedicated connection LISTENing on the changes channel (a pooled connection cannot:
 * the pool hands it to other queries) and calls `onChange` with each collection a committed
 * transaction of any server instance wrote.
 *
 * If the connection drops it reconnects with backoff. Notifications sent while it was down are
 * lost, so after every reconnect it reports every collection as changed: streams then pull from
 * their own cursors and miss nothing; a spurious wake-up costs one empty pull.
 */
export async function listenForChanges(url: string, onChange: (collection: string) => void): Promise<ChangeListening> {
  let current: pg.Client | undefined;
  let closed = false;
  let retryTimer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (message) => {
      if (message.channel !== CHANGES_CHANNEL || !message.payload) return;
      for (const collection of message.payload.split(',')) onChange(collection);
    });
    // After a successful LISTEN, an error or end means the connection is gone: start again.
    const lost = () => {
      if (closed || current !== client) return;
      current = undefined;
      client.end().catch(() => undefined);
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
          if (!closed) for (const collection of COLLECTION_NAMES) onChange(collection);
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

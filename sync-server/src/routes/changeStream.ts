import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Checkpoint, CollectionName, Principal, StreamMessage } from '@anxun/shared-schema';
import type { PrincipalCache } from '../auth/principalCache';
import type { AppEnv } from '../http/appEnv';
import type { ChangeFeed } from '../replication/changeFeed';
import { changeConcerns, principalMayChange } from '../replication/changeScope';
import { pullChanges } from '../replication/pull';
import { scopeFingerprint } from '../replication/scopeKeys';
import type { Store } from '../store/Store';

const STREAM_PAGE = 200;
const KEEPALIVE_MS = 25_000;

/**
 * Server-Sent Events of new changes in the user's scope, for one or several collections on one
 * connection (browsers allow about six connections per host: one stream serves every collection).
 * `tagged` wraps each message as {collection, message}.
 *
 * A notice wakes the stream only for what it may concern (changeScope): a write outside the
 * user's scope costs this stream no query at all. Work runs one piece at a time; a pull already
 * waiting to run is not queued twice, since it will see every commit announced before it starts.
 */
export async function streamChanges(c: Context<AppEnv>, store: Store, feed: ChangeFeed, principals: PrincipalCache, collections: readonly CollectionName[], tagged: boolean): Promise<Response> {
  let principal: Principal = c.get('principal');
  const sessionId = c.get('sessionId');
  const start = await store.lastPosition();
  return streamSSE(c, async (stream) => {
    const cursors = new Map<CollectionName, Checkpoint>(collections.map((name) => [name, { ...start, scope: scopeFingerprint(principal) }]));
    const send = (collection: CollectionName, message: StreamMessage) =>
      stream.writeSSE({ data: JSON.stringify(tagged ? { collection, message } : message) });
    const resyncAll = async () => {
      for (const name of collections) await send(name, 'RESYNC');
    };
    let running: Promise<void> = Promise.resolve();
    const waiting = new Set<string>();
    const schedule = (what: string, work: () => Promise<void>) => {
      if (waiting.has(what)) return;
      waiting.add(what);
      running = running.then(() => {
        waiting.delete(what);
        return work();
      }).catch(() => stream.abort());
    };
    // A revoked session's open stream ends at once; a changed scope (a grid assigned) makes the
    // client pull again from its checkpoints, which the pull restarts as the fingerprint differs.
    const recheck = async () => {
      const found = await principals.lookup(principal.userId, sessionId);
      if (!found?.live) return stream.abort();
      const before = scopeFingerprint(principal);
      principal = found.principal;
      if (scopeFingerprint(principal) === before) return;
      const now = await store.lastPosition();
      for (const name of collections) cursors.set(name, { ...now, scope: scopeFingerprint(principal) });
      await resyncAll();
    };
    const deliver = async (collection: CollectionName) => {
      for (;;) {
        const page = await pullChanges(store, principal, collection, cursors.get(collection) ?? null, STREAM_PAGE);
        if (page.documents.length > 0 && page.checkpoint) {
          cursors.set(collection, page.checkpoint);
          await send(collection, { documents: page.documents, checkpoint: page.checkpoint });
        }
        if (page.documents.length < STREAM_PAGE) return;
      }
    };
    const unsubscribe = feed.subscribe((notice) => {
      if (principalMayChange(principal, notice)) schedule('principal', recheck);
      for (const { collection, keys } of notice.documents) {
        if (collections.includes(collection) && changeConcerns(principal, collection, keys)) schedule(collection, () => deliver(collection));
      }
    });
    stream.onAbort(unsubscribe);
    // After every (re)connect the client pulls what it missed while the stream was down.
    await resyncAll();
    while (!stream.aborted) {
      await stream.sleep(KEEPALIVE_MS);
      if (!stream.aborted && !(await principals.lookup(principal.userId, sessionId))?.live) stream.abort();
      if (!stream.aborted) await stream.write(': keepalive\n\n');
    }
    unsubscribe();
  });
}

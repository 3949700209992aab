import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Checkpoint, CollectionName, Principal, StreamMessage } from '@anxun/shared-schema';
import type { AppEnv } from '../http/appEnv';
import type { ChangeFeed } from '../replication/changeFeed';
import { pullChanges } from '../replication/pull';
import { scopeFingerprint } from '../replication/scopeKeys';
import type { Store } from '../store/Store';

const STREAM_PAGE = 200;
const KEEPALIVE_MS = 25_000;

/**
 * Server-Sent Events of new changes in the user's scope, for one or several collections on one
 * connection (browsers allow about six connections per host: one stream serves every collection).
 * `tagged` wraps each message as {collection, message}.
 */
export async function streamChanges(c: Context<AppEnv>, store: Store, feed: ChangeFeed, collections: readonly CollectionName[], tagged: boolean): Promise<Response> {
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
    const deliver = async (collection: CollectionName) => {
      // The user's scope may have changed (a grid assigned): tell the client to pull again from
      // its checkpoints, which the pull then restarts because the scope fingerprint differs.
      // A revoked session's open stream ends at its next delivery (or keepalive), not at token expiry.
      const found = await store.auth.findUserInSession(principal.userId, sessionId);
      if (!found?.live) return stream.abort();
      const fresh = found.user.principal;
      if (scopeFingerprint(fresh) !== scopeFingerprint(principal)) {
        principal = fresh;
        const now = await store.lastPosition();
        for (const name of collections) cursors.set(name, { ...now, scope: scopeFingerprint(fresh) });
        return resyncAll();
      }
      for (;;) {
        const cursor = cursors.get(collection);
        const page = await pullChanges(store, principal, collection, cursor ?? null, STREAM_PAGE);
        if (page.documents.length === 0 || !page.checkpoint) return;
        cursors.set(collection, page.checkpoint);
        await send(collection, { documents: page.documents, checkpoint: page.checkpoint });
      }
    };
    const unsubscribe = feed.subscribe((changed) => {
      const wanted = changed === 'grids' ? collections : collections.filter((name) => name === changed);
      for (const name of wanted) running = running.then(() => deliver(name)).catch(() => stream.abort());
    });
    stream.onAbort(unsubscribe);
    // After every (re)connect the client pulls what it missed while the stream was down.
    await resyncAll();
    while (!stream.aborted) {
      await stream.sleep(KEEPALIVE_MS);
      if (!stream.aborted && !(await store.auth.findUserInSession(principal.userId, sessionId))?.live) stream.abort();
      if (!stream.aborted) await stream.write(': keepalive\n\n');
    }
    unsubscribe();
  });
}

import { Hono, type Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { COLLECTION_NAMES, COLLECTIONS, PullRequest, PushRequest, isCollectionName, type Checkpoint, type CollectionName, type CollectionSpec } from '@anxun/shared-schema';
import type { AppEnv } from '../http/appEnv';
import { parseJsonBody, problemResponse } from '../http/problemResponse';
import type { ChangeFeed } from '../replication/changeFeed';
import { pullChanges } from '../replication/pull';
import { applyPush, validatePushRows } from '../replication/push';
import { scopeFingerprint } from '../replication/scopeKeys';
import type { Store } from '../store/Store';

const STREAM_PAGE = 200;
const ENTERPRISE_OWNED = COLLECTION_NAMES.filter((name) => (COLLECTIONS[name] as CollectionSpec).scope === 'enterpriseOwned');
const KEEPALIVE_MS = 25_000;

function collectionOf(c: Context<AppEnv>): CollectionName | undefined {
  const name = c.req.param('collection') ?? '';
  return isCollectionName(name) ? name : undefined;
}

export function replicationRoutes(store: Store, feed: ChangeFeed, now: () => Date) {
  return new Hono<AppEnv>()
    .post('/:collection/pull', async (c) => {
      const collection = collectionOf(c);
      if (!collection) return problemResponse(c, 'unknown_collection', c.req.param('collection'));
      const body = await parseJsonBody(c, PullRequest);
      if (!body.ok) return body.response;
      return c.json(await pullChanges(store, c.get('principal'), collection, body.value.checkpoint, body.value.limit));
    })
    .post('/:collection/push', async (c) => {
      const collection = collectionOf(c);
      if (!collection) return problemResponse(c, 'unknown_collection', c.req.param('collection'));
      const body = await parseJsonBody(c, PushRequest);
      if (!body.ok) return body.response;
      const rows = validatePushRows(collection, body.value);
      if (!rows.ok) return problemResponse(c, 'validation_failed', 'No row of this batch was stored.', rows.issues.map(({ path, message }) => ({ path, message })));
      const outcome = await applyPush(store, c.get('principal'), c.get('deviceId'), collection, rows.rows, now);
      const changed = new Set<string>(outcome.written.map((w) => w.collection));
      // A written enterprise may have re-sequenced the documents hanging off it (it moved grids).
      if (changed.has('enterprises')) for (const dependent of ENTERPRISE_OWNED) changed.add(dependent);
      for (const name of changed) feed.publish(name);
      if (outcome.refused.length > 0) c.header('X-Anxun-Refused', encodeURIComponent(JSON.stringify(outcome.refused)));
      return c.json(outcome.conflicts);
    })
    .get('/:collection/stream', async (c) => {
      const collection = collectionOf(c);
      if (!collection) return problemResponse(c, 'unknown_collection', c.req.param('collection'));
      let principal = c.get('principal');
      const start = await store.lastPosition();
      return streamSSE(c, async (stream) => {
        let cursor: Checkpoint = { ...start, scope: scopeFingerprint(principal) };
        let running: Promise<void> = Promise.resolve();
        const deliver = async () => {
          // The user's scope may have changed (a grid assigned): tell the client to pull again from
          // its checkpoint, which the pull then restarts because the scope fingerprint differs.
          const fresh = (await store.findUserById(principal.userId))?.principal;
          if (fresh && scopeFingerprint(fresh) !== cursor.scope) {
            principal = fresh;
            cursor = { ...(await store.lastPosition()), scope: scopeFingerprint(fresh) };
            await stream.writeSSE({ data: JSON.stringify('RESYNC') });
            return;
          }
          for (;;) {
            const page = await pullChanges(store, principal, collection, cursor, STREAM_PAGE);
            if (page.documents.length === 0 || !page.checkpoint) return;
            cursor = page.checkpoint;
            await stream.writeSSE({ data: JSON.stringify(page) });
          }
        };
        const unsubscribe = feed.subscribe((changed) => {
          if (changed === collection || changed === 'grids') running = running.then(deliver).catch(() => stream.abort());
        });
        stream.onAbort(unsubscribe);
        // After every (re)connect the client pulls what it missed while the stream was down.
        await stream.writeSSE({ data: JSON.stringify('RESYNC') });
        while (!stream.aborted) {
          await stream.sleep(KEEPALIVE_MS);
          if (!stream.aborted) await stream.write(': keepalive\n\n');
        }
        unsubscribe();
      });
    });
}

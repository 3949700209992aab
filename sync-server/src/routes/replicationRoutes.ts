import { Hono, type Context } from 'hono';
import { COLLECTION_NAMES, COLLECTIONS, PullRequest, PushRequest, isCollectionName, type CollectionName, type CollectionSpec } from '@anxun/shared-schema';
import type { AppEnv } from '../http/appEnv';
import { parseJsonBody, problemResponse } from '../http/problemResponse';
import type { ChangeFeed } from '../replication/changeFeed';
import { pullChanges } from '../replication/pull';
import { streamChanges } from './changeStream';
import { applyPush, validatePushRows } from '../replication/push';
import type { Store } from '../store/Store';

const ENTERPRISE_OWNED = COLLECTION_NAMES.filter((name) => (COLLECTIONS[name] as CollectionSpec).scope === 'enterpriseOwned');

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
      const body = await parseJsonBody(c, PushRequest, { unstorableText: 'cleanedLater' });
      if (!body.ok) return body.response;
      const rows = validatePushRows(collection, body.value);
      if (!rows.ok) return problemResponse(c, 'validation_failed', 'No row of this batch was stored.', rows.issues.map(({ path, message }) => ({ path, message })));
      const outcome = await applyPush(store, c.get('principal'), c.get('deviceId'), collection, rows.rows, now);
      c.set('pushOutcome', outcome);
      const changed = new Set<string>(outcome.written.map((w) => w.collection));
      // A written enterprise may have re-sequenced the documents hanging off it (it moved grids).
      if (changed.has('enterprises')) for (const dependent of ENTERPRISE_OWNED) changed.add(dependent);
      for (const name of changed) feed.publish(name);
      if (outcome.refused.length > 0) c.header('X-Anxun-Refused', encodeURIComponent(JSON.stringify(outcome.refused)));
      return c.json(outcome.conflicts);
    })
    .get('/stream', async (c) => streamChanges(c, store, feed, COLLECTION_NAMES, true))
    .get('/:collection/stream', async (c) => {
      const collection = collectionOf(c);
      if (!collection) return problemResponse(c, 'unknown_collection', c.req.param('collection'));
      return streamChanges(c, store, feed, [collection], false);
    });
}

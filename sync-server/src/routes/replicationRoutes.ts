import { Hono, type Context } from 'hono';
import { COLLECTION_NAMES, PullBatchRequest, PullRequest, PushRequest, isCollectionName, type CollectionName } from '@anxun/shared-schema';
import type { PrincipalCache } from '../auth/principalCache';
import type { AppEnv } from '../http/appEnv';
import { parseJsonBody, problemResponse } from '../http/problemResponse';
import type { ChangeFeed } from '../replication/changeFeed';
import { pullAsks, pullBatch, pullChanges } from '../replication/pull';
import { streamChanges } from './changeStream';
import { applyPush, validatePushRows } from '../replication/push';
import type { Store } from '../store/Store';

function collectionOf(c: Context<AppEnv>): CollectionName | undefined {
  const name = c.req.param('collection') ?? '';
  return isCollectionName(name) ? name : undefined;
}

/** Pull, push and change streams. Streams learn of commits from the feed (the store announces every one). */
export function replicationRoutes(store: Store, feed: ChangeFeed, principals: PrincipalCache, now: () => Date) {
  return new Hono<AppEnv>()
    // Many collections' pulls in one request (a reconnect); a part naming an unknown collection
    // refuses the whole batch with the single pull's problem.
    .post('/pull', async (c) => {
      const body = await parseJsonBody(c, PullBatchRequest);
      if (!body.ok) return body.response;
      const asks = pullAsks(body.value);
      if (!asks.ok) return problemResponse(c, 'unknown_collection', asks.unknown);
      return c.json(await pullBatch(store, c.get('principal'), asks.asks));
    })
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
      if (outcome.refused.length > 0) c.header('X-Anxun-Refused', encodeURIComponent(JSON.stringify(outcome.refused)));
      return c.json(outcome.conflicts);
    })
    .get('/stream', async (c) => streamChanges(c, store, feed, principals, COLLECTION_NAMES, true))
    .get('/:collection/stream', async (c) => {
      const collection = collectionOf(c);
      if (!collection) return problemResponse(c, 'unknown_collection', c.req.param('collection'));
      return streamChanges(c, store, feed, principals, [collection], false);
    });
}

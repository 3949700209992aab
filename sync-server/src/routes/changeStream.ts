import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { everyChange, type ChangeNotice, type Checkpoint, type CollectionName, type Principal, type StreamMessage } from '@anxun/shared-schema';
import type { PrincipalCache } from '../auth/principalCache';
import type { AppEnv } from '../http/appEnv';
import type { ChangeFeed } from '../replication/changeFeed';
import { documentsFor, sharedChanges, streamReads, type SharedDocument } from '../replication/changeFanOut';
import { changeConcerns, principalMayChange } from '../replication/changeScope';
import { pullChanges } from '../replication/pull';
import { scopeFingerprint } from '../replication/scopeKeys';
import type { Store } from '../store/Store';

const STREAM_PAGE = 200;
const MAX_PENDING = 64;
type Span = NonNullable<ChangeNotice['span']>;
const KEEPALIVE_MS = 25_000;

const lastPosition = (store: Store) => {
  streamReads.positions += 1;
  return store.lastPosition();
};

/**
 * Server-Sent Events of new changes in the user's scope, for one or several collections on one
 * connection (browsers allow about six connections per host: one stream serves every collection).
 * `tagged` wraps each message as {collection, message}.
 *
 * A notice wakes the stream only for what it may concern (changeScope): a write outside the
 * user's scope costs this stream nothing. What it concerns comes from the one read of the
 * transaction's documents that every stream of this process shares (changeFanOut), filtered here
 * by the pull's own rule, as long as the stream has delivered everything up to where that
 * transaction's span begins (`covered`); otherwise, or for a notice without a span, the stream
 * pulls from its cursor as a client would. Notices are handled one at a time, in arrival order.
 *
 * Invariant: every document in scope with a sequence at or below `covered[c]` has been sent.
 * It holds at the start (the client pulls what came before, after RESYNC); a span's documents
 * extend it to the span's end; a complete own pull extends it to the newest span heard before the
 * pull began (that transaction had committed, and every lower sequence before it: sequences are
 * taken under the write lock).
 */
export async function streamChanges(c: Context<AppEnv>, store: Store, feed: ChangeFeed, principals: PrincipalCache, collections: readonly CollectionName[], tagged: boolean): Promise<Response> {
  let principal: Principal = c.get('principal');
  const sessionId = c.get('sessionId');
  const start = await lastPosition(store);
  return streamSSE(c, async (stream) => {
    const cursors = new Map<CollectionName, Checkpoint>();
    const covered = new Map<CollectionName, number>();
    const restart = (at: { seq: number; id: string }) => {
      for (const name of collections) {
        cursors.set(name, { ...at, scope: scopeFingerprint(principal) });
        covered.set(name, at.seq);
      }
    };
    restart(start);
    let heard = start.seq;
    const sendText = (collection: CollectionName, message: string) =>
      stream.writeSSE({ data: tagged ? `{"collection":${JSON.stringify(collection)},"message":${message}}` : message });
    const send = (collection: CollectionName, message: StreamMessage) => sendText(collection, JSON.stringify(message));
    const resyncAll = async () => {
      for (const name of collections) await send(name, 'RESYNC');
    };
    // A revoked session's open stream ends at once; a changed scope (a grid assigned) makes the
    // client pull again from its checkpoints, which the pull restarts as the fingerprint differs.
    const recheck = async () => {
      const found = await principals.lookup(principal.userId, sessionId);
      if (!found?.live) return stream.abort();
      const before = scopeFingerprint(principal);
      principal = found.principal;
      if (scopeFingerprint(principal) === before) return;
      restart(await lastPosition(store));
      await resyncAll();
    };
    const pull = async (collection: CollectionName) => {
      const reached = heard;
      for (;;) {
        streamReads.pulls += 1;
        const page = await pullChanges(store, principal, collection, cursors.get(collection) ?? null, STREAM_PAGE);
        if (page.documents.length > 0 && page.checkpoint) {
          cursors.set(collection, page.checkpoint);
          await send(collection, { documents: page.documents, checkpoint: page.checkpoint });
        }
        if (page.documents.length < STREAM_PAGE) break;
      }
      covered.set(collection, Math.max(covered.get(collection) ?? 0, reached));
    };
    const sendShared = async (collection: CollectionName, documents: readonly SharedDocument[]) => {
      for (let i = 0; i < documents.length; i += STREAM_PAGE) {
        const page = documents.slice(i, i + STREAM_PAGE);
        const last = (page.at(-1) as SharedDocument).placed.document;
        const checkpoint: Checkpoint = { seq: last.seq, id: last.id, scope: scopeFingerprint(principal) };
        cursors.set(collection, checkpoint);
        await sendText(collection, `{"documents":[${page.map((d) => d.json).join(',')}],"checkpoint":${JSON.stringify(checkpoint)}}`);
      }
    };
    // `notice` itself, not a copy: the shared read is kept per notice object.
    const fromShared = async (notice: ChangeNotice, span: Span, collection: CollectionName) => {
      const shared = await sharedChanges(store, notice);
      const mine = shared && documentsFor(principal, collection, shared.get(collection) ?? [], cursors.get(collection) as Checkpoint);
      if (!mine) return pull(collection);
      await sendShared(collection, mine);
      covered.set(collection, span.through);
    };
    // Synchronous when there is nothing to send: most notices concern few of a stream's collections.
    const deliver = (notice: ChangeNotice, collection: CollectionName): Promise<void> | undefined => {
      const { span } = notice;
      const upTo = covered.get(collection) ?? 0;
      if (span && span.through <= upTo) return undefined; // already sent (this instance's own notice, again through LISTEN)
      const written = notice.documents.find((d) => d.collection === collection);
      const contiguous = span !== undefined && span.after <= upTo;
      if (!written || !changeConcerns(principal, collection, written.keys)) {
        // Nothing of this transaction is in scope here: the stream has still delivered all of it.
        if (contiguous) covered.set(collection, span.through);
        return undefined;
      }
      return contiguous ? fromShared(notice, span, collection) : pull(collection);
    };
    const pending: ChangeNotice[] = [];
    let draining = false;
    const drain = async () => {
      while (pending.length > 0) {
        const notice = pending.shift() as ChangeNotice;
        if (principalMayChange(principal, notice)) await recheck();
        if (stream.aborted) return;
        for (const collection of collections) {
          const work = deliver(notice, collection);
          if (work) await work;
        }
      }
      draining = false;
    };
    const unsubscribe = feed.subscribe((notice) => {
      if (notice.span) heard = Math.max(heard, notice.span.through);
      pending.push(notice);
      // A stream whose client stopped reading would hold every notice (and its shared rows):
      // past a bound they collapse into "anything may have changed", one own pull per collection.
      if (pending.length > MAX_PENDING) pending.splice(0, pending.length, everyChange(collections));
      if (draining) return;
      draining = true;
      drain().catch(() => stream.abort());
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

import type { ChangeNotice, Checkpoint, CollectionName, Principal } from '@anxun/shared-schema';
import type { PlacedDocument, Store } from '../store/Store';
import { pullReturns } from './changeScope';
import { toWire } from './documents';

/** A transaction past this many documents is not read for sharing: each stream pages through its own pull. */
export const SHARED_READ_LIMIT = 1000;

/** A document of a shared read, with its wire JSON written once for every stream that sends it. */
export interface SharedDocument {
  placed: PlacedDocument;
  json: string;
}

/** What the change streams of this process read from the store, for /metrics and the streams benchmark. */
export const streamReads = { shared: 0, pulls: 0, positions: 0 };

const reads = new WeakMap<Store, WeakMap<ChangeNotice, Promise<Map<CollectionName, SharedDocument[]> | undefined>>>();

/**
 * The documents a notice's transaction sequenced (its span), per collection: read once per notice
 * in this process, by the first stream that needs them, and shared by every other stream the
 * notice concerns (the feed hands each listener the same notice object). `undefined` when the
 * notice has no span (an older instance, a lost LISTEN) or the transaction wrote too much.
 */
export function sharedChanges(store: Store, notice: ChangeNotice): Promise<Map<CollectionName, SharedDocument[]> | undefined> {
  const span = notice.span;
  if (!span) return Promise.resolve(undefined);
  let byNotice = reads.get(store);
  if (!byNotice) reads.set(store, (byNotice = new WeakMap()));
  const known = byNotice.get(notice);
  if (known) return known;
  streamReads.shared += 1;
  const read = store.sequencedBetween(notice.documents.map((d) => d.collection), span, SHARED_READ_LIMIT).then((placed) => {
    if (!placed) return undefined;
    const byCollection = new Map<CollectionName, SharedDocument[]>();
    for (const row of placed) {
      const list = byCollection.get(row.document.collection) ?? [];
      list.push({ placed: row, json: JSON.stringify(toWire(row.document)) });
      byCollection.set(row.document.collection, list);
    }
    return byCollection;
  });
  byNotice.set(notice, read);
  return read;
}

/**
 * The shared documents this user's pull from `cursor` would return, in order (the same scope rule
 * and the same (seq, id) > cursor); `undefined` when a row's scope cannot be told from the row.
 */
export function documentsFor(principal: Principal, collection: CollectionName, shared: readonly SharedDocument[], cursor: Checkpoint): SharedDocument[] | undefined {
  const mine: SharedDocument[] = [];
  for (const entry of shared) {
    const { seq, id } = entry.placed.document;
    if (seq < cursor.seq || (seq === cursor.seq && id <= cursor.id)) continue;
    const returned = pullReturns(principal, collection, entry.placed);
    if (returned === undefined) return undefined;
    if (returned) mine.push(entry);
  }
  return mine;
}

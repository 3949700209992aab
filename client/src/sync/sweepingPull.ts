import type { Checkpoint, CollectionName } from '@anxun/shared-schema';
import type { AnxunDatabase } from '../db/database';
import type { ReplicatedDoc } from '../db/replicateCollection';
import { tombstonesOutside } from '../db/scopeEviction';
import { ScopeSweep } from './scopeSweep';

type Page = { documents: ReplicatedDoc[]; checkpoint: Checkpoint | undefined };
type FetchPage = (checkpoint: Checkpoint | undefined, limit: number) => Promise<Page>;

/**
 * A pull that also removes from the device what left the user's scope (ScopeSweep): once the
 * pull restarted by a scope change has caught up, the documents held outside it are added to the
 * page as tombstones, so RxDB applies them as the server's (stream events that race a pull are
 * dropped by RxDB). Applied so, nothing is pushed back, and a document with a local change not
 * yet pushed is left alone. `afterEviction` pulls once more: a document written since the page
 * was read (and so not in it) comes back at once.
 */
export function sweepingPull(db: AnxunDatabase, name: CollectionName, fetchPage: FetchPage, afterEviction: () => void, storage?: Storage): FetchPage {
  const sweep = new ScopeSweep(`anxun.scopeSweep.${db.name}.${name}`, storage);
  return async (checkpoint, limit) => {
    const from = sweep.from(checkpoint);
    const page = await fetchPage(from, limit);
    const keep = sweep.observe(from, page, limit);
    if (!keep) return page;
    const tombstones = await tombstonesOutside(db, name, keep);
    if (tombstones.length === 0) return page;
    afterEviction();
    return { ...page, documents: [...page.documents, ...tombstones] };
  };
}

import type { Checkpoint } from '@anxun/shared-schema';

interface Page {
  documents: readonly { id: string }[];
  checkpoint: Checkpoint | undefined;
}

/**
 * Finds the documents a device holds that left the user's scope (a grid handed over, a 双随机
 * task ended, an area changed). The server restarts a pull from the beginning when the scope
 * fingerprint of the checkpoint differs, so after a change the device receives every document it
 * may still see; whatever it holds and was not sent again has left the scope. The sweep notes the
 * ids of that complete pull and, when the pull has caught up, answers the ids to keep.
 *
 * A sweep not finished when the app closes is kept in `storage`: the next start pulls from the
 * beginning again, so the device never keeps documents because it was closed at the wrong time.
 */
export class ScopeSweep {
  private seen: Set<string> | null = null;
  private scope: string | null = null;

  constructor(
    private readonly key: string,
    private readonly storage: Storage = localStorage,
  ) {}

  /** The checkpoint to pull from: the beginning while a sweep is pending but not yet under way. */
  from(checkpoint: Checkpoint | undefined): Checkpoint | undefined {
    const pending = this.storage.getItem(this.key);
    if (pending !== null && this.seen === null) {
      this.begin(pending);
      return undefined;
    }
    return checkpoint;
  }

  /**
   * Takes one page as the server answered it (`requested` is what it was asked from). Answers the
   * ids to keep once a sweep's pull has caught up (a page shorter than `limit`), else null.
   */
  observe(requested: Checkpoint | undefined, page: Page, limit: number): Set<string> | null {
    const scope = page.checkpoint?.scope;
    if (scope === undefined) return null;
    if (requested !== undefined && requested.scope !== scope) this.begin(scope);
    else if (this.seen !== null && this.scope !== scope) this.begin(scope);
    if (this.seen === null) return null;
    for (const doc of page.documents) this.seen.add(doc.id);
    if (page.documents.length >= limit) return null;
    const keep = this.seen;
    this.seen = null;
    this.scope = null;
    this.storage.removeItem(this.key);
    return keep;
  }

  private begin(scope: string) {
    this.seen = new Set();
    this.scope = scope;
    this.storage.setItem(this.key, scope);
  }
}

import type { PullPage } from './prefetchingPull';

export interface PullAsk<C> {
  collection: string;
  checkpoint: C | undefined;
  limit: number;
}

type FetchBatch<D, C> = (asks: PullAsk<C>[]) => Promise<PullPage<D, C>[]>;
type FetchPage<D, C> = (checkpoint: C | undefined, limit: number) => Promise<PullPage<D, C>>;

export interface PullBatcherOptions {
  /** An ask waits this long for company; each new ask restarts the wait… */
  quietMs?: number;
  /** …but none waits longer than this after the first of its batch. */
  maxWaitMs?: number;
}

interface Waiting<D, C> {
  ask: PullAsk<C>;
  resolve(page: PullPage<D, C>): void;
  reject(error: unknown): void;
}

/**
 * Gathers the pulls RxDB's replications make within a short window into one request (issue 17:
 * a reconnecting tablet made 13 pull requests, and at city scale the request count is the
 * limit). Each replication still calls its own handler and gets its own page, or the batch's
 * error (RxDB retries each on its own, and the retries meet again in one batch). The batch goes
 * at once when every collection that has a handler is waiting (a reconnect, a start), else when
 * no pull joined for `quietMs`, and never later than `maxWaitMs` after its first ask. A
 * collection asked twice in one window (never by RxDB, which waits for its own answer) goes in
 * a second batch, because the server answers each collection once per batch.
 */
export function pullBatcher<D, C>(fetchBatch: FetchBatch<D, C>, { quietMs = 15, maxWaitMs = 60 }: PullBatcherOptions = {}) {
  const collections = new Set<string>();
  let waiting: Waiting<D, C>[] = [];
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;

  function send(batch: Waiting<D, C>[]) {
    fetchBatch(batch.map((w) => w.ask)).then(
      (pages) => batch.forEach((w, i) => {
        const page = pages[i];
        if (page) w.resolve(page);
        else w.reject(new Error(`the batch answered no page for ${w.ask.collection}`));
      }),
      (error: unknown) => batch.forEach((w) => w.reject(error)),
    );
  }

  function flush() {
    clearTimeout(quiet);
    clearTimeout(deadline);
    quiet = deadline = undefined;
    let rest = waiting;
    waiting = [];
    while (rest.length > 0) {
      const named = new Set<string>();
      const batch: Waiting<D, C>[] = [];
      const later: Waiting<D, C>[] = [];
      for (const w of rest) {
        if (named.has(w.ask.collection)) later.push(w);
        else {
          named.add(w.ask.collection);
          batch.push(w);
        }
      }
      send(batch);
      rest = later;
    }
  }

  return {
    /** The pull handler of one collection; its pulls join the batches. */
    handlerFor(collection: string): FetchPage<D, C> {
      collections.add(collection);
      return (checkpoint, limit) =>
        new Promise<PullPage<D, C>>((resolve, reject) => {
          waiting.push({ ask: { collection, checkpoint, limit }, resolve, reject });
          if (new Set(waiting.map((w) => w.ask.collection)).size >= collections.size) return flush();
          clearTimeout(quiet);
          quiet = setTimeout(flush, quietMs);
          deadline ??= setTimeout(flush, maxWaitMs);
        });
    },
  };
}

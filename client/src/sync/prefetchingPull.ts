export interface PullPage<D, C> {
  documents: D[];
  checkpoint: C | undefined;
}

type FetchPage<D, C> = (checkpoint: C | undefined, limit: number) => Promise<PullPage<D, C>>;

/**
 * While RxDB writes one pulled page, the next is already on its way: a full page means more
 * follow, so the request for the page after its checkpoint starts at once (issue 17: the first
 * sync's main thread idled a quarter of the time waiting for the server). RxDB still asks page
 * by page; it gets the fetched page when it asks from exactly that checkpoint, else a new
 * request. A page fetched a little earlier is still a consistent answer from its checkpoint, and
 * the next pull continues from the checkpoint it carries, so nothing is skipped.
 */
export function prefetchingPull<D, C>(fetchPage: FetchPage<D, C>): FetchPage<D, C> {
  let ahead: { key: string; limit: number; page: Promise<PullPage<D, C>> } | null = null;
  return async (checkpoint, limit) => {
    const key = JSON.stringify(checkpoint ?? null);
    const waiting = ahead;
    ahead = null;
    let page: PullPage<D, C>;
    if (waiting && waiting.key === key && waiting.limit === limit) {
      // A failed read ahead (offline, token renewed meanwhile) is simply asked again.
      page = await waiting.page.catch(() => fetchPage(checkpoint, limit));
    } else {
      page = await fetchPage(checkpoint, limit);
    }
    if (page.documents.length >= limit && page.checkpoint !== undefined) {
      const next = fetchPage(page.checkpoint, limit);
      next.catch(() => undefined);
      ahead = { key: JSON.stringify(page.checkpoint), limit, page: next };
    }
    return page;
  };
}

import { describe, expect, it, vi } from 'vitest';
import { prefetchingPull, type PullPage } from './prefetchingPull';

/** A server holding documents 1..total, answering pages after a numeric checkpoint. */
function server(total: number) {
  const fetchPage = vi.fn(async (checkpoint: number | undefined, limit: number): Promise<PullPage<number, number>> => {
    const from = checkpoint ?? 0;
    const documents = Array.from({ length: Math.max(0, Math.min(limit, total - from)) }, (_, i) => from + i + 1);
    return { documents, checkpoint: documents.at(-1) ?? checkpoint };
  });
  return fetchPage;
}

describe('prefetchingPull', () => {
  it('asks for the next page while the last one is written, and hands it over without a second request', async () => {
    const fetchPage = server(25);
    const pull = prefetchingPull(fetchPage);
    const first = await pull(undefined, 10);
    expect(first.documents).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // The page after 10 is already requested before RxDB asks for it.
    expect(fetchPage).toHaveBeenCalledTimes(2);
    const second = await pull(first.checkpoint, 10);
    expect(second.documents[0]).toBe(11);
    const third = await pull(second.checkpoint, 10);
    expect(third.documents).toEqual([21, 22, 23, 24, 25]);
    // Three pages, three requests: a short page means the end, nothing is read ahead.
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it('never hands over a page read from another checkpoint or with another limit', async () => {
    const fetchPage = server(100);
    const pull = prefetchingPull(fetchPage);
    await pull(undefined, 10);
    expect((await pull(50, 10)).documents[0]).toBe(51);
    expect((await pull(60, 5)).documents).toEqual([61, 62, 63, 64, 65]);
  });

  it('asks again when the read ahead failed', async () => {
    const fetchPage = server(30);
    const pull = prefetchingPull(fetchPage);
    fetchPage.mockImplementationOnce(async () => ({ documents: Array.from({ length: 10 }, (_, i) => i + 1), checkpoint: 10 }));
    fetchPage.mockImplementationOnce(async () => {
      throw new Error('offline');
    });
    const first = await pull(undefined, 10);
    expect((await pull(first.checkpoint, 10)).documents[0]).toBe(11);
    expect(fetchPage).toHaveBeenCalledTimes(4);
  });
});

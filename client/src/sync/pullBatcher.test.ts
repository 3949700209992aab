import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prefetchingPull, type PullPage } from './prefetchingPull';
import { pullBatcher, type PullAsk } from './pullBatcher';

/** A server holding documents 1..total of every collection, answering each ask after its numeric checkpoint. */
function server(total: number) {
  return vi.fn(async (asks: PullAsk<number>[]): Promise<PullPage<string, number>[]> =>
    asks.map(({ collection, checkpoint, limit }) => {
      const from = checkpoint ?? 0;
      const count = Math.max(0, Math.min(limit, total - from));
      return { documents: Array.from({ length: count }, (_, i) => `${collection}-${from + i + 1}`), checkpoint: from + count };
    }));
}

const NAMES = ['enterprises', 'grids', 'hazards', 'hazardEvents', 'inspections', 'checklistTemplates', 'conflicts', 'patrols', 'tasks', 'draws', 'writs', 'examQuestions', 'cases'];

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('pullBatcher', () => {
  it('sends the 13 replications\' pulls of a reconnect as one request, at once, and gives each its own page', async () => {
    const fetchBatch = server(3);
    const batcher = pullBatcher(fetchBatch);
    const handlers = NAMES.map((name) => batcher.handlerFor(name));
    const pages = await Promise.all(handlers.map((pull, i) => pull(i, 10)));
    expect(fetchBatch).toHaveBeenCalledTimes(1);
    expect(fetchBatch.mock.calls[0]?.[0].map((a) => a.collection)).toEqual(NAMES);
    expect(pages[0]).toEqual({ documents: ['enterprises-1', 'enterprises-2', 'enterprises-3'], checkpoint: 3 });
    expect(pages[2]).toEqual({ documents: ['hazards-3'], checkpoint: 3 });
    expect(pages[12]).toEqual({ documents: [], checkpoint: 12 });
  });

  it('gathers pulls that arrive close together, and sends a lone pull alone after a short wait', async () => {
    const fetchBatch = server(5);
    const batcher = pullBatcher(fetchBatch, { quietMs: 15, maxWaitMs: 60 });
    const [a, b, c] = NAMES.map((name) => batcher.handlerFor(name));
    const first = a?.(undefined, 10);
    await vi.advanceTimersByTimeAsync(10);
    const second = b?.(undefined, 10);
    await vi.advanceTimersByTimeAsync(14);
    expect(fetchBatch).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchBatch).toHaveBeenCalledTimes(1);
    expect(fetchBatch.mock.calls[0]?.[0].map((ask) => ask.collection)).toEqual(['enterprises', 'grids']);
    await expect(Promise.all([first, second])).resolves.toHaveLength(2);
    const lone = c?.(2, 10);
    await vi.advanceTimersByTimeAsync(15);
    expect(fetchBatch).toHaveBeenCalledTimes(2);
    expect(await lone).toEqual({ documents: ['hazards-3', 'hazards-4', 'hazards-5'], checkpoint: 5 });
  });

  it('never holds a pull longer than the longest wait, however many keep joining', async () => {
    const fetchBatch = server(1);
    const batcher = pullBatcher(fetchBatch, { quietMs: 15, maxWaitMs: 60 });
    const handlers = NAMES.map((name) => batcher.handlerFor(name));
    for (let i = 0; i < 6; i++) {
      void handlers[i]?.(undefined, 10);
      await vi.advanceTimersByTimeAsync(12);
    }
    // 6 pulls 12 ms apart: the quiet wait never ran out, the deadline (60 ms after the first) sent them.
    expect(fetchBatch).toHaveBeenCalledTimes(1);
    expect(fetchBatch.mock.calls[0]?.[0]).toHaveLength(5);
  });

  it('fails every pull of a failed batch with its error, so each replication retries', async () => {
    const batcher = pullBatcher<string, number>(async () => Promise.reject(new Error('offline')));
    const [a, b] = ['enterprises', 'grids'].map((name) => batcher.handlerFor(name));
    const results = Promise.allSettled([a?.(undefined, 10), b?.(undefined, 10)]);
    await vi.runAllTimersAsync();
    expect((await results).map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });

  it('sends a collection asked twice in one window in a second batch (the server answers each once)', async () => {
    const fetchBatch = server(10);
    const batcher = pullBatcher(fetchBatch);
    const hazards = batcher.handlerFor('hazards');
    const grids = batcher.handlerFor('grids');
    batcher.handlerFor('enterprises');
    const pages = Promise.all([hazards(0, 2), hazards(5, 2), grids(0, 2)]);
    await vi.runAllTimersAsync();
    expect(fetchBatch.mock.calls.map(([asks]) => asks.map((a) => `${a.collection}@${String(a.checkpoint)}`))).toEqual([['hazards@0', 'grids@0'], ['hazards@5']]);
    expect((await pages).map((p) => p.documents)).toEqual([['hazards-1', 'hazards-2'], ['hazards-6', 'hazards-7'], ['grids-1', 'grids-2']]);
  });

  it('still reads ahead through the batch: the next full page is fetched while the last is written', async () => {
    const fetchBatch = server(25);
    const batcher = pullBatcher(fetchBatch);
    const hazards = prefetchingPull(batcher.handlerFor('hazards'));
    const grids = prefetchingPull(batcher.handlerFor('grids'));
    const [h1, g1] = await Promise.all([hazards(undefined, 10), grids(undefined, 30)]);
    expect(fetchBatch).toHaveBeenCalledTimes(1);
    expect(g1.documents).toHaveLength(25);
    await vi.runAllTimersAsync();
    // The read ahead of hazards (a full page) went on its own, before RxDB asked for it.
    expect(fetchBatch).toHaveBeenCalledTimes(2);
    const h2 = await hazards(h1.checkpoint, 10);
    expect(h2.documents[0]).toBe('hazards-11');
    expect(fetchBatch).toHaveBeenCalledTimes(2);
  });
});

import { describe, expect, it } from 'vitest';
import { countRequest, type ReportLimits } from './reportLimits';

/** The counters as the table keeps them: one per (bucket, window). */
function memoryCounters() {
  const hits = new Map<string, number>();
  return {
    keys: () => [...hits.keys()],
    hit: async (buckets: readonly { key: string; windowStart: Date }[]) => buckets.map(({ key, windowStart }) => {
      const k = `${key}@${windowStart.toISOString()}`;
      hits.set(k, (hits.get(k) ?? 0) + 1);
      return hits.get(k) ?? 0;
    }),
  };
}

const limits: ReportLimits = { submitPerAddress: 2, submitOverall: 3, trackPerAddress: 5, trackOverall: 50, photoPerAddress: 5 };
const at = new Date('2026-12-01T10:15:00Z');

describe('countRequest', () => {
  it('limits one address, then the whole installation, and says when the window ends', async () => {
    const counters = memoryCounters();
    expect(await countRequest(counters, limits, 'submit', '10.0.0.1', at)).toEqual({ ok: true });
    expect(await countRequest(counters, limits, 'submit', '10.0.0.1', at)).toEqual({ ok: true });
    expect(await countRequest(counters, limits, 'submit', '10.0.0.1', at)).toEqual({ ok: false, retryAfter: 45 * 60 });
    // The third request overall was the refused one: a new address now meets the overall limit.
    expect(await countRequest(counters, limits, 'submit', '10.0.0.2', at)).toEqual({ ok: false, retryAfter: 45 * 60 });
  });

  it('starts afresh in the next hour, and counts kinds apart', async () => {
    const counters = memoryCounters();
    for (let i = 0; i < 3; i += 1) await countRequest(counters, limits, 'submit', '10.0.0.1', at);
    expect(await countRequest(counters, limits, 'track', '10.0.0.1', at)).toEqual({ ok: true });
    expect(await countRequest(counters, limits, 'submit', '10.0.0.1', new Date('2026-12-01T11:00:00Z'))).toEqual({ ok: true });
  });

  it('never keeps the client address itself', async () => {
    const counters = memoryCounters();
    await countRequest(counters, limits, 'submit', '203.0.113.77', at);
    expect(counters.keys().join()).not.toContain('203.0.113.77');
  });
});

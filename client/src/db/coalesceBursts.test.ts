import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Subject } from 'rxjs';
import { BURST_MS, coalesceBursts } from './coalesceBursts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('coalesceBursts', () => {
  it('passes the first change of a quiet period at once, and the latest of a burst once per window', () => {
    const source = new Subject<number>();
    const seen: number[] = [];
    source.pipe(coalesceBursts()).subscribe((n) => seen.push(n));
    source.next(1);
    expect(seen).toEqual([1]);
    // 49 batches of a first sync inside one window: one emission, with the last state.
    for (let n = 2; n <= 50; n++) source.next(n);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(BURST_MS);
    expect(seen).toEqual([1, 50]);
    // Quiet again: a local save shows without waiting.
    vi.advanceTimersByTime(BURST_MS * 2);
    source.next(51);
    expect(seen).toEqual([1, 50, 51]);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { of } from 'rxjs';
import { afterFirstScreen, BACKGROUND_READ_FALLBACK_MS, markFirstScreenShown } from './firstScreen';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('afterFirstScreen', () => {
  it('holds a background read until the fallback while no screen has shown rows', () => {
    const seen: string[] = [];
    afterFirstScreen(of('ledger')).subscribe((v) => seen.push(v));
    vi.advanceTimersByTime(BACKGROUND_READ_FALLBACK_MS - 1);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['ledger']);
  });

  it('starts it as soon as the first screen has shown rows, and at once afterwards', () => {
    const seen: string[] = [];
    afterFirstScreen(of('facts')).subscribe((v) => seen.push(v));
    markFirstScreenShown();
    expect(seen).toEqual(['facts']);
    afterFirstScreen(of('badge')).subscribe((v) => seen.push(v));
    expect(seen).toEqual(['facts', 'badge']);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deferredSync } from './deferredSync';
import type { SyncEngine } from './replication';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function fakeEngine() {
  const engine = { syncNow: vi.fn(), stop: vi.fn(async () => undefined) } satisfies SyncEngine;
  return { engine, start: vi.fn(() => engine) };
}

describe('deferredSync', () => {
  it('starts replication after the delay, once', () => {
    const { start } = fakeEngine();
    const sync = deferredSync(start, 800);
    vi.advanceTimersByTime(799);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(start).toHaveBeenCalledTimes(1);
    expect(sync.started()).toBe(true);
  });

  it('starts at once and syncs when asked before the delay (back online, signed in again)', () => {
    const { engine, start } = fakeEngine();
    const sync = deferredSync(start, 800);
    sync.syncNow();
    expect(start).toHaveBeenCalledTimes(1);
    expect(engine.syncNow).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(800);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('never starts once stopped, and stops a started engine', async () => {
    const idle = fakeEngine();
    await deferredSync(idle.start, 800).stop();
    vi.advanceTimersByTime(800);
    expect(idle.start).not.toHaveBeenCalled();
    const running = fakeEngine();
    const sync = deferredSync(running.start, 0);
    vi.advanceTimersByTime(0);
    await sync.stop();
    expect(running.engine.stop).toHaveBeenCalledTimes(1);
  });
});

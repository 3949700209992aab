import type { SyncEngine } from './replication';

/**
 * Starts the replication engine after `delayMs`, or at once when asked to sync (back online,
 * signed in again). On a cold start the first screen reads the local database first; starting
 * 13 replications (each opens its own IndexedDB database and runs its first pull) at the same
 * moment delays the first row. A device that has never synced starts at once (delay 0): it has
 * nothing to show until the first pull.
 */
export function deferredSync(start: () => SyncEngine, delayMs: number): SyncEngine & { started(): boolean } {
  let engine: SyncEngine | null = null;
  let stopped = false;
  const startNow = () => {
    clearTimeout(timer);
    if (!engine && !stopped) engine = start();
    return engine;
  };
  const timer = setTimeout(startNow, delayMs);
  return {
    started: () => engine !== null,
    syncNow() {
      startNow()?.syncNow();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await engine?.stop();
    },
  };
}

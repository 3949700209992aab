/** Runs `work` while no other tab of this device runs its own: one refresh at a time per device. */
export type RefreshLock = <T>(work: () => Promise<T>) => Promise<T>;

const LOCK_NAME = 'anxun-refresh';

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/**
 * The Web Locks API where the browser has it. Without it (an old WebView) each tab is still
 * single-flight on its own, and a tab that loses the race is answered `refresh_reused` and takes
 * the session the other tab stored.
 */
export function browserRefreshLock(locks: LockManagerLike | undefined = webLocks()): RefreshLock {
  if (!locks) return (work) => work();
  return (work) => locks.request(LOCK_NAME, work);
}

function webLocks(): LockManagerLike | undefined {
  if (typeof navigator === 'undefined') return undefined;
  const locks = (navigator as { locks?: LockManagerLike }).locks;
  return locks && typeof locks.request === 'function' ? locks : undefined;
}

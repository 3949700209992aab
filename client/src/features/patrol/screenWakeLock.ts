import type { WakeLockState } from './patrolRecording';

interface WakeLockSentinelLike {
  released: boolean;
  release(): Promise<void>;
  addEventListener(type: 'release', listener: () => void): void;
}
interface WakeLockLike {
  request(type: 'screen'): Promise<WakeLockSentinelLike>;
}

/**
 * Keeps the screen on while a patrol runs: a tablet that sleeps stops delivering positions in most
 * browsers. The browser releases the lock whenever the page is hidden, so it is taken again each
 * time the page becomes visible. Returns a stop function.
 */
export function holdScreenWakeLock(onState: (state: WakeLockState) => void): () => void {
  const wakeLock = (navigator as Navigator & { wakeLock?: WakeLockLike }).wakeLock;
  if (!wakeLock) {
    onState('unsupported');
    return () => undefined;
  }
  let sentinel: WakeLockSentinelLike | undefined;
  let stopped = false;
  const acquire = async () => {
    if (stopped || document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
    try {
      sentinel = await wakeLock.request('screen');
      if (stopped) return void sentinel.release();
      onState('held');
      sentinel.addEventListener('release', () => onState('released'));
    } catch {
      // Refused (battery saver, no user gesture yet): the badge says so; a later visibility change retries.
      onState('released');
    }
  };
  const onVisibility = () => void acquire();
  document.addEventListener('visibilitychange', onVisibility);
  void acquire();
  return () => {
    stopped = true;
    document.removeEventListener('visibilitychange', onVisibility);
    void sentinel?.release();
  };
}

/** Failed sign-ins of one key (an account or a client address), as stored in login_throttle. */
export interface ThrottleState {
  failures: number;
  windowStart: Date;
  lastFailureAt: Date;
  lockedUntil: Date | null;
  lockCount: number;
}

export const THROTTLE = {
  /** Failures within the window that start a lock. */
  maxFailures: 10,
  windowMs: 15 * 60_000,
  /** The first lock; each further lock doubles, up to the cap: never locked out for good. */
  firstLockMs: 60_000,
  maxLockMs: 15 * 60_000,
  /** A key with no failure for this long starts over (its lock history is forgotten). */
  forgetAfterMs: 24 * 3_600_000,
} as const;

/** The state after one more failure at `now`; the failure that fills the window starts a lock. */
export function afterFailure(previous: ThrottleState | undefined, now: Date): ThrottleState {
  const t = now.getTime();
  const fresh = !previous || t - previous.lastFailureAt.getTime() > THROTTLE.forgetAfterMs;
  const lockCount = fresh ? 0 : previous.lockCount;
  const inWindow = !fresh && t - previous.windowStart.getTime() <= THROTTLE.windowMs;
  const failures = (inWindow ? previous.failures : 0) + 1;
  const windowStart = inWindow ? previous.windowStart : now;
  if (failures < THROTTLE.maxFailures) {
    return { failures, windowStart, lastFailureAt: now, lockedUntil: fresh ? null : previous.lockedUntil, lockCount };
  }
  const lockMs = Math.min(THROTTLE.firstLockMs * 2 ** lockCount, THROTTLE.maxLockMs);
  return { failures: 0, windowStart: now, lastFailureAt: now, lockedUntil: new Date(t + lockMs), lockCount: lockCount + 1 };
}

/** Whole seconds until the latest of these locks ends, or 0 when none holds at `now`. */
export function retryAfterSeconds(lockedUntil: readonly (Date | null)[], now: Date): number {
  const latest = Math.max(0, ...lockedUntil.map((d) => (d ? d.getTime() : 0)));
  return latest > now.getTime() ? Math.ceil((latest - now.getTime()) / 1000) : 0;
}

import { asyncScheduler, throttleTime, type MonoTypeOperatorFunction } from 'rxjs';

/** How long a burst of changes is gathered into one emission. */
export const BURST_MS = 250;

/**
 * The first change of a quiet period passes at once (a local save shows immediately); while
 * changes keep coming (the first sync writes a batch of 1,000 documents many times a second),
 * subscribers get the latest state once per `ms` instead of re-folding and re-rendering every
 * hazard for every batch. The last state of a burst always arrives (trailing).
 */
export function coalesceBursts<T>(ms = BURST_MS): MonoTypeOperatorFunction<T> {
  return throttleTime<T>(ms, asyncScheduler, { leading: true, trailing: true });
}

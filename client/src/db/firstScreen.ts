import { BehaviorSubject, filter, race, switchMap, take, timer, type Observable } from 'rxjs';

/** The longest a background read waits for the first screen (another screen than the home opened first). */
export const BACKGROUND_READ_FALLBACK_MS = 1_000;

const shown$ = new BehaviorSubject(false);

/** The home screen has shown its first local rows (called once they are committed). */
export function markFirstScreenShown(): void {
  if (!shown$.value) shown$.next(true);
}

/**
 * Subscribes to `source` only after the first screen has shown its rows (or after the fallback).
 * On a tablet holding 10,000 hazards, folding the whole ledger for the notification badge and the
 * enterprise facts takes the main thread for a long while; started together with the enterprise
 * list it delays the first row (issue 17: offline cold start). Later subscriptions pass at once.
 */
export function afterFirstScreen<T>(source: Observable<T>): Observable<T> {
  return race(shown$.pipe(filter(Boolean)), timer(BACKGROUND_READ_FALLBACK_MS)).pipe(take(1), switchMap(() => source));
}

import { distanceMetres, type TrackPoint } from '@anxun/shared-schema';

/** Keep a fix when it is the first, or 15 s have passed, or the officer moved 20 m: a day stays a few thousand points. */
export function worthKeeping(previous: TrackPoint | undefined, next: TrackPoint, minSeconds = 15, minMetres = 20): boolean {
  if (!previous) return true;
  const seconds = (Date.parse(next.t) - Date.parse(previous.t)) / 1000;
  return seconds >= minSeconds || distanceMetres(previous, next) >= minMetres;
}

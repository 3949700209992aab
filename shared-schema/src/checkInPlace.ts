import { distanceMetres } from './patrol';
import type { GeoPoint } from './primitives';

/**
 * 现场签到: a check-in within this many metres of the enterprise's location is on site, unless the
 * enterprise sets its own radius (a works that spreads over a large plot).
 */
export const CHECK_IN_RADIUS_METRES = 300;

export type CheckInPlace =
  | { kind: 'onSite'; distanceMetres: number; radiusMetres: number }
  | { kind: 'offSite'; distanceMetres: number; radiusMetres: number }
  /** The device had no fix (basement, cold store): on site cannot be shown. */
  | { kind: 'noPosition' }
  /** The enterprise has no location yet: the first check-in may give it one, after confirmation. */
  | { kind: 'noEnterpriseLocation' };

/** Where a check-in was, against the STORED enterprise: the same rule on the tablet, the server and the supervisor's screens. */
export function checkInPlace(
  enterprise: { location?: GeoPoint | undefined; checkInRadiusMetres?: number | undefined },
  checkIn: { position?: GeoPoint | undefined } | undefined,
): CheckInPlace {
  if (!checkIn?.position) return { kind: 'noPosition' };
  if (!enterprise.location) return { kind: 'noEnterpriseLocation' };
  const radiusMetres = enterprise.checkInRadiusMetres ?? CHECK_IN_RADIUS_METRES;
  const distance = Math.round(distanceMetres(enterprise.location, checkIn.position));
  return { kind: distance <= radiusMetres ? 'onSite' : 'offSite', distanceMetres: distance, radiusMetres };
}

/** A check-in the officer must explain: measured away from the enterprise, or with no position at all. */
export function needsOffSiteReason(place: CheckInPlace): boolean {
  return place.kind === 'offSite' || place.kind === 'noPosition';
}

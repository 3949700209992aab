import { z } from 'zod';
import { DocumentBase, Id, IsoDateTime } from './primitives';

/** One position fix of a patrol track (轨迹). */
export const TrackPoint = z.object({
  t: IsoDateTime,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** Accuracy radius in metres, as the device reported it. */
  acc: z.number().min(0).max(100_000),
});
export type TrackPoint = z.infer<typeof TrackPoint>;

export const PatrolCheckIn = z.object({
  enterpriseId: Id,
  inspectionId: Id.optional(),
  at: IsoDateTime,
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});
export type PatrolCheckIn = z.infer<typeof PatrolCheckIn>;

/**
 * A grid officer's patrol (巡查) with its track, recorded only while it runs (privacy, battery).
 * Points and check-ins are append-only, so two tabs or a retry never lose a fix.
 */
export const Patrol = z.object({
  ...DocumentBase,
  officerId: Id,
  /** The officer's area when the patrol started: supervisors of that area see it. */
  areaCode: z.string().regex(/^[0-9]{6,12}$/),
  gridIds: z.array(Id).max(20),
  startedAt: IsoDateTime,
  endedAt: IsoDateTime.optional(),
  points: z.array(TrackPoint).max(20_000),
  checkIns: z.array(PatrolCheckIn).max(500),
});
export type Patrol = z.infer<typeof Patrol>;

const EARTH_RADIUS_M = 6_371_000;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Track length in metres over fixes in time order, skipping fixes less accurate than `maxAccuracy`. */
export function trackLength(points: readonly TrackPoint[], maxAccuracy = 100): number {
  const good = [...points].filter((p) => p.acc <= maxAccuracy).sort((x, y) => x.t.localeCompare(y.t));
  let total = 0;
  for (let i = 1; i < good.length; i++) total += distanceMetres(good[i - 1] as TrackPoint, good[i] as TrackPoint);
  return total;
}

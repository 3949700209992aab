import { trackGaps, TRACK_GAP_MINUTES, type GeoPoint, type TrackGap, type TrackPoint } from '@anxun/shared-schema';

export interface PlanPoint { x: number; y: number }

export interface Projection {
  width: number;
  height: number;
  project(p: GeoPoint): PlanPoint;
}

/**
 * A flat plan of a town-sized area (no map tiles reach this network): longitude scaled by the
 * cosine of the middle latitude so distances look right, north up, the points' bounds fitted and
 * centred in a `width` × `width · aspect` frame with a margin. Every point given lies inside it;
 * other points may fall outside (the SVG clips them).
 */
export function planProjection(points: readonly GeoPoint[], width: number, margin = 32, aspect = 0.56): Projection {
  const height = Math.round(width * aspect);
  if (points.length === 0) return { width, height, project: () => ({ x: width / 2, y: height / 2 }) };
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * kx, 1e-6);
  const spanY = Math.max(maxLat - minLat, 1e-6);
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
  const left = (width - spanX * scale) / 2;
  const top = (height - spanY * scale) / 2;
  return { width, height, project: (p) => ({ x: left + (p.lon - minLon) * kx * scale, y: top + (maxLat - p.lat) * scale }) };
}

/** SVG `points` of a polyline or polygon. */
export const svgPoints = (points: readonly PlanPoint[]) => points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

/**
 * A track cut where the device recorded nothing for longer than `gapMinutes` (no signal, the app
 * closed): the recorded stretches are drawn solid, the gaps dashed, never as a line walked.
 */
export function trackSegments(points: readonly TrackPoint[], gapMinutes = TRACK_GAP_MINUTES): { stretches: TrackPoint[][]; gaps: TrackGap[] } {
  const sorted = [...points].sort((a, b) => a.t.localeCompare(b.t));
  const gaps = trackGaps(sorted, gapMinutes);
  const stretches: TrackPoint[][] = [];
  let current: TrackPoint[] = [];
  for (const point of sorted) {
    if (gaps.some((g) => g.to === point) && current.length > 0) {
      stretches.push(current);
      current = [];
    }
    current.push(point);
  }
  if (current.length > 0) stretches.push(current);
  return { stretches, gaps };
}

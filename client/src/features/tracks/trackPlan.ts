import type { GeoPoint } from '@anxun/shared-schema';

export interface PlanPoint { x: number; y: number }

export interface Projection {
  width: number;
  height: number;
  project(p: GeoPoint): PlanPoint;
}

/**
 * A flat plan of a town-sized area (no map tiles reach this network): longitude scaled by the
 * cosine of the middle latitude so distances look right, north up, fitted into `width` with a
 * margin. Every point given lies inside the plan.
 */
export function planProjection(points: readonly GeoPoint[], width: number, margin = 24): Projection {
  if (points.length === 0) return { width, height: width / 2, project: () => ({ x: width / 2, y: width / 4 }) };
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * kx, 1e-6);
  const spanY = Math.max(maxLat - minLat, 1e-6);
  const scale = (width - 2 * margin) / Math.max(spanX, spanY * 1.6);
  const height = Math.round(spanY * scale + 2 * margin);
  return {
    width,
    height,
    project: (p) => ({ x: margin + (p.lon - minLon) * kx * scale, y: margin + (maxLat - p.lat) * scale }),
  };
}

/** SVG `points` of a polyline or polygon. */
export const svgPoints = (points: readonly PlanPoint[]) => points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

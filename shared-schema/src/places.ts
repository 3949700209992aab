import { z } from 'zod';
import { GeoPoint, Id, ShortText } from './primitives';
import { GridType } from './grid';

/**
 * 行政区划代码: GB/T 2260 county code (6 digits) plus township (3) and village (3) digits. An
 * administrator creates areas under their own code; a town is 9 digits, a village 12.
 */
export const AreaCode = z.string().regex(/^(?:[0-9]{6}|[0-9]{9}|[0-9]{12})$/, '行政区划代码为 6、9 或 12 位数字 6, 9 or 12 digits');

export const Area = z.object({ code: AreaCode, name: ShortText, updatedAt: z.string() });
export type Area = z.infer<typeof Area>;
export const AreaList = z.object({ areas: z.array(Area) });
export type AreaList = z.infer<typeof AreaList>;
export const AreaRequest = z.object({ code: AreaCode, name: ShortText });
export type AreaRequest = z.infer<typeof AreaRequest>;

/** A polygon's outer ring, closed or not; holes are not kept (the plan draws outlines only). */
export const Ring = z.array(GeoPoint).min(3).max(5_000);
export type Ring = z.infer<typeof Ring>;

/** Creating or editing a grid through the console: the server fills townName and officers. */
export const GridRequest = z.object({
  name: ShortText,
  type: GridType,
  areaCode: AreaCode,
  /** Polygons (outer rings). Absent on an edit: the boundary stays as stored. */
  boundary: z.array(Ring).max(50).optional(),
});
export type GridRequest = z.infer<typeof GridRequest>;
export const GridCreateRequest = GridRequest.extend({ id: Id.optional() });
export type GridCreateRequest = z.infer<typeof GridCreateRequest>;

/** The drawable outline of a boundary: its largest ring (by points), thinned to at most `max` points. */
export function outlineOf(boundary: readonly (readonly GeoPoint[])[], max = 200): GeoPoint[] {
  const largest = [...boundary].sort((a, b) => b.length - a.length)[0] ?? [];
  if (largest.length <= max) return [...largest];
  const step = largest.length / max;
  return Array.from({ length: max }, (_, i) => largest[Math.floor(i * step)] as GeoPoint);
}

export type BoundaryResult = { ok: true; boundary: GeoPoint[][] } | { ok: false; reason: string };

const isPosition = (p: unknown): p is [number, number] =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]);

function ringOf(raw: unknown, where: string): { ok: true; ring: GeoPoint[] } | { ok: false; reason: string } {
  if (!Array.isArray(raw) || raw.length < 4) return { ok: false, reason: `${where}：一个环至少 4 个坐标（首尾相同） A ring needs at least 4 positions` };
  const ring: GeoPoint[] = [];
  for (const p of raw) {
    // GeoJSON positions are [longitude, latitude] (RFC 7946 §3.1.1).
    if (!isPosition(p)) return { ok: false, reason: `${where}：坐标须为 [经度, 纬度] 数字 Positions are [lon, lat] numbers` };
    const [lon, lat] = p;
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return { ok: false, reason: `${where}：坐标超出范围 (${lon}, ${lat}) Coordinate out of range` };
    ring.push({ lat, lon });
  }
  const first = ring[0] as GeoPoint;
  const last = ring[ring.length - 1] as GeoPoint;
  if (first.lat !== last.lat || first.lon !== last.lon) return { ok: false, reason: `${where}：环未闭合（首尾坐标须相同） The ring is not closed` };
  if (ring.length - 1 > 5_000) return { ok: false, reason: `${where}：坐标过多（最多 5000 个） Too many positions` };
  return { ok: true, ring: ring.slice(0, -1) };
}

function polygonsOf(geometry: unknown): unknown[][] | string {
  if (typeof geometry !== 'object' || geometry === null) return '缺少 geometry Missing geometry';
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (g.type === 'Polygon') return Array.isArray(g.coordinates) ? [g.coordinates] : '坐标格式错误 Bad coordinates';
  if (g.type === 'MultiPolygon') return Array.isArray(g.coordinates) && g.coordinates.every(Array.isArray) ? (g.coordinates as unknown[][]) : '坐标格式错误 Bad coordinates';
  return `只支持 Polygon 和 MultiPolygon（收到 ${String(g.type)}） Only Polygon and MultiPolygon`;
}

/**
 * A boundary from GeoJSON text: a Polygon, a MultiPolygon, a Feature of one, or a
 * FeatureCollection of such features (all polygons kept). Outer rings only; every coordinate in
 * range, every ring closed. Pure, so the console checks a file before sending it and the server
 * checks what it stores with the same words.
 */
export function boundaryFromGeoJson(text: string): BoundaryResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: '文件不是合法的 GeoJSON（JSON 格式错误） Not valid JSON' };
  }
  const root = parsed as { type?: unknown; features?: unknown; geometry?: unknown };
  const geometries: unknown[] =
    root?.type === 'FeatureCollection' && Array.isArray(root.features) ? root.features.map((f) => (f as { geometry?: unknown })?.geometry)
      : root?.type === 'Feature' ? [root.geometry] : [parsed];
  const boundary: GeoPoint[][] = [];
  for (const [gi, geometry] of geometries.entries()) {
    const polygons = polygonsOf(geometry);
    if (typeof polygons === 'string') return { ok: false, reason: `第 ${gi + 1} 个图形：${polygons}` };
    for (const [pi, polygon] of polygons.entries()) {
      const ring = ringOf(Array.isArray(polygon) ? polygon[0] : undefined, `第 ${gi + 1} 个图形第 ${pi + 1} 个多边形`);
      if (!ring.ok) return ring;
      boundary.push(ring.ring);
    }
  }
  if (boundary.length === 0) return { ok: false, reason: '文件中没有多边形 No polygon in the file' };
  if (boundary.length > 50) return { ok: false, reason: '多边形过多（最多 50 个） Too many polygons' };
  return { ok: true, boundary };
}

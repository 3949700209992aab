import { z } from 'zod';
import { DocumentBase, GeoPoint, Id, ShortText } from './primitives';

/**
 * 网格类型 as the seeds name them: 工业园区/工业企业 (industrial), 重点行业 (sector), 楼宇
 * (building), 九小场所 (nineSmall), 住宅小区 (residential). Stored values never change meaning.
 */
export const GridType = z.enum(['industrial', 'sector', 'building', 'nineSmall', 'residential']);
export type GridType = z.infer<typeof GridType>;

export const Grid = z.object({
  ...DocumentBase,
  name: ShortText,
  type: GridType,
  /** Administrative area code (town level, GB/T 2260 + township digits); supervisors see by prefix. */
  areaCode: z.string().regex(/^[0-9]{6,12}$/),
  townName: ShortText,
  officerIds: z.array(Id).max(20),
  /** Outline on the town plan, for drawing tracks without map tiles. */
  outline: z.array(GeoPoint).max(200),
  /**
   * The full boundary (issue 14): the outer ring of each polygon, as imported from GeoJSON or
   * drawn. `outline` stays the drawable ring (the largest polygon, thinned to 200 points).
   */
  boundary: z.array(z.array(GeoPoint).min(3).max(5_000)).max(50).optional(),
});
export type Grid = z.infer<typeof Grid>;

/** The towns of a set of grids (9-digit town codes of their area codes, with names), in code order. */
export function townsOf(grids: readonly Grid[]): { code: string; name: string }[] {
  const towns = new Map<string, string>();
  for (const g of grids) if (g.areaCode.length >= 9) towns.set(g.areaCode.slice(0, 9), g.townName);
  return [...towns].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code));
}

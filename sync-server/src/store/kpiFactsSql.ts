import { addDays, checkInPlace, type GeoPoint, type HazardFacts, type InspectionFacts, type SupervisionCategory } from '@anxun/shared-schema';
import { escapeLike, STILL_TO_RECTIFY } from './overviewSql';
import type { SqlQueryable } from './sqlClient';

/** The facts the KPI maths needs, each with where it belongs (area and grids) for grouping. */
export interface KpiFacts {
  enterprises: { id: string; name: string; areaCode: string; gridIds: string[]; townName: string; villageName: string; supervisionCategory?: SupervisionCategory }[];
  grids: { id: string; name: string; officerIds: string[] }[];
  officers: Map<string, string>;
  inspections: (InspectionFacts & { type: string })[];
  hazards: (HazardFacts & { enterpriseId: string; areaCode: string; gridIds: string[] })[];
}

const utcInstant = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

type HazardTuple = [
  id: string, enterpriseId: string, areaCode: string, gridIds: string[], source: HazardFacts['source'], level: HazardFacts['level'], state: HazardFacts['state'],
  deadline: string | null, foundAt: string, closedAt: string | null, listingLevel: HazardFacts['listingLevel'] | null, recheckResults: boolean[],
];
type InspectionTuple = [enterpriseId: string, officerIds: string[], type: string, finishedAt: string, examPassed: unknown[], position: GeoPoint | null];

/**
 * Reads the facts of a supervisor's area for the period [from, to] (Asia/Shanghai dates):
 * hazards found in the period, those overdue today, and those overdue at the period's end and
 * closed since (逾期 as of the period's end, docs/kpis.md), finished inspections of the period,
 * and every enterprise and grid of the area.
 */
export async function loadKpiFacts(db: SqlQueryable, area: string, from: string, to: string, today: string): Promise<KpiFacts> {
  const prefix = escapeLike(area);
  // Rows as one JSON text each: a city-wide year is ~100k hazards, and decoding that many result
  // rows cost PGlite 3 s where one json_agg text and JSON.parse cost about 1 s.
  const hazards = await db.query<{ rows: string }>(
    `SELECT COALESCE(json_agg(json_build_array(hazard_id, enterprise_id, area_code, grid_ids, source, level, state, deadline,
       ${utcInstant('found_at')}, ${utcInstant('closed_at')}, listing_level, recheck_results))::text, '[]') AS rows
     FROM hazard_status WHERE area_code LIKE $1 || '%'
       AND ((found_date >= $2::date AND found_date <= $3::date) OR (${STILL_TO_RECTIFY} AND deadline < $4::date)
         OR (deadline < $5::date AND closed_at IS NOT NULL AND (closed_at AT TIME ZONE 'Asia/Shanghai')::date > $5::date))`,
    // $5: the period's end or today if earlier: hazards overdue then and closed since (月末快照).
    [prefix, from, to, today, to < today ? to : today],
  );
  const inspections = await db.query<{ rows: string }>(
    // 逢查必考: each examinee's passed, of the sittings and of a result stored before several examinees.
    `SELECT COALESCE(json_agg(json_build_array(enterprise_id, COALESCE(data->'officerIds', '[]'::jsonb), data->>'type', data->>'finishedAt',
       COALESCE((SELECT jsonb_agg(x->'passed') FROM jsonb_array_elements(CASE WHEN jsonb_typeof(data->'exams') = 'array' THEN data->'exams' ELSE '[]'::jsonb END) x), '[]'::jsonb)
         || CASE WHEN jsonb_typeof(data->'exam') = 'object' THEN jsonb_build_array(data->'exam'->'passed') ELSE '[]'::jsonb END,
       data->'checkIn'->'position'))::text, '[]') AS rows
     FROM documents WHERE collection = 'inspections' AND NOT deleted AND area_code LIKE $1 || '%' AND data->>'status' = 'finished'
       AND (data->>'finishedAt')::timestamptz >= $2::timestamptz AND (data->>'finishedAt')::timestamptz < $3::timestamptz`,
    [prefix, `${from}T00:00:00+08:00`, `${addDays(to, 1)}T00:00:00+08:00`],
  );
  const enterprises = await db.query<{
    id: string; name: string | null; area_code: string; grid_ids: string[] | null; town: string | null; village: string | null;
    category: SupervisionCategory | null; location: GeoPoint | null; radius: number | null;
  }>(
    `SELECT id, data->>'name' AS name, area_code, grid_ids, data->>'townName' AS town, data->>'villageName' AS village, data->>'supervisionCategory' AS category,
       data->'location' AS location, (data->>'checkInRadiusMetres')::int AS radius
     FROM documents WHERE collection = 'enterprises' AND NOT deleted AND area_code LIKE $1 || '%'`,
    [prefix],
  );
  const grids = await db.query<{ id: string; name: string; officer_ids: string[] | null }>(
    `SELECT id, data->>'name' AS name, ARRAY(SELECT jsonb_array_elements_text(COALESCE(data->'officerIds', '[]'::jsonb))) AS officer_ids
     FROM documents WHERE collection = 'grids' AND NOT deleted AND area_code LIKE $1 || '%'`,
    [prefix],
  );
  const officerIds = [...new Set(grids.rows.flatMap((g) => g.officer_ids ?? []))];
  const officers = await db.query<{ id: string; display_name: string }>('SELECT id, display_name FROM users WHERE id = ANY($1::text[])', [officerIds]);
  const inspectionTuples = JSON.parse(inspections.rows[0]?.rows ?? '[]') as InspectionTuple[];
  const gridOfficers = await db.query<{ id: string }>(
    `SELECT id FROM users WHERE id = ANY($1::text[]) AND role = 'officer' AND officer_kind = 'grid'`,
    [[...new Set(inspectionTuples.flatMap(([, ids]) => ids))]],
  );
  const isGridOfficer = new Set(gridOfficers.rows.map((u) => u.id));
  const sites = new Map(enterprises.rows.map((e) => [e.id, { location: e.location ?? undefined, checkInRadiusMetres: e.radius ?? undefined }]));
  // 现场签到 is measured here against the stored enterprise, never taken from the device.
  const onSite = (enterpriseId: string, position: GeoPoint | null) =>
    position === null ? undefined : checkInPlace(sites.get(enterpriseId) ?? {}, { position }).kind === 'onSite';
  return {
    hazards: (JSON.parse(hazards.rows[0]?.rows ?? '[]') as HazardTuple[]).map(([id, enterpriseId, areaCode, gridIds, source, level, state, deadline, foundAt, closedAt, listingLevel, recheckResults]) => ({
      id, enterpriseId, areaCode, gridIds, source, level, state, foundAt, deadline: deadline ?? undefined, closedAt: closedAt ?? undefined, listingLevel: listingLevel ?? undefined, recheckResults,
    })),
    inspections: inspectionTuples.map(([enterpriseId, officerIds, type, finishedAt, examPassed, position]) => ({
      enterpriseId, officerIds, selfCheck: type === 'selfCheck', finishedAt, type, examPassed: examPassed.map((p) => p === true),
      byGridOfficer: officerIds.some((id) => isGridOfficer.has(id)), onSite: onSite(enterpriseId, position),
    })),
    enterprises: enterprises.rows.map((e) => ({
      id: e.id, name: e.name ?? e.id, areaCode: e.area_code, gridIds: e.grid_ids ?? [], townName: e.town ?? '', villageName: e.village ?? '',
      ...(e.category ? { supervisionCategory: e.category } : {}),
    })),
    grids: grids.rows.map((g) => ({ id: g.id, name: g.name, officerIds: g.officer_ids ?? [] })),
    officers: new Map(officers.rows.map((o) => [o.id, o.display_name])),
  };
}

import { addDays, checkInPlace, type GeoPoint, type InspectionFacts, type PatrolFacts, type TrackPoint } from '@anxun/shared-schema';
import { escapeLike } from './overviewSql';
import type { SqlQueryable } from './sqlClient';

/** What officer activity is computed from: the area's officers, their inspections and patrols. */
export interface PatrolFactsOfArea {
  officers: { id: string; name: string; gridNames: string[] }[];
  inspections: InspectionFacts[];
  patrols: PatrolFacts[];
}

type CheckInTuple = [at: string, enterpriseId: string, lat: number | null, lon: number | null];
type PatrolTuple = [officerId: string, startedAt: string, endedAt: string | null, points: TrackPoint[] | null, checkIns: CheckInTuple[] | null];
type InspectionTuple = [enterpriseId: string, officerIds: string[], finishedAt: string];

/**
 * Officers of a supervisor's area for the Asia/Shanghai dates [from, to]: those named on the
 * area's grids and any officer who patrolled or inspected there in the period (enforcement
 * officers and experts have no grid). Patrols are those running at some moment of the period.
 */
export async function loadPatrolFacts(db: SqlQueryable, area: string, from: string, to: string): Promise<PatrolFactsOfArea> {
  const prefix = escapeLike(area);
  const start = `${from}T00:00:00+08:00`;
  const end = `${addDays(to, 1)}T00:00:00+08:00`;
  // One JSON text per query: tracks carry thousands of fixes, and decoding rows one by one is slow on PGlite.
  const patrols = await db.query<{ rows: string }>(
    `SELECT COALESCE(json_agg(json_build_array(data->>'officerId', data->>'startedAt', data->>'endedAt', data->'points',
       (SELECT json_agg(json_build_array(c->>'at', c->>'enterpriseId', c->'lat', c->'lon')) FROM jsonb_array_elements(COALESCE(data->'checkIns', '[]'::jsonb)) c)))::text, '[]') AS rows
     FROM documents WHERE collection = 'patrols' AND NOT deleted AND area_code LIKE $1 || '%'
       AND (data->>'startedAt')::timestamptz < $3::timestamptz
       AND COALESCE((data->>'endedAt')::timestamptz, 'infinity'::timestamptz) >= $2::timestamptz`,
    [prefix, start, end],
  );
  const inspections = await db.query<{ rows: string }>(
    `SELECT COALESCE(json_agg(json_build_array(enterprise_id, COALESCE(data->'officerIds', '[]'::jsonb), data->>'finishedAt'))::text, '[]') AS rows
     FROM documents WHERE collection = 'inspections' AND NOT deleted AND area_code LIKE $1 || '%' AND data->>'status' = 'finished'
       AND data->>'type' <> 'selfCheck'
       AND (data->>'finishedAt')::timestamptz >= $2::timestamptz AND (data->>'finishedAt')::timestamptz < $3::timestamptz`,
    [prefix, start, end],
  );
  const grids = await db.query<{ name: string; officer_ids: string[] | null }>(
    `SELECT data->>'name' AS name, ARRAY(SELECT jsonb_array_elements_text(COALESCE(data->'officerIds', '[]'::jsonb))) AS officer_ids
     FROM documents WHERE collection = 'grids' AND NOT deleted AND area_code LIKE $1 || '%' ORDER BY id`,
    [prefix],
  );
  const tuples = JSON.parse(patrols.rows[0]?.rows ?? '[]') as PatrolTuple[];
  const sites = await enterpriseSites(db, tuples.flatMap((t) => (t[4] ?? []).map((c) => c[1])));
  // A visit counts only on site: measured here against the stored enterprise, never taken from the device.
  const onSite = ([, enterpriseId, lat, lon]: CheckInTuple) =>
    lat !== null && lon !== null && checkInPlace(sites.get(enterpriseId) ?? {}, { position: { lat, lon } }).kind === 'onSite';
  const patrolFacts = tuples.map(([officerId, startedAt, endedAt, points, checkIns]) => ({
    officerId, startedAt, endedAt: endedAt ?? undefined, points: points ?? [], checkIns: (checkIns ?? []).map((c) => ({ at: c[0], onSite: onSite(c) })),
  }));
  const inspectionFacts = (JSON.parse(inspections.rows[0]?.rows ?? '[]') as InspectionTuple[]).map(([enterpriseId, officerIds, finishedAt]) => ({
    enterpriseId, officerIds, selfCheck: false, finishedAt,
  }));
  const candidates = new Set([
    ...grids.rows.flatMap((g) => g.officer_ids ?? []),
    ...patrolFacts.map((p) => p.officerId),
    ...inspectionFacts.flatMap((i) => i.officerIds),
  ]);
  const users = await db.query<{ id: string; display_name: string }>(
    `SELECT id, display_name FROM users WHERE id = ANY($1::text[]) AND role = 'officer' ORDER BY id`,
    [[...candidates]],
  );
  return {
    officers: users.rows.map((u) => ({
      id: u.id, name: u.display_name, gridNames: grids.rows.filter((g) => (g.officer_ids ?? []).includes(u.id)).map((g) => g.name),
    })),
    inspections: inspectionFacts,
    patrols: patrolFacts,
  };
}

/** Location and check-in radius of the enterprises named by check-ins, in one query. */
async function enterpriseSites(db: SqlQueryable, ids: readonly string[]): Promise<Map<string, { location?: GeoPoint; checkInRadiusMetres?: number }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ id: string; location: GeoPoint | null; radius: number | null }>(
    `SELECT id, data->'location' AS location, (data->>'checkInRadiusMetres')::int AS radius
     FROM documents WHERE collection = 'enterprises' AND id = ANY($1::text[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.rows.map((r) => [r.id, { ...(r.location ? { location: r.location } : {}), ...(r.radius ? { checkInRadiusMetres: r.radius } : {}) }]));
}

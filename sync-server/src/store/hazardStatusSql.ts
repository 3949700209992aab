import { Hazard, HazardEvent, hazardFacts } from '@anxun/shared-schema';
import type { SqlQueryable } from './sqlClient';

interface SourceRow {
  collection: string;
  id: string;
  seq: string | number;
  deleted: boolean;
  data: Record<string, unknown>;
  parent_id: string | null;
  area_code: string | null;
  grid_ids: string[] | null;
  server_time: Date | string;
}

const CHUNK = 1000;

/** Recomputes the rows of these hazards from their documents; deleted or unknown hazards lose theirs. */
export async function refreshHazardStatus(tx: SqlQueryable, hazardIds: readonly string[]): Promise<void> {
  for (let i = 0; i < hazardIds.length; i += CHUNK) await refreshChunk(tx, hazardIds.slice(i, i + CHUNK));
}

/** Two statements per chunk whatever its size: the read of the hazards with their events (readStatusRows), and the write. */
async function refreshChunk(tx: SqlQueryable, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await writeStatusRows(tx, await readStatusRows(tx, ids), ids);
}

/** The status rows of these hazards, folded from one read of them and their events (none for a deleted or unknown hazard). */
export async function readStatusRows(tx: SqlQueryable, ids: readonly string[]): Promise<HazardStatusRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await tx.query<SourceRow & { events: SourceRow[] | null }>(
    `SELECT h.collection, h.id, h.seq, h.deleted, h.data, h.parent_id, h.area_code, h.grid_ids, h.server_time,
       (SELECT jsonb_agg(jsonb_build_object('collection', e.collection, 'id', e.id, 'seq', e.seq, 'deleted', e.deleted, 'data', e.data,
          'parent_id', e.parent_id, 'area_code', e.area_code, 'grid_ids', e.grid_ids, 'server_time', e.server_time) ORDER BY e.seq)
        FROM documents e WHERE e.collection = 'hazardEvents' AND e.parent_id = h.id) AS events
     FROM documents h WHERE h.collection = 'hazards' AND h.id = ANY($1::text[]) AND NOT h.deleted`,
    [[...ids]],
  );
  return rows.flatMap((h) => statusRowOf(h, h.events ?? []));
}

/** The hazard_status row of a stored hazard and its events (none when the hazard no longer parses). */
export function statusRowOf(
  doc: Pick<SourceRow, 'seq' | 'data' | 'area_code' | 'grid_ids' | 'server_time'>,
  eventRows: readonly Pick<SourceRow, 'seq' | 'data' | 'deleted'>[],
) {
  const hazard = Hazard.safeParse(doc.data);
  if (!hazard.success) return [];
  // Events were validated when pushed; one that no longer parses (an older schema) cannot be folded.
  // An event naming another enterprise's hazard never counts for it (the judge refuses it too).
  const events = eventRows.filter((e) => !e.deleted && e.data['enterpriseId'] === hazard.data.enterpriseId).flatMap((e) => {
    const parsed = HazardEvent.safeParse(e.data);
    return parsed.success ? [parsed.data] : [];
  });
  // found_at is the hazard's first stored time, taken from its history by writeStatusRows; the
  // version's own server time is the fallback for a hazard that has none.
  const facts = hazardFacts(hazard.data, events, new Date(doc.server_time).toISOString());
  return [{
    hazard_id: hazard.data.id, enterprise_id: hazard.data.enterpriseId, area_code: doc.area_code ?? '', grid_ids: doc.grid_ids ?? [],
    source: facts.source, level: facts.level, state: facts.state, deadline: facts.deadline ?? null, found_at: facts.foundAt,
    found_by: hazard.data.foundBy, closed_at: facts.closedAt ?? null, listing_level: facts.listingLevel ?? null,
    recheck_results: facts.recheckResults, title: hazard.data.title,
    updated_seq: Math.max(Number(doc.seq), ...eventRows.map((e) => Number(e.seq))),
  }];
}
export type HazardStatusRow = ReturnType<typeof statusRowOf>[number];

/** The columns computed from the documents in JavaScript (the fold). */
const FOLDED = `hazard_id text, enterprise_id text, area_code text, grid_ids text[], source text, level text, state text, deadline date,
  found_at timestamptz, found_by text, closed_at timestamptz, listing_level text, recheck_results boolean[], title text, updated_seq bigint`;
const NAMES = [
  ...FOLDED.split(',').map((c) => c.trim().split(' ')[0] ?? ''), 'found_date', 'enterprise_name', 'supervision_category', 'enterprise_tags',
];

/**
 * One statement per batch (jsonb_to_recordset): upserts the rows, and removes the rows of the
 * other hazards refreshed (deleted or unreadable: the overview lists live hazards only). A row
 * equal to the one stored is left alone, so its indexes are not rewritten. The statement adds
 * what the tables know, so no read is needed for it: the time the server first stored the hazard
 * (its found time for every figure, invariant 9: fixed by construction since document_history is
 * append-only; a device's foundAt is never graded), in milliseconds as JavaScript dates carry it,
 * its Asia/Shanghai date (UTC+8, no daylight saving), and the enterprise's copied fields.
 */
export async function writeStatusRows(tx: SqlQueryable, rows: readonly HazardStatusRow[], refreshed: readonly string[]): Promise<void> {
  await tx.query(
    `WITH f AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS f(${FOLDED})),
     r AS (
       SELECT f.hazard_id, f.enterprise_id, f.area_code, f.grid_ids, f.source, f.level, f.state, f.deadline,
         date_trunc('milliseconds', COALESCE(first.at, f.found_at)) AS found_at, f.found_by, f.closed_at, f.listing_level,
         f.recheck_results, f.title, f.updated_seq,
         ((date_trunc('milliseconds', COALESCE(first.at, f.found_at)) AT TIME ZONE 'UTC') + interval '8 hours')::date AS found_date,
         COALESCE(n.data->>'name', '') AS enterprise_name, n.data->>'supervisionCategory' AS supervision_category,
         ARRAY(SELECT jsonb_array_elements_text(COALESCE(n.data->'tags', '[]'::jsonb))) AS enterprise_tags
       FROM f
       LEFT JOIN LATERAL (SELECT min(s.server_time) AS at FROM document_history s WHERE s.collection = 'hazards' AND s.id = f.hazard_id) first ON true
       LEFT JOIN documents n ON n.collection = 'enterprises' AND n.id = f.enterprise_id),
     gone AS (DELETE FROM hazard_status WHERE hazard_id = ANY($2::text[]) AND hazard_id NOT IN (SELECT hazard_id FROM r) RETURNING 1)
     INSERT INTO hazard_status (${NAMES.join(', ')}) SELECT ${NAMES.join(', ')} FROM r
     ON CONFLICT (hazard_id) DO UPDATE SET ${NAMES.filter((n) => n !== 'hazard_id').map((n) => `${n} = EXCLUDED.${n}`).join(', ')}
     WHERE (${NAMES.map((n) => `hazard_status.${n}`).join(', ')}) IS DISTINCT FROM (${NAMES.map((n) => `EXCLUDED.${n}`).join(', ')})`,
    [JSON.stringify(rows), [...refreshed]],
  );
}

/**
 * An enterprise edit or move changes only the copied fields of its hazards' rows, not their fold.
 * The move renumbered the hazards and events (sqlStore write), so updated_seq follows them.
 */
export async function copyEnterpriseFields(tx: SqlQueryable, enterpriseIds: readonly string[]): Promise<void> {
  if (enterpriseIds.length === 0) return;
  await tx.query(
    `UPDATE hazard_status s SET enterprise_name = COALESCE(e.data->>'name', ''), supervision_category = e.data->>'supervisionCategory',
       enterprise_tags = ARRAY(SELECT jsonb_array_elements_text(COALESCE(e.data->'tags', '[]'::jsonb))),
       area_code = COALESCE(e.area_code, ''), grid_ids = COALESCE(e.grid_ids, '{}'),
       updated_seq = GREATEST(s.updated_seq, (SELECT max(d.seq) FROM documents d
         WHERE (d.collection = 'hazards' AND d.id = s.hazard_id) OR (d.collection = 'hazardEvents' AND d.parent_id = s.hazard_id)))
     FROM documents e WHERE e.collection = 'enterprises' AND e.id = ANY($1::text[]) AND s.enterprise_id = e.id`,
    [[...enterpriseIds]],
  );
}

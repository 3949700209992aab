import { Hazard, HazardEvent, hazardFacts, shanghaiDate, type CollectionName } from '@anxun/shared-schema';
import type { SqlQueryable } from './sqlClient';

/**
 * Keeps hazard_status (migrations/005) equal to foldHazard of the stored hazard and its events.
 * The store notes every document a write transaction stores and flushes before it commits, so
 * every writer (push, judge, conflict resolution, seed, enterprise move) is covered and a reader
 * never sees a status row that disagrees with the documents it was computed from.
 */
export interface HazardStatusTracker {
  note(collection: CollectionName, data: Record<string, unknown> & { id: string }): void;
  flush(tx: SqlQueryable): Promise<void>;
}

export function hazardStatusTracker(): HazardStatusTracker {
  const hazards = new Set<string>();
  const enterprises = new Set<string>();
  return {
    note(collection, data) {
      if (collection === 'hazards') hazards.add(data.id);
      else if (collection === 'hazardEvents' && typeof data['hazardId'] === 'string') hazards.add(data['hazardId']);
      else if (collection === 'enterprises') enterprises.add(data.id);
    },
    async flush(tx) {
      await refreshHazardStatus(tx, [...hazards]);
      await copyEnterpriseFields(tx, [...enterprises]);
      hazards.clear();
      enterprises.clear();
    },
  };
}

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

interface EnterpriseFields {
  id: string;
  name: string | null;
  category: string | null;
  tags: string[] | null;
}

const CHUNK = 1000;

/** Recomputes the rows of these hazards from their documents; deleted or unknown hazards lose theirs. */
export async function refreshHazardStatus(tx: SqlQueryable, hazardIds: readonly string[]): Promise<void> {
  for (let i = 0; i < hazardIds.length; i += CHUNK) await refreshChunk(tx, hazardIds.slice(i, i + CHUNK));
}

/**
 * Two statements per chunk whatever its size: one read of the hazards with their events, their
 * enterprise's copied fields and when the server first stored them (its found time for every
 * figure, invariant 9: fixed by construction since document_history is append-only; a device's
 * foundAt is never graded); one write of the rows.
 */
async function refreshChunk(tx: SqlQueryable, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const { rows } = await tx.query<SourceRow & { events: SourceRow[] | null; enterprise: EnterpriseFields | null; stored_at: Date | string | null }>(
    `SELECT h.collection, h.id, h.seq, h.deleted, h.data, h.parent_id, h.area_code, h.grid_ids, h.server_time,
       (SELECT jsonb_agg(jsonb_build_object('collection', e.collection, 'id', e.id, 'seq', e.seq, 'deleted', e.deleted, 'data', e.data,
          'parent_id', e.parent_id, 'area_code', e.area_code, 'grid_ids', e.grid_ids, 'server_time', e.server_time) ORDER BY e.seq)
        FROM documents e WHERE e.collection = 'hazardEvents' AND e.parent_id = h.id) AS events,
       (SELECT jsonb_build_object('id', n.id, 'name', n.data->>'name', 'category', n.data->>'supervisionCategory',
          'tags', ARRAY(SELECT jsonb_array_elements_text(COALESCE(n.data->'tags', '[]'::jsonb))))
        FROM documents n WHERE n.collection = 'enterprises' AND n.id = h.data->>'enterpriseId') AS enterprise,
       (SELECT min(s.server_time) FROM document_history s WHERE s.collection = 'hazards' AND s.id = h.id) AS stored_at
     FROM documents h WHERE h.collection = 'hazards' AND h.id = ANY($1::text[]) AND NOT h.deleted`,
    [ids],
  );
  const statusRows = rows.flatMap((h) => {
    const enterprises = new Map(h.enterprise ? [[h.enterprise.id, h.enterprise]] : []);
    // Every stored hazard has history; server_time of the row itself is the fallback for one that has not.
    const storedAt = h.stored_at === null ? undefined : new Date(h.stored_at).toISOString();
    return statusRowOf(h, h.events ?? [], enterprises, storedAt);
  });
  await writeStatusRows(tx, statusRows, ids);
}

/** The hazard_status row of a stored hazard and its events (none when the hazard no longer parses). */
export function statusRowOf(
  doc: Pick<SourceRow, 'seq' | 'data' | 'area_code' | 'grid_ids' | 'server_time'>,
  eventRows: readonly Pick<SourceRow, 'seq' | 'data' | 'deleted'>[],
  enterprises: ReadonlyMap<string, EnterpriseFields>,
  storedAt: string | undefined,
) {
  const hazard = Hazard.safeParse(doc.data);
  if (!hazard.success) return [];
  // Events were validated when pushed; one that no longer parses (an older schema) cannot be folded.
  // An event naming another enterprise's hazard never counts for it (the judge refuses it too).
  const events = eventRows.filter((e) => !e.deleted && e.data['enterpriseId'] === hazard.data.enterpriseId).flatMap((e) => {
    const parsed = HazardEvent.safeParse(e.data);
    return parsed.success ? [parsed.data] : [];
  });
  // Every stored hazard has history; server_time of the row itself is the fallback for one that has not.
  const facts = hazardFacts(hazard.data, events, storedAt ?? new Date(doc.server_time).toISOString());
  const enterprise = enterprises.get(hazard.data.enterpriseId);
  return [{
    hazard_id: hazard.data.id, enterprise_id: hazard.data.enterpriseId, area_code: doc.area_code ?? '', grid_ids: doc.grid_ids ?? [],
    source: facts.source, level: facts.level, state: facts.state, deadline: facts.deadline ?? null, found_at: facts.foundAt,
    found_date: shanghaiDate(facts.foundAt), found_by: hazard.data.foundBy, closed_at: facts.closedAt ?? null, listing_level: facts.listingLevel ?? null,
    recheck_results: facts.recheckResults, title: hazard.data.title, enterprise_name: enterprise?.name ?? '',
    supervision_category: enterprise?.category ?? null, enterprise_tags: enterprise?.tags ?? [],
    updated_seq: Math.max(Number(doc.seq), ...eventRows.map((e) => Number(e.seq))),
  }];
}
export type HazardStatusRow = ReturnType<typeof statusRowOf>[number];

const COLUMNS = `hazard_id text, enterprise_id text, area_code text, grid_ids text[], source text, level text, state text, deadline date,
  found_at timestamptz, found_date date, found_by text, closed_at timestamptz, listing_level text, recheck_results boolean[], title text,
  enterprise_name text, supervision_category text, enterprise_tags text[], updated_seq bigint`;
const NAMES = COLUMNS.split(',').map((c) => c.trim().split(' ')[0] ?? '');

/**
 * One statement per batch (jsonb_to_recordset): upserts the rows, and removes the rows of the
 * other hazards refreshed (deleted or unreadable: the overview lists live hazards only). A row
 * equal to the one stored is left alone, so its indexes are not rewritten.
 */
export async function writeStatusRows(tx: SqlQueryable, rows: readonly HazardStatusRow[], refreshed: readonly string[]): Promise<void> {
  await tx.query(
    `WITH r AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(${COLUMNS})),
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
async function copyEnterpriseFields(tx: SqlQueryable, enterpriseIds: readonly string[]): Promise<void> {
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

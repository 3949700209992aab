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

async function refreshChunk(tx: SqlQueryable, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const { rows } = await tx.query<SourceRow>(
    `SELECT collection, id, seq, deleted, data, parent_id, area_code, grid_ids, server_time FROM documents
     WHERE (collection = 'hazards' AND id = ANY($1::text[])) OR (collection = 'hazardEvents' AND parent_id = ANY($1::text[]))`,
    [ids],
  );
  const eventsOf = new Map<string, SourceRow[]>();
  for (const r of rows) if (r.collection === 'hazardEvents' && r.parent_id) eventsOf.set(r.parent_id, [...(eventsOf.get(r.parent_id) ?? []), r]);
  const hazards = rows.filter((r) => r.collection === 'hazards' && !r.deleted);
  const enterpriseIds = [...new Set(hazards.map((h) => String(h.data['enterpriseId'])))];
  const { rows: enterprises } = await tx.query<EnterpriseFields>(
    `SELECT id, data->>'name' AS name, data->>'supervisionCategory' AS category, ARRAY(SELECT jsonb_array_elements_text(COALESCE(data->'tags', '[]'::jsonb))) AS tags
     FROM documents WHERE collection = 'enterprises' AND id = ANY($1::text[])`,
    [enterpriseIds],
  );
  const enterpriseById = new Map(enterprises.map((e) => [e.id, e]));
  const storedAt = await firstStored(tx, hazards.map((h) => h.id));
  const statusRows = hazards.flatMap((h) => statusRow(h, eventsOf.get(h.id) ?? [], enterpriseById, storedAt.get(h.id)));
  if (statusRows.length > 0) await upsertStatusRows(tx, statusRows);
  // A hazard deleted (or never readable) has no status row: the overview lists live hazards only.
  await tx.query('DELETE FROM hazard_status WHERE hazard_id = ANY($1::text[]) AND NOT hazard_id = ANY($2::text[])', [ids, statusRows.map((r) => r.hazard_id)]);
}

/**
 * When the server first stored each hazard: its found time for every figure (invariant 9), fixed
 * by construction since document_history is append-only; a device's foundAt is never graded.
 */
async function firstStored(tx: SqlQueryable, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await tx.query<{ id: string; at: Date | string }>(
    `SELECT id, min(server_time) AS at FROM document_history WHERE collection = 'hazards' AND id = ANY($1::text[]) GROUP BY id`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, new Date(r.at).toISOString()]));
}

function statusRow(doc: SourceRow, eventRows: SourceRow[], enterprises: Map<string, EnterpriseFields>, storedAt: string | undefined) {
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
export type HazardStatusRow = ReturnType<typeof statusRow>[number];

const COLUMNS = `hazard_id text, enterprise_id text, area_code text, grid_ids text[], source text, level text, state text, deadline date,
  found_at timestamptz, found_date date, found_by text, closed_at timestamptz, listing_level text, recheck_results boolean[], title text,
  enterprise_name text, supervision_category text, enterprise_tags text[], updated_seq bigint`;
const NAMES = COLUMNS.split(',').map((c) => c.trim().split(' ')[0] ?? '');

/** One statement per batch (jsonb_to_recordset): the backfill and the benchmark write 100k rows this way. */
export async function upsertStatusRows(tx: SqlQueryable, rows: readonly HazardStatusRow[]): Promise<void> {
  await tx.query(
    `INSERT INTO hazard_status (${NAMES.join(', ')}) SELECT ${NAMES.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${COLUMNS})
     ON CONFLICT (hazard_id) DO UPDATE SET ${NAMES.filter((n) => n !== 'hazard_id').map((n) => `${n} = EXCLUDED.${n}`).join(', ')}`,
    [JSON.stringify(rows)],
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

import { refreshHazardStatus } from './hazardStatusSql';
import type { SqlClient } from './sqlClient';
import { WRITE_LOCK } from './sqlStore';

const BATCH = 1000;

/**
 * Brings hazard_status up to date with documents written before it existed (an upgraded data
 * folder, the demo seed of an older version) or by a writer that bypassed the store. Idempotent:
 * only rows missing, stale (older than their hazard or newest event) or orphaned are recomputed,
 * each batch under the store's write lock so it serialises with pushes of other instances.
 */
export async function backfillHazardStatus(db: SqlClient): Promise<number> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT h.id FROM documents h LEFT JOIN hazard_status s ON s.hazard_id = h.id
     WHERE h.collection = 'hazards' AND NOT h.deleted AND (s.hazard_id IS NULL OR s.updated_seq < h.seq OR s.updated_seq <
       (SELECT COALESCE(max(e.seq), 0) FROM documents e WHERE e.collection = 'hazardEvents' AND e.parent_id = h.id))
     UNION ALL
     SELECT s.hazard_id FROM hazard_status s
     WHERE NOT EXISTS (SELECT 1 FROM documents h WHERE h.collection = 'hazards' AND h.id = s.hazard_id AND NOT h.deleted)`,
  );
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += BATCH) {
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      await refreshHazardStatus(tx, ids.slice(i, i + BATCH));
    });
  }
  return ids.length;
}

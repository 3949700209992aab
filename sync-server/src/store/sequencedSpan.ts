import type { CollectionName } from '@anxun/shared-schema';
import { caseRecordColumns } from './scopeSql';
import type { SqlQueryable } from './sqlClient';
import type { PlacedDocument } from './Store';
import { toStored, type DocumentRow } from './storeTransaction';

interface PlacedRow extends DocumentRow {
  enterprise_id: string | null;
  grid_ids: string[] | null;
  area_code: string | null;
  parent_id: string | null;
  user_ids: string[] | null;
  owner_grid_ids: string[] | null;
  case_record: boolean;
  case_served: boolean;
}

/**
 * The documents of these collections sequenced in (after, through], in (seq, id) order, with the
 * columns the scoped pull decides on (store/scopeSql.ts): one read that every change stream of
 * this instance shares (replication/changeFanOut.ts). `undefined` when there are more than `limit`.
 *
 * The owner's grids are the enterprise row's as stored now, as an officer's pull of what hangs
 * off an enterprise joins them. Each collection's rows come from `documents_by_seq`.
 */
export async function readSequencedSpan(
  db: SqlQueryable,
  collections: readonly CollectionName[],
  span: { after: number; through: number },
  limit: number,
): Promise<PlacedDocument[] | undefined> {
  const { rows } = await db.query<PlacedRow>(
    `SELECT d.collection, d.id, d.seq, d.deleted, d.data, d.server_time, d.updated_by, d.device_id,
       d.enterprise_id, d.grid_ids, d.area_code, d.parent_id, d.user_ids, e.grid_ids AS owner_grid_ids, ${caseRecordColumns('d')}
     FROM unnest($1::text[]) AS c(name) CROSS JOIN LATERAL (
       SELECT * FROM documents WHERE collection = c.name AND seq > $2 AND seq <= $3 OFFSET 0) d
     LEFT JOIN documents e ON e.collection = 'enterprises' AND e.id = d.enterprise_id AND d.collection <> 'enterprises'
     ORDER BY d.seq, d.id LIMIT $4`,
    [[...collections], span.after, span.through, limit + 1],
  );
  if (rows.length > limit) return undefined;
  return rows.map((row) => ({
    document: toStored(row),
    keys: {
      enterpriseId: row.enterprise_id, gridIds: row.grid_ids, areaCode: row.area_code, parentId: row.parent_id, userIds: row.user_ids,
      ...(row.case_record ? { caseRecord: { served: row.case_served } } : {}),
    },
    ownerGridIds: row.owner_grid_ids,
  }));
}

import type { Principal } from '@anxun/shared-schema';
import { scopeCondition } from './scopeSql';
import type { SqlQueryable } from './sqlClient';
import type { PullPage, PullPart } from './Store';
import { DOC_COLUMNS, toStored, type DocumentRow } from './storeTransaction';

/**
 * One page per part in ONE statement (issue 17: a reconnect pulled 13 collections with 13 round
 * trips): each part is the single pull's query, scoped by the same `scopeCondition`, with its own
 * LIMIT, glued with UNION ALL and tagged with its place. The outer ORDER BY keeps each page in
 * (seq, id) order by the database's own collation, exactly as the single pull orders it. One
 * statement also means one snapshot, so the pages are consistent with each other.
 */
export async function pullPages(db: SqlQueryable, principal: Principal, parts: readonly PullPart[]): Promise<PullPage[]> {
  if (parts.length === 0) return [];
  const params: unknown[] = [];
  const selects = parts.map((part, index) => {
    const first = params.length + 1;
    params.push(part.collection, part.after.seq, part.after.id, part.limit);
    const scope = scopeCondition(part.collection, principal, params.length + 1);
    params.push(...scope.params);
    return `(SELECT ${index} AS part, ${DOC_COLUMNS} FROM documents
       WHERE collection = $${first} AND (seq, id) > ($${first + 1}::bigint, $${first + 2}::text) AND ${scope.sql}
       ORDER BY seq, id LIMIT $${first + 3})`;
  });
  const { rows } = await db.query<DocumentRow & { part: number }>(
    `SELECT * FROM (${selects.join(' UNION ALL ')}) pages ORDER BY part, seq, id`,
    params,
  );
  const pages: PullPage[] = parts.map(() => ({ documents: [] }));
  for (const row of rows) pages[Number(row.part)]?.documents.push(toStored(row));
  return pages;
}

import { overdueDays, type OverviewCursor, sqlStateList, TO_RECTIFY_STATES, type HazardSource, type HazardState, type ListingLevel, type OverviewHazardItem, type OverviewHazardPage, type OverviewHazardQuery } from '@anxun/shared-schema';
import { encodeCursor } from './overviewCursor';
import type { SqlQueryable } from './sqlClient';

/** Prefixes and substrings go into LIKE patterns literally. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The same list as migration 010's partial index, so the planner can use it. */
export const STILL_TO_RECTIFY = `state IN ${sqlStateList(TO_RECTIFY_STATES)}`;
const NO_DEADLINE = `DATE '9999-12-31'`;

/**
 * The WHERE clause of an overview query. Invariant: the first condition is always the
 * supervisor's own area, so no filter (town included) can reach beyond it.
 */
export function hazardFilter(area: string, query: OverviewHazardQuery, today: string): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = [`area_code LIKE ${p(escapeLike(area))} || '%'`];
  if (query.town) where.push(`area_code LIKE ${p(escapeLike(query.town))} || '%'`);
  if (query.source) where.push(`source = ANY(${p(query.source)}::text[])`);
  if (query.state) where.push(`state = ANY(${p(query.state)}::text[])`);
  if (query.level) where.push(`level = ${p(query.level)}`);
  if (query.enterpriseId) where.push(`enterprise_id = ${p(query.enterpriseId)}`);
  if (query.gridId) where.push(`grid_ids @> ARRAY[${p(query.gridId)}]::text[]`);
  if (query.category) where.push(`supervision_category = ${p(query.category)}`);
  if (query.tag) where.push(`enterprise_tags @> ARRAY[${p(query.tag)}]::text[]`);
  // 逾期 as isOverdue in shared-schema: past the deadline day in Asia/Shanghai, still to be rectified.
  if (query.overdue === true) where.push(`${STILL_TO_RECTIFY} AND deadline < ${p(today)}::date`);
  if (query.overdue === false) where.push(`NOT (${STILL_TO_RECTIFY} AND deadline IS NOT NULL AND deadline < ${p(today)}::date)`);
  if (query.from) where.push(`found_date >= ${p(query.from)}::date`);
  if (query.to) where.push(`found_date <= ${p(query.to)}::date`);
  if (query.q) where.push(`title ILIKE '%' || ${p(escapeLike(query.q))} || '%'`);
  return { where: where.join(' AND '), params };
}

interface ItemRow {
  hazard_id: string; enterprise_id: string; enterprise_name: string; title: string; source: HazardSource; level: 'general' | 'major';
  state: HazardState; deadline: string | null; found_at: string; closed_at: string | null; listing_level: ListingLevel | null; sort_key: string;
}

const iso = (column: string, precision: 'MS' | 'US') => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.${precision}"Z"')`;

/**
 * Keyset pagination (never OFFSET): a page starts strictly after the cursor's (sort key, id), so
 * pages neither repeat nor skip rows whatever is inserted meanwhile at earlier positions.
 */
const ORDERS = {
  // Qualified: a bare `found_at` in ORDER BY would name the formatted text column of the SELECT
  // list, which no index serves (a city-wide first page sorted 100k rows: 0.5-0.9 s instead of ms).
  foundAt: {
    key: iso('hazard_status.found_at', 'US'),
    after: (k: string, id: string) => `(hazard_status.found_at, hazard_id) < (${k}::timestamptz, ${id})`,
    orderBy: 'hazard_status.found_at DESC, hazard_id DESC',
  },
  deadline: {
    key: `to_char(COALESCE(hazard_status.deadline, ${NO_DEADLINE}), 'YYYY-MM-DD')`,
    after: (k: string, id: string) => `(COALESCE(hazard_status.deadline, ${NO_DEADLINE}), hazard_id) > (${k}::date, ${id})`,
    orderBy: `COALESCE(hazard_status.deadline, ${NO_DEADLINE}), hazard_id`,
  },
} as const;

export async function overviewHazards(db: SqlQueryable, area: string, query: OverviewHazardQuery, cursor: OverviewCursor | undefined, today: string): Promise<OverviewHazardPage> {
  const filter = hazardFilter(area, query, today);
  const order = ORDERS[query.sort];
  const params = [...filter.params];
  let where = filter.where;
  if (cursor) {
    params.push(cursor.key, cursor.id);
    where += ` AND ${order.after(`$${params.length - 1}`, `$${params.length}`)}`;
  }
  params.push(query.limit + 1);
  const { rows } = await db.query<ItemRow>(
    `SELECT hazard_id, enterprise_id, enterprise_name, title, source, level, state, to_char(deadline, 'YYYY-MM-DD') AS deadline,
       ${iso('found_at', 'MS')} AS found_at, ${iso('closed_at', 'MS')} AS closed_at, listing_level, ${order.key} AS sort_key
     FROM hazard_status WHERE ${where} ORDER BY ${order.orderBy} LIMIT $${params.length}`,
    params,
  );
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ sort: query.sort, key: last.sort_key, id: last.hazard_id }) : null;
  return { items: page.map((r) => toItem(r, today)), nextCursor, counts: await overviewCounts(db, filter) };
}

function toItem(r: ItemRow, today: string): OverviewHazardItem {
  const days = overdueDays(r.state, r.deadline, today);
  return {
    hazardId: r.hazard_id, enterpriseId: r.enterprise_id, enterpriseName: r.enterprise_name, title: r.title, source: r.source, level: r.level,
    state: r.state, deadline: r.deadline, overdue: days > 0, overdueDays: days, foundAt: r.found_at, closedAt: r.closed_at, listingLevel: r.listing_level,
  };
}

/** Counts over the whole filter (not the page), in one grouped scan. */
export async function overviewCounts(db: SqlQueryable, filter: { where: string; params: unknown[] }): Promise<OverviewHazardPage['counts']> {
  const { rows } = await db.query<{ source: HazardSource; state: HazardState; n: number }>(
    `SELECT source, state, count(*)::int AS n FROM hazard_status WHERE ${filter.where} GROUP BY source, state`,
    filter.params,
  );
  const counts: OverviewHazardPage['counts'] = { bySource: {}, byState: {}, total: 0 };
  for (const r of rows) {
    counts.bySource[r.source] = (counts.bySource[r.source] ?? 0) + r.n;
    counts.byState[r.state] = (counts.byState[r.state] ?? 0) + r.n;
    counts.total += r.n;
  }
  return counts;
}

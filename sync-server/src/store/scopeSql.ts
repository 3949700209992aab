import { COLLECTIONS, type CollectionName, type CollectionSpec, type Principal } from '@anxun/shared-schema';

/**
 * The WHERE clause that limits a pull to the user's scope (design §3.2 Scope), with its params
 * starting at `$firstParam`. Invariant 6: every pull goes through this; the one unscoped read, a
 * notice's span shared by the change streams, is sent only through the same rule in memory
 * (changeScope.pullReturns, proven equal by changeFanOut.test.ts).
 */
export function scopeCondition(collection: CollectionName, principal: Principal, firstParam: number): { sql: string; params: unknown[] } {
  const scope = documentScope(collection, principal, firstParam);
  if (collection !== 'conflicts' || principal.role === 'supervisor') return scope;
  // Refusal records are placed with their author (replication/conflictRecords.ts): the author
  // finds their own by user_ids, whatever enterprise or grid the refused row aimed at.
  const author = `$${firstParam + scope.params.length}`;
  return { sql: `(${scope.sql} OR ${author} = ANY(user_ids))`, params: [...scope.params, principal.userId] };
}

/**
 * Case files (shared-schema caseVisibility.ts) inside the enterprise's ordinary scope: which rows
 * are case records, and which of them are served. Derived from the data, as scopeKeys.ts does.
 */
const CASE_RECORD_SQL: Partial<Record<CollectionName, { record: string; served: string }>> = {
  cases: { record: 'TRUE', served: `data->>'servedAt' IS NOT NULL` },
  writs: { record: `data->>'caseId' IS NOT NULL`, served: `data->>'servedAt' IS NOT NULL` },
  // COALESCE: a record without the flag is not a case record (NULL would hide it from everyone but supervisors).
  conflicts: { record: `COALESCE(data->>'caseRecord', '') = 'true'`, served: 'FALSE' },
};

/**
 * `case_record` and `case_served` of a documents row `d`, by the same rules as the pull's case
 * condition: a change stream that filters rows in memory decides exactly as the pull would.
 */
export function caseRecordColumns(d: string): string {
  const when = (part: 'record' | 'served') =>
    Object.entries(CASE_RECORD_SQL).map(([collection, sql]) => `WHEN '${collection}' THEN ${sql[part].replace(/data->/g, `${d}.data->`)}`).join(' ');
  return `CASE ${d}.collection ${when('record')} ELSE FALSE END AS case_record, CASE ${d}.collection ${when('served')} ELSE FALSE END AS case_served`;
}

function documentScope(collection: CollectionName, principal: Principal, firstParam: number): { sql: string; params: unknown[] } {
  const scope = ordinaryScope(collection, principal, firstParam);
  const caseSql = CASE_RECORD_SQL[collection];
  if (!caseSql || principal.role === 'supervisor' || principal.role === 'admin') return scope;
  // Grid officers, experts and fire guides never read a case file; the enterprise once served.
  const readable = principal.role === 'officer' ? (principal.officerKind === 'enforcement' ? 'TRUE' : 'FALSE') : caseSql.served;
  return { sql: `(${scope.sql} AND (NOT (${caseSql.record}) OR ${readable}))`, params: scope.params };
}

function ordinaryScope(collection: CollectionName, principal: Principal, firstParam: number): { sql: string; params: unknown[] } {
  const spec: CollectionSpec = COLLECTIONS[collection];
  const p = `$${firstParam}`;
  if (spec.scope === 'public') return { sql: 'TRUE', params: [] };
  if (principal.role === 'supervisor') {
    return { sql: `area_code LIKE ${p} || '%'`, params: [principal.areaCode ?? '\u0000'] };
  }
  if (principal.role === 'admin') {
    // The same rule as inScope: grids and enterprises of the area, nothing of inspections or hazards.
    return spec.scope === 'grid' || spec.scope === 'enterprise' ? { sql: `area_code LIKE ${p} || '%'`, params: [principal.areaCode ?? ''] } : { sql: 'FALSE', params: [] };
  }
  if (spec.scope === 'supervision') return { sql: 'FALSE', params: [] };
  if (spec.scope === 'assigned') {
    // The officers named on the document; never the enterprise (a 双随机 inspection is unannounced).
    return principal.role === 'officer' ? { sql: `${p} = ANY(user_ids)`, params: [principal.userId] } : { sql: 'FALSE', params: [] };
  }
  const officerEnterprises = `SELECT e.id FROM documents e WHERE e.collection = 'enterprises' AND e.grid_ids && ${p}::text[]`;
  if (spec.scope === 'officerOwned') {
    // An officer's own records: only that officer (and supervisors of the area, above).
    return principal.role === 'officer' ? { sql: `parent_id = ${p}`, params: [principal.userId] } : { sql: 'FALSE', params: [] };
  }
  if (principal.role === 'officer') {
    // Enterprises of the officer's open 双随机 tasks are in scope besides those of the grids.
    const tasks = `$${firstParam + 1}`;
    const taskEnterprises = principal.taskEnterpriseIds ?? [];
    switch (spec.scope) {
      case 'grid':
        return { sql: `id = ANY(${p}::text[])`, params: [principal.gridIds] };
      case 'enterprise':
        return { sql: `(grid_ids && ${p}::text[] OR id = ANY(${tasks}::text[]))`, params: [principal.gridIds, taskEnterprises] };
      case 'enterpriseOwned':
        return { sql: `(enterprise_id IN (${officerEnterprises}) OR enterprise_id = ANY(${tasks}::text[]))`, params: [principal.gridIds, taskEnterprises] };
    }
  }
  const own = principal.enterpriseId ?? '\u0000';
  switch (spec.scope) {
    case 'grid':
      return {
        sql: `id IN (SELECT unnest(e.grid_ids) FROM documents e WHERE e.collection = 'enterprises' AND e.id = ${p})`,
        params: [own],
      };
    case 'enterprise':
      return { sql: `id = ${p}`, params: [own] };
    case 'enterpriseOwned':
      return { sql: `enterprise_id = ${p}`, params: [own] };
  }
}

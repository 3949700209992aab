import { COLLECTIONS, mayReadCaseRecord, type ChangedKeys, type ChangeNotice, type CollectionName, type CollectionSpec, type Principal } from '@anxun/shared-schema';
import type { PlacedDocument } from '../store/Store';
import { inScope } from './scopeKeys';

const meets = (a: readonly string[] | undefined, b: readonly string[] | undefined) => (a ?? []).some((x) => (b ?? []).includes(x));

/**
 * Whether a write with these keys may hold a document the user's pull would return: the rule of
 * store/scopeSql.ts read over the united keys of the write, never narrower (a `false` here means
 * the stream skips the pull, so a wrong `false` would lose a change; a wrong `true` costs a pull).
 */
export function changeConcerns(principal: Principal, collection: CollectionName, keys: ChangedKeys | null): boolean {
  const spec: CollectionSpec = COLLECTIONS[collection];
  if (spec.scope === 'public' || keys === null) return true;
  // Refusal records reach their author wherever the refused row aimed (scopeSql.scopeCondition).
  if (collection === 'conflicts' && keys.userIds.includes(principal.userId)) return true;
  if (principal.role === 'supervisor') {
    const area = principal.areaCode;
    return area !== undefined && keys.areaCodes.some((code) => code.startsWith(area));
  }
  if (principal.role === 'admin') {
    // The same rule as inScope and scopeSql: grids and the ledger of the area (none: every area).
    const area = principal.areaCode ?? '';
    return (spec.scope === 'grid' || spec.scope === 'enterprise') && keys.areaCodes.some((code) => code.startsWith(area));
  }
  if (spec.scope === 'supervision') return false;
  // Every case is a case record: a grid officer's or enterprise's stream does not even wake for
  // one (its existence is not theirs to learn); a served case reaches the enterprise on its next pull.
  if (collection === 'cases' && !mayReadCaseRecord(principal, false)) return false;
  if (spec.scope === 'assigned') return principal.role === 'officer' && keys.userIds.includes(principal.userId);
  if (spec.scope === 'officerOwned') return principal.role === 'officer' && keys.parentIds.includes(principal.userId);
  const tasks = principal.taskEnterpriseIds ?? [];
  if (principal.role === 'officer') {
    switch (spec.scope) {
      case 'grid':
        return meets(keys.ids ?? keys.gridIds, principal.gridIds);
      case 'enterprise':
        return meets(keys.gridIds, principal.gridIds) || meets(keys.ids ?? keys.enterpriseIds, tasks);
      case 'enterpriseOwned':
        // Stored with their enterprise's grids (kept in step when it moves: sqlStore.write).
        return meets(keys.gridIds, principal.gridIds) || meets(keys.enterpriseIds, tasks);
    }
  }
  const own = principal.enterpriseId;
  if (own === undefined) return false;
  switch (spec.scope) {
    case 'grid':
      // The grids of the user's enterprise: which ones is not in the principal, so any grid write counts.
      return true;
    case 'enterprise':
      return (keys.ids ?? keys.enterpriseIds).includes(own);
    case 'enterpriseOwned':
      return keys.enterpriseIds.includes(own);
  }
}

/**
 * Whether a notice may change who the user is or what they may see: their account or sessions,
 * a grid naming them (or one they hold: they may have been taken off it), or a task assigned to
 * them (or on an enterprise their open tasks bring into scope). Mirrors sqlStore.userFromRow.
 */
export function principalMayChange(principal: Principal, notice: ChangeNotice): boolean {
  if (notice.users === null || notice.users.includes(principal.userId)) return true;
  if (principal.role !== 'officer') return false;
  return notice.documents.some(({ collection, keys }) => {
    if (collection !== 'grids' && collection !== 'tasks') return false;
    if (keys === null || keys.userIds.includes(principal.userId)) return true;
    return collection === 'grids' ? meets(keys.ids ?? keys.gridIds, principal.gridIds) : meets(keys.enterpriseIds, principal.taskEnterpriseIds);
  });
}

/** Whether any principal at all may be changed by the notice (most pushes touch neither users, grids nor tasks). */
export function touchesPrincipals(notice: ChangeNotice): boolean {
  return notice.users === null || notice.users.length > 0 || notice.documents.some((d) => d.collection === 'grids' || d.collection === 'tasks');
}

/**
 * Whether the user's pull returns this stored row: the rule of store/scopeSql.ts, read by inScope
 * over the row's columns as the SQL reads them (a grid is placed by its id, an enterprise is its
 * own enterprise, what hangs off an enterprise is where that enterprise is now; a supervisor's pull
 * has no author clause for refusal records). `undefined` when the row alone cannot tell: an
 * enterprise's grids are not in its principal, so its stream pulls grids for itself.
 * changeFanOut.test.ts proves this equals the pull for every demo user and collection.
 */
export function pullReturns(principal: Principal, collection: CollectionName, { document, keys, ownerGridIds }: PlacedDocument): boolean | undefined {
  const scope = (COLLECTIONS[collection] as CollectionSpec).scope;
  if (principal.role === 'enterprise' && scope === 'grid') return undefined;
  return inScope(principal, collection, {
    ...keys,
    enterpriseId: scope === 'enterprise' ? document.id : keys.enterpriseId,
    gridIds: scope === 'grid' ? [document.id] : scope === 'enterpriseOwned' ? ownerGridIds ?? [] : keys.gridIds,
    userIds: principal.role === 'supervisor' ? [] : keys.userIds ?? [],
  });
}

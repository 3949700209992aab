import { COLLECTIONS, isCaseRecord, isServed, mayReadCaseRecord, owningEnterpriseId, type CollectionName, type CollectionSpec, type Principal } from '@anxun/shared-schema';
import type { ScopeKeys, StoreTx } from '../store/Store';

/**
 * Where a document belongs. Documents that hang off an enterprise take the enterprise's grids
 * and area, so they are visible exactly where the enterprise is.
 */
export function scopeKeysFor(
  collection: CollectionName,
  data: Record<string, unknown> & { id: string },
  enterprise: ScopeKeys | undefined,
): ScopeKeys {
  const spec: CollectionSpec = COLLECTIONS[collection];
  const str = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : null);
  // The document this one hangs off: a hazard event's hazard, a patrol's officer.
  const parentId = collection === 'hazardEvents' ? str('hazardId') : collection === 'patrols' ? str('officerId') : null;
  switch (spec.scope) {
    case 'public':
      return { enterpriseId: null, gridIds: null, areaCode: null, parentId };
    case 'grid':
      return { enterpriseId: null, gridIds: [data.id], areaCode: str('areaCode'), parentId };
    case 'enterprise':
      return { enterpriseId: data.id, gridIds: Array.isArray(data['gridIds']) ? (data['gridIds'] as string[]) : [], areaCode: str('areaCode'), parentId };
    case 'enterpriseOwned': {
      const keys: ScopeKeys = { enterpriseId: str('enterpriseId'), gridIds: enterprise?.gridIds ?? [], areaCode: enterprise?.areaCode ?? null, parentId };
      // A case, a case writ, or the merge log of one: kept from grid officers, and from the enterprise until served.
      const caseRecord = isCaseRecord(collection, data) || (collection === 'conflicts' && data['caseRecord'] === true);
      return caseRecord ? { ...keys, caseRecord: { served: collection !== 'conflicts' && isServed(data) } } : keys;
    }
    case 'officerOwned':
      return { enterpriseId: null, gridIds: Array.isArray(data['gridIds']) ? (data['gridIds'] as string[]) : [], areaCode: str('areaCode'), parentId };
    case 'assigned': {
      const assignees = Array.isArray(data['assigneeIds']) ? (data['assigneeIds'] as unknown[]).filter((a): a is string => typeof a === 'string') : [];
      return { enterpriseId: null, gridIds: null, areaCode: str('areaCode'), parentId, userIds: assignees };
    }
    case 'supervision':
      return { enterpriseId: null, gridIds: null, areaCode: str('areaCode'), parentId };
  }
}

/** The scope keys of a document as it would be stored now: documents hanging off an enterprise take its current place. */
export async function documentKeys(tx: Pick<StoreTx, 'getEnterpriseScopes'>, collection: CollectionName, data: Record<string, unknown> & { id: string }): Promise<ScopeKeys> {
  const owner = owningEnterpriseId(collection, data);
  const enterprise = owner === undefined || collection === 'enterprises' ? undefined : (await tx.getEnterpriseScopes([owner])).get(owner);
  return scopeKeysFor(collection, data, enterprise);
}

/** Whether a document with these keys is in the user's scope (the same rule as the scoped pull). */
export function inScope(principal: Principal, collection: CollectionName, keys: ScopeKeys): boolean {
  const spec: CollectionSpec = COLLECTIONS[collection];
  if (spec.scope === 'public') return true;
  // A refusal record names its author: they see it wherever they are (conflictRecords.refusalPlacement).
  if (collection === 'conflicts' && (keys.userIds ?? []).includes(principal.userId)) return true;
  if (keys.caseRecord && !mayReadCaseRecord(principal, keys.caseRecord.served)) return false;
  switch (principal.role) {
    case 'supervisor':
      return principal.areaCode !== undefined && keys.areaCode !== null && keys.areaCode.startsWith(principal.areaCode);
    case 'officer':
      if (spec.scope === 'officerOwned') return keys.parentId === principal.userId;
      if (spec.scope === 'assigned') return (keys.userIds ?? []).includes(principal.userId);
      if (spec.scope === 'supervision') return false;
      // An enterprise drawn for this officer's open task, and what hangs off it.
      if (keys.enterpriseId !== null && (spec.scope === 'enterprise' || spec.scope === 'enterpriseOwned') && (principal.taskEnterpriseIds ?? []).includes(keys.enterpriseId)) return true;
      return (keys.gridIds ?? []).some((g) => principal.gridIds.includes(g));
    case 'enterprise':
      return (spec.scope === 'enterprise' || spec.scope === 'enterpriseOwned') && principal.enterpriseId !== undefined && keys.enterpriseId === principal.enterpriseId;
    case 'admin':
      // Grids and the ledger of the admin's area (an installation admin has no area: every area); no records of work.
      return (spec.scope === 'grid' || spec.scope === 'enterprise') && keys.areaCode !== null && keys.areaCode.startsWith(principal.areaCode ?? '');
  }
}

/**
 * A fingerprint of what the user may see. Stored in pull checkpoints: when it changes (a grid
 * taken over, a new area), the pull restarts at zero so old documents now in scope arrive.
 */
export function scopeFingerprint(principal: Principal): string {
  const tasks = principal.taskEnterpriseIds ?? [];
  // Task enterprises join the text only when there are some: other fingerprints stay as they were.
  const text = [principal.role, principal.userId, [...principal.gridIds].sort().join(','), principal.enterpriseId ?? '', principal.areaCode ?? '',
    ...(tasks.length > 0 ? [[...tasks].sort().join(',')] : [])].join('|');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

import { writeRuleFor, type CollectionName, type Principal } from '@anxun/shared-schema';
import type { ScopeKeys } from '../store/Store';
import { canonical, type DocumentData } from './documents';
import { inScope } from './scopeKeys';

export type WriteCheck = { ok: true } | { ok: false; reason: string };

export interface VersionForCheck {
  keys: ScopeKeys;
  data: DocumentData;
  deleted: boolean;
}

/** Fields whose values differ between two versions (`updatedAt` is bookkeeping, never counted). */
export function changedFields(before: DocumentData, after: DocumentData): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => k !== 'updatedAt' && canonical(before[k]) !== canonical(after[k]));
}

/**
 * Whether this user may store this version of a document (invariant 6): the role's write rule
 * for the collection, and scope before and after, so nobody moves a document out of someone
 * else's scope or into their own.
 */
export function checkWrite(principal: Principal, collection: CollectionName, before: VersionForCheck | undefined, after: VersionForCheck): WriteCheck {
  const rule = writeRuleFor(principal.role, principal.officerKind, collection);
  const operation = !before || before.deleted ? 'create' : after.deleted ? 'delete' : 'update';
  if (!rule[operation]) return { ok: false, reason: `${principal.role} may not ${operation} ${collection}` };
  if (before && !inScope(principal, collection, before.keys)) return { ok: false, reason: 'document is outside your scope' };
  if (!inScope(principal, collection, after.keys)) return { ok: false, reason: 'document would be outside your scope' };
  if (rule.fields && before && operation === 'update') {
    const forbidden = changedFields(before.data, after.data).filter((f) => !rule.fields?.includes(f));
    if (forbidden.length > 0) return { ok: false, reason: `${principal.role} may not change ${forbidden.join(', ')}` };
  }
  const actor = { userId: principal.userId, officerKind: principal.officerKind };
  for (const version of before ? [before, after] : [after]) {
    const reason = rule.check?.(version.data, actor);
    if (reason) return { ok: false, reason };
  }
  if (collection === 'hazardEvents') {
    if (after.data['actorId'] !== principal.userId || after.data['actorRole'] !== principal.role) {
      return { ok: false, reason: 'an event must be authored by the signed-in user' };
    }
    if ((after.data['actorKind'] ?? undefined) !== principal.officerKind) return { ok: false, reason: 'event actor kind does not match the user' };
    // The area gives a supervisor's listing level (hazardGuards.ts): only their own, and nobody else has one.
    const area = after.data['actorAreaCode'] ?? undefined;
    if (area !== (principal.role === 'supervisor' ? principal.areaCode : undefined)) return { ok: false, reason: 'event actor area does not match the user' };
  }
  return { ok: true };
}

import {
  AUTHOR_FIELDS, enterpriseStatusRefusal, IMMUTABLE_FIELDS, itemBasisRefusal, publishedVersionRefusal, RESTORABLE_COLLECTIONS, SCOPE_FIELDS, SCOPE_MOVERS, usccRefusal, writeRuleFor, type CollectionName, type Principal,
} from '@anxun/shared-schema';
import type { ScopeKeys } from '../store/Store';
import { canonical, type DocumentData } from './documents';
import { inScope } from './scopeKeys';

export type WriteCheck = { ok: true } | { ok: false; reason: string };

export interface VersionForCheck {
  keys: ScopeKeys;
  data: DocumentData;
  deleted: boolean;
}

/** The reason given for anything about a document the user may not read: it tells nothing about it. */
export const OUTSIDE_SCOPE = 'document is outside your scope';

/** Fields whose values differ between two versions (`updatedAt` is bookkeeping, never counted). */
export function changedFields(before: DocumentData, after: DocumentData): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => k !== 'updatedAt' && canonical(before[k]) !== canonical(after[k]));
}

type Operation = 'create' | 'update' | 'delete' | 'restore';

/** What storing `candidate` over `stored` amounts to; a stored deletion is final outside reference data. */
function operationOf(collection: CollectionName, stored: VersionForCheck | undefined, candidate: VersionForCheck): Operation {
  if (!stored) return 'create';
  if (stored.deleted) return candidate.deleted ? 'delete' : RESTORABLE_COLLECTIONS.includes(collection) ? 'create' : 'restore';
  return candidate.deleted ? 'delete' : 'update';
}

/**
 * Whether this user may replace the STORED version of a document with `candidate`, the version
 * the server would store (the pushed one, or its merge with the stored one). Never judged
 * against what the client says it assumed: a null or forged assumed state widens nothing
 * (design §3.1 invariants 6 and 8). The stored version must be readable and writable by the
 * user, and the candidate must stay in the user's scope.
 */
export function checkWrite(principal: Principal, collection: CollectionName, stored: VersionForCheck | undefined, candidate: VersionForCheck): WriteCheck {
  // First, and alone: a refusal about a document the user may not read says nothing about its content.
  if (stored && !inScope(principal, collection, stored.keys)) return { ok: false, reason: OUTSIDE_SCOPE };
  const rule = writeRuleFor(principal.role, principal.officerKind, collection);
  const operation = operationOf(collection, stored, candidate);
  if (operation === 'restore') return { ok: false, reason: `a deleted ${collection} document cannot be restored` };
  if (!rule[operation] || (operation === 'create' && candidate.deleted && !rule.delete)) {
    return { ok: false, reason: `${principal.role} may not ${operation} ${collection}` };
  }
  if (!inScope(principal, collection, candidate.keys)) return { ok: false, reason: 'document would be outside your scope' };
  const live = stored && !stored.deleted ? stored : undefined;
  if (live && operation !== 'create') {
    const reason = forbiddenChange(principal, collection, rule.fields, changedFields(live.data, candidate.data));
    if (reason) return { ok: false, reason };
  }
  const author = AUTHOR_FIELDS[collection];
  if (operation === 'create' && author && candidate.data[author] !== principal.userId) {
    return { ok: false, reason: `${author} must be the signed-in user` };
  }
  const actor = { userId: principal.userId, officerKind: principal.officerKind };
  for (const version of live ? [live, candidate] : [candidate]) {
    const reason = rule.check?.(version.data, actor);
    if (reason) return { ok: false, reason };
  }
  if (collection === 'enterprises' && !candidate.deleted) {
    const storedUscc = live && typeof live.data['uscc'] === 'string' ? live.data['uscc'] : undefined;
    const reason = usccRefusal(storedUscc, String(candidate.data['uscc'] ?? ''))
      ?? enterpriseStatusRefusal(live?.data, candidate.data, { userId: principal.userId, role: principal.role });
    if (reason) return { ok: false, reason };
  }
  if ((collection === 'checklistTemplates' || collection === 'examQuestions') && !candidate.deleted) {
    const reason = publishedVersionRefusal(live?.data, candidate.data) ?? (collection === 'checklistTemplates' ? itemBasisRefusal(candidate.data) : null);
    if (reason) return { ok: false, reason };
  }
  if (collection === 'hazardEvents') {
    if (candidate.data['actorId'] !== principal.userId || candidate.data['actorRole'] !== principal.role) {
      return { ok: false, reason: 'an event must be authored by the signed-in user' };
    }
    if ((candidate.data['actorKind'] ?? undefined) !== principal.officerKind) return { ok: false, reason: 'event actor kind does not match the user' };
    // The area gives a supervisor's listing level (hazardGuards.ts): only their own, and nobody else has one.
    const area = candidate.data['actorAreaCode'] ?? undefined;
    if (area !== (principal.role === 'supervisor' ? principal.areaCode : undefined)) return { ok: false, reason: 'event actor area does not match the user' };
  }
  return { ok: true };
}

/** Field rules of an update: the role's editable fields, fields fixed at creation, scope fields. */
function forbiddenChange(principal: Principal, collection: CollectionName, editable: readonly string[] | undefined, changed: string[]): string | null {
  const notEditable = editable ? changed.filter((f) => !editable.includes(f)) : [];
  if (notEditable.length > 0) return `${principal.role} may not change ${notEditable.join(', ')}`;
  const immutable = changed.filter((f) => IMMUTABLE_FIELDS[collection]?.includes(f));
  if (immutable.length > 0) return `${immutable.join(', ')} cannot change after creation`;
  const scope = changed.filter((f) => SCOPE_FIELDS[collection]?.includes(f));
  if (scope.length > 0 && !SCOPE_MOVERS.includes(principal.role)) return `only a supervisor may change ${scope.join(', ')}`;
  return null;
}

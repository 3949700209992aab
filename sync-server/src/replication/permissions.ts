import { COLLECTIONS, type CollectionName, type CollectionSpec, type Principal } from '@anxun/shared-schema';
import type { ScopeKeys } from '../store/Store';
import type { DocumentData } from './documents';
import { inScope } from './scopeKeys';

export type WriteCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether this user may store this version of a document (invariant 6). Both the version
 * already on the server and the new one must be in scope, so nobody moves a document out of
 * someone else's scope or into their own.
 */
export function checkWrite(
  principal: Principal,
  collection: CollectionName,
  before: ScopeKeys | undefined,
  after: ScopeKeys,
  data: DocumentData,
): WriteCheck {
  const spec: CollectionSpec = COLLECTIONS[collection];
  if (!spec.writableBy.includes(principal.role)) return { ok: false, reason: `role ${principal.role} may not write ${collection}` };
  if (before && !inScope(principal, collection, before)) return { ok: false, reason: 'document is outside your scope' };
  if (!inScope(principal, collection, after)) return { ok: false, reason: 'document would be outside your scope' };
  if (collection === 'hazardEvents') {
    if (data['actorId'] !== principal.userId || data['actorRole'] !== principal.role) {
      return { ok: false, reason: 'an event must be authored by the signed-in user' };
    }
    if ((data['actorKind'] ?? undefined) !== principal.officerKind) return { ok: false, reason: 'event actor kind does not match the user' };
  }
  return { ok: true };
}

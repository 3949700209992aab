import type { CollectionName } from './collections';
import type { Principal } from './user';

/**
 * Who sees a case file (a `cases` document, or a writ of a case): supervisors of the area and
 * enforcement officers of the enterprise's grids; never grid officers, experts or fire guides;
 * the enterprise only once the document has been served on it (`servedAt`). The server's pull
 * (store/scopeSql.ts), its in-memory check (replication/scopeKeys.ts) and the stream all apply
 * this on top of the enterprise's ordinary scope.
 */
export function isCaseRecord(collection: CollectionName, data: Record<string, unknown>): boolean {
  return collection === 'cases' || (collection === 'writs' && typeof data['caseId'] === 'string');
}

export function isServed(data: Record<string, unknown>): boolean {
  return typeof data['servedAt'] === 'string';
}

/** Whether a principal of this kind may see a case record at all (before scope is applied). */
export function mayReadCaseRecord(principal: Pick<Principal, 'role' | 'officerKind'>, served: boolean): boolean {
  switch (principal.role) {
    case 'supervisor':
      return true;
    case 'officer':
      return principal.officerKind === 'enforcement';
    case 'enterprise':
      return served;
    case 'admin':
      return false;
  }
}

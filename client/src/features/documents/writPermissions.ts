import { writeRuleFor, type Principal, type WritKind } from '@anxun/shared-schema';

/** The writ kinds this user may issue: the server's write rule, asked with a draft of each kind. */
export function issuableKinds(principal: Principal, kinds: readonly WritKind[]): WritKind[] {
  const rule = writeRuleFor(principal.role, principal.officerKind, 'writs');
  if (!rule.create) return [];
  return kinds.filter((kind) => (rule.check?.({ kind }, { userId: principal.userId, officerKind: principal.officerKind }) ?? null) === null);
}

import type { Enterprise } from '@anxun/shared-schema';

/** Case- and width-insensitive match on name, credit code, addresses and village. */
export function matchesSearch(enterprise: Enterprise, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  return [enterprise.name, enterprise.uscc, enterprise.siteAddress, enterprise.regAddress, enterprise.villageName, enterprise.townName]
    .some((field) => field.toLowerCase().includes(q));
}

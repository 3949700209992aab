import type { Enterprise } from '@anxun/shared-schema';

/** Folds case and full-width forms (a Chinese IME types ９１３２ and ＡＢ), so either matches. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Matches name, credit code, addresses, town and village. */
export function matchesSearch(enterprise: Enterprise, query: string): boolean {
  const q = fold(query.trim());
  if (q === '') return true;
  return [enterprise.name, enterprise.uscc, enterprise.siteAddress, enterprise.regAddress, enterprise.villageName, enterprise.townName]
    .some((field) => fold(field).includes(q));
}

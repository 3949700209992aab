import type { ManagedUser } from '@anxun/shared-schema';

/**
 * The users a search box shows: every word of the query must appear in the person's name,
 * account, grid names or enterprise name (case-insensitive), so "王 一网格" narrows as typed.
 */
export function accountsMatching(users: readonly ManagedUser[], query: string): ManagedUser[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...users];
  return users.filter((u) => {
    const text = [u.displayName, u.username, u.enterpriseName ?? '', ...u.gridNames].join('\n').toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

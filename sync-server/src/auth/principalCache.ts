import type { Principal } from '@anxun/shared-schema';
import type { ChangeFeed } from '../replication/changeFeed';
import { principalMayChange, touchesPrincipals } from '../replication/changeScope';
import type { Store } from '../store/Store';

/**
 * How long a cached principal may be served without a notice saying it changed. Notices carry
 * every change within an instance at once and across instances within a NOTIFY's delay; this
 * bounds what a silently lost notice (another instance, LISTEN down) can leave stale.
 */
export const PRINCIPAL_CACHE_MS = 10_000;
const MAX_ENTRIES = 20_000;

export interface SessionPrincipal {
  principal: Principal;
  /** False once the session is revoked or signed out (never true again). */
  live: boolean;
  /** The account is disabled by an administrator (who also revokes its sessions). */
  disabled: boolean;
}

export interface PrincipalCache {
  /** The user of an access token's session as the store has it; undefined when the user does not exist. */
  lookup(userId: string, sessionId: string): Promise<SessionPrincipal | undefined>;
}

/**
 * Who is signed in on each session, so a request costs no user, grid and task reads (three
 * statements) while nothing that shapes the principal changed. The feed names what changed
 * (sessions and users by id, grids and tasks by their keys: changeScope.principalMayChange)
 * and matching entries are dropped. A read that raced such a notice is not kept: `generation`
 * moves with every notice that may touch a principal.
 */
export function createPrincipalCache(store: Store, feed: ChangeFeed, options: { ttlMs?: number; clock?: () => number } = {}): PrincipalCache {
  const ttlMs = options.ttlMs ?? PRINCIPAL_CACHE_MS;
  const clock = options.clock ?? (() => performance.now());
  const entries = new Map<string, SessionPrincipal & { at: number }>();
  let generation = 0;

  feed.subscribe((notice) => {
    if (!touchesPrincipals(notice)) return;
    generation += 1;
    for (const [key, entry] of entries) if (principalMayChange(entry.principal, notice)) entries.delete(key);
  });

  return {
    async lookup(userId, sessionId) {
      const key = `${userId}\n${sessionId}`;
      const cached = entries.get(key);
      if (cached && clock() - cached.at < ttlMs) return cached;
      entries.delete(key);
      const readAt = generation;
      const found = await store.auth.findUserInSession(userId, sessionId);
      if (!found) return undefined;
      const entry = { principal: found.user.principal, live: found.live, disabled: found.user.disabled === true, at: clock() };
      if (readAt === generation) {
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
        entries.set(key, entry);
      }
      return entry;
    },
  };
}

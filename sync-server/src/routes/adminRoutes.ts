import { Hono, type Context } from 'hono';
import { mayManageSessionsOf, type AuthSessionList, type ManagedUserList, type RevokeResult } from '@anxun/shared-schema';
import { clientAddress } from '../auth/clientAddress';
import type { AppEnv } from '../http/appEnv';
import { problemResponse } from '../http/problemResponse';
import type { UserRecord } from '../store/Store';
import type { Store } from '../store/Store';

/**
 * A supervisor's control over the devices of users in their area (a lost tablet is cut off here).
 * Users outside the area answer 404, the same as users who do not exist.
 */
export function adminRoutes(store: Store, now: () => Date, options: { trustProxy?: boolean } = {}) {
  const refusal = (c: Context<AppEnv>) =>
    problemResponse(c, 'forbidden', '只有监管人员和系统管理员可以管理其他用户的登录设备。Only supervisors and administrators manage other users\u2019 devices.');
  const target = async (c: Context<AppEnv>): Promise<{ ok: true; user: UserRecord } | { ok: false; response: Response }> => {
    const actor = c.get('principal');
    if (actor.role !== 'supervisor' && actor.role !== 'admin') return { ok: false, response: refusal(c) };
    const user = await store.findUserById(c.req.param('id') ?? '');
    if (!user || !mayManageSessionsOf(actor, { role: user.principal.role, areaCodes: await store.auth.areaCodesOf(user.principal) })) {
      return { ok: false, response: problemResponse(c, 'not_found', 'No such user in your area.') };
    }
    return { ok: true, user };
  };
  return new Hono<AppEnv>()
    .get('/users', async (c) => {
      const actor = c.get('principal');
      if (!(actor.role === 'supervisor' && actor.areaCode) && actor.role !== 'admin') return refusal(c);
      // SQL narrows by area prefix (an installation admin: every area); the shared rule then decides, as for one user's routes.
      const users = (await store.auth.usersUnder(actor.areaCode ?? '')).filter((u) => mayManageSessionsOf(actor, u));
      return c.json({
        // Field by field: where a user works (area codes) stays on the server.
        users: users.map((u) => ({
          id: u.id, username: u.username, displayName: u.displayName, role: u.role, officerKind: u.officerKind,
          enterpriseName: u.enterpriseName, gridNames: u.gridNames, liveSessions: u.liveSessions, lastUsedAt: u.lastUsedAt?.toISOString() ?? null,
          disabled: u.disabled, badgeNo: u.badgeNo,
        })),
      } satisfies ManagedUserList);
    })
    .get('/users/:id/sessions', async (c) => {
      const found = await target(c);
      if (!found.ok) return found.response;
      const sessions = await store.auth.listSessions(found.user.principal.userId);
      return c.json({
        userId: found.user.principal.userId,
        sessions: sessions.map((s) => ({
          id: s.id, deviceId: s.deviceId, createdAt: s.createdAt.toISOString(), lastUsedAt: s.lastUsedAt.toISOString(), revokedAt: s.revokedAt?.toISOString() ?? null,
        })),
      } satisfies AuthSessionList);
    })
    .post('/users/:id/revoke-sessions', async (c) => {
      const found = await target(c);
      if (!found.ok) return found.response;
      const userId = found.user.principal.userId;
      const revoked = await store.auth.revokeSessions({ userId }, `revoked_by:${c.get('principal').userId}`, now());
      await store.auth.logEvent({
        at: now(), action: 'revoke_sessions', actorId: c.get('principal').userId, targetUserId: userId, sessionId: c.get('sessionId'),
        clientAddress: clientAddress(c, options.trustProxy ?? false), detail: String(revoked),
      });
      // An account change like the others: the administrative audit has it too (who, when, how many).
      await store.admin.audit({
        at: now(), actorId: c.get('principal').userId, action: 'account.revoke_sessions', targetKind: 'user', targetId: userId,
        areaCode: found.user.principal.areaCode ?? c.get('principal').areaCode ?? null, before: { liveSessions: revoked }, after: { liveSessions: 0, revokedSessions: revoked },
      });
      return c.json({ revoked } satisfies RevokeResult);
    });
}

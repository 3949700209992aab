import { Hono, type Context } from 'hono';
import { BulkEnterpriseAccounts, mayAdministerAccountOf, NewAccount, type OpenedAccount, type OpenedAccountList, type ResetPasswordResult } from '@anxun/shared-schema';
import { openAccount, openEnterpriseAccounts } from '../administration/openAccounts';
import { generatedPassword, hashPassword } from '../auth/passwords';
import type { AppEnv } from '../http/appEnv';
import { parseJsonBody, problemResponse } from '../http/problemResponse';
import type { Store, UserRecord } from '../store/Store';

/**
 * 系统管理员's accounts (issue 14): open one, open enterprise accounts in bulk, reset a password,
 * disable and enable. Users out of reach answer 404, like users who do not exist. Every change
 * is a row of the admin audit (never a password).
 */
export function accountAdministrationRoutes(store: Store, now: () => Date) {
  const onlyAdmin = (c: Context<AppEnv>) =>
    c.get('principal').role === 'admin' ? null : problemResponse(c, 'forbidden', '只有系统管理员可以开通和管理账号。Only administrators manage accounts.');
  const target = async (c: Context<AppEnv>): Promise<{ ok: true; user: UserRecord } | { ok: false; response: Response }> => {
    const refused = onlyAdmin(c);
    if (refused) return { ok: false, response: refused };
    const user = await store.findUserById(c.req.param('id') ?? '');
    if (!user || !mayAdministerAccountOf(c.get('principal'), { role: user.principal.role, areaCodes: await store.auth.areaCodesOf(user.principal) })) {
      return { ok: false, response: problemResponse(c, 'not_found', 'No such user in your area.') };
    }
    return { ok: true, user };
  };
  const audit = (c: Context<AppEnv>, action: string, user: UserRecord, before: unknown, after: unknown) =>
    store.admin.audit({ at: now(), actorId: c.get('principal').userId, action, targetKind: 'user', targetId: user.principal.userId, areaCode: user.principal.areaCode ?? c.get('principal').areaCode ?? null, before, after });
  return new Hono<AppEnv>()
    .post('/accounts', async (c) => {
      const refused = onlyAdmin(c);
      if (refused) return refused;
      const body = await parseJsonBody(c, NewAccount);
      if (!body.ok) return body.response;
      const opened = await openAccount(store, c.get('principal'), c.get('deviceId'), body.value, now());
      return opened.ok ? c.json(opened.account satisfies OpenedAccount, 201) : problemResponse(c, opened.code, opened.detail);
    })
    .post('/accounts/enterprises', async (c) => {
      const refused = onlyAdmin(c);
      if (refused) return refused;
      const body = await parseJsonBody(c, BulkEnterpriseAccounts);
      if (!body.ok) return body.response;
      return c.json(await openEnterpriseAccounts(store, c.get('principal'), c.get('deviceId'), body.value.enterpriseIds, now()) satisfies OpenedAccountList);
    })
    .post('/users/:id/reset-password', async (c) => {
      const found = await target(c);
      if (!found.ok) return found.response;
      const password = generatedPassword();
      const userId = found.user.principal.userId;
      await store.admin.setPassword(userId, await hashPassword(password), true);
      // A reset password opens nothing until changed, and no device keeps the old one's sessions.
      await store.auth.revokeSessions({ userId }, `password_reset_by:${c.get('principal').userId}`, now());
      await audit(c, 'account.reset_password', found.user, null, { mustChangePassword: true });
      return c.json({ userId, initialPassword: password } satisfies ResetPasswordResult);
    })
    .post('/users/:id/disable', async (c) => {
      const found = await target(c);
      if (!found.ok) return found.response;
      const userId = found.user.principal.userId;
      await store.admin.setDisabled(userId, now());
      const revoked = await store.auth.revokeSessions({ userId }, `disabled_by:${c.get('principal').userId}`, now());
      await audit(c, 'account.disable', found.user, { disabled: found.user.disabled === true }, { disabled: true, revokedSessions: revoked });
      return c.json({ revoked });
    })
    .post('/users/:id/enable', async (c) => {
      const found = await target(c);
      if (!found.ok) return found.response;
      await store.admin.setDisabled(found.user.principal.userId, null);
      await audit(c, 'account.enable', found.user, { disabled: found.user.disabled === true }, { disabled: false });
      return c.json({ revoked: 0 });
    });
}

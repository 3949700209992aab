import { useCallback, useEffect, useState } from 'react';
import { Dialog } from '../../ui/kit';
import type { ManagedUser } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { accountsApi } from '../../sync/accountsApi';
import { accountAdministrationApi } from '../../sync/administrationApi';

type Action = 'reset' | 'disable' | 'enable' | 'revoke';
type Shown = { kind: 'password'; user: ManagedUser; password: string } | { kind: 'done'; text: string } | { kind: 'failed'; text: string } | null;

/**
 * The accounts of the administrator's area with what may be done to each: reset the password
 * (the new one-time password is shown once, here, and kept nowhere), disable or enable, cut off
 * every signed-in device. Each asks for a confirmation first; the server logs every change.
 */
export function AccountActions({ refreshKey }: { refreshKey: number }) {
  const { t } = useI18n();
  const [users, setUsers] = useState<ManagedUser[] | null>(null);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<Shown>(null);
  const load = useCallback(() => {
    accountsApi.users().then(setUsers, (e: unknown) => setShown({ kind: 'failed', text: t('admin.people.failed', { message: e instanceof Error ? e.message : String(e) }) }));
  }, [t]);
  useEffect(load, [load, refreshKey]);
  const kindText = (u: ManagedUser) => (u.officerKind ? t(`console.accounts.kind.${u.officerKind}`) : t(`console.accounts.role.${u.role}`));
  const act = (user: ManagedUser, action: Action) => {
    void Dialog.confirm({
      content: <p data-testid="account-action-dialog">{t(`people.confirm.${action}`, { name: user.displayName, username: user.username })}</p>,
      confirmText: <span data-testid="account-action-confirm">{t(`people.action.${action}`)}</span>,
      cancelText: t('common.cancel'),
      onConfirm: async () => {
        try {
          if (action === 'reset') {
            const result = await accountAdministrationApi.resetPassword(user.id);
            setShown({ kind: 'password', user, password: result.initialPassword });
          } else {
            const call = { disable: accountAdministrationApi.disable, enable: accountAdministrationApi.enable, revoke: accountAdministrationApi.revokeDevices }[action];
            const { revoked } = await call(user.id);
            setShown({ kind: 'done', text: t(`people.done.${action}`, { name: user.displayName, count: revoked }) });
          }
          load();
        } catch (e) {
          setShown({ kind: 'failed', text: t('admin.people.failed', { message: e instanceof Error ? e.message : String(e) }) });
        }
      },
    });
  };
  const q = query.trim().toLowerCase();
  const rows = (users ?? []).filter((u) => q === '' || `${u.displayName} ${u.username} ${u.badgeNo ?? ''} ${u.enterpriseName ?? ''}`.toLowerCase().includes(q));
  return (
    <section data-testid="account-actions">
      <h2>{t('people.accounts')}</h2>
      {shown?.kind === 'password' ? (
        <div className="banner banner-warn" role="status" data-testid="reset-password-result">
          {t('people.newPassword', { name: shown.user.displayName, username: shown.user.username })} <code data-testid="reset-password-value">{shown.password}</code>
          <p className="muted">{t('people.newPasswordOnce')}</p>
          <button type="button" className="console-button" onClick={() => setShown(null)}>{t('people.hidePassword')}</button>
        </div>
      ) : null}
      {shown?.kind === 'done' ? <p role="status" data-testid="account-action-done">{shown.text}</p> : null}
      {shown?.kind === 'failed' ? <p className="form-error" role="alert">{shown.text}</p> : null}
      <input type="search" className="account-search" placeholder={t('console.accounts.search')} aria-label={t('console.accounts.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
      <table className="hazard-table" data-testid="people-accounts">
        <thead><tr>
          <th>{t('console.accounts.name')}</th><th>{t('console.accounts.username')}</th><th>{t('console.accounts.role')}</th><th>{t('admin.people.badgeNo')}</th>
          <th>{t('people.state')}</th><th>{t('console.accounts.devices')}</th><th>{t('people.actions')}</th>
        </tr></thead>
        <tbody>
          {rows.map((u) => (
            <tr key={u.id} data-user={u.username} data-disabled={u.disabled ? 'true' : undefined}>
              <td>{u.displayName}</td><td>{u.username}</td><td>{kindText(u)}</td><td>{u.badgeNo ?? '—'}</td>
              <td>{u.disabled ? t('people.disabled') : t('people.enabled')}</td><td>{u.liveSessions}</td>
              <td className="nowrap">
                <button type="button" className="console-button" data-testid="action-reset" onClick={() => act(u, 'reset')}>{t('people.action.reset')}</button>
                {u.disabled
                  ? <button type="button" className="console-button" data-testid="action-enable" onClick={() => act(u, 'enable')}>{t('people.action.enable')}</button>
                  : <button type="button" className="console-button" data-testid="action-disable" onClick={() => act(u, 'disable')}>{t('people.action.disable')}</button>}
                <button type="button" className="console-button" data-testid="action-revoke" disabled={u.liveSessions === 0} onClick={() => act(u, 'revoke')}>{t('people.action.revoke')}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

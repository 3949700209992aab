import { useState } from 'react';
import type { ManagedUser } from '@anxun/shared-schema';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import { accountsApi } from '../../sync/accountsApi';
import { AccountDevices } from './AccountDevices';
import { accountsMatching } from './accountSearch';
import { loadErrorText } from './loadError';
import { useServerQuery } from './useServerQuery';

/** 网格员 · 杨舍一网格、杨舍三网格 / 企业安全员 · 华昌化工: who a person is, by names. */
export function roleText(u: ManagedUser, t: I18n['t']): string {
  return u.officerKind ? t(`console.accounts.kind.${u.officerKind}`) : t(`console.accounts.role.${u.role}`);
}
const placeText = (u: ManagedUser) => u.enterpriseName ?? (u.gridNames.length > 0 ? u.gridNames.join('、') : '—');

/**
 * 账号与设备: the users of the supervisor's area (as the server judges it) and, for the one
 * selected (#/console/accounts/:userId), their signed-in devices and a way to cut them all off.
 */
export function AccountsPage({ selectedId, onSelect }: { selectedId: string | null; onSelect: (userId: string | null) => void }) {
  const { t, dateTime } = useI18n();
  const [query, setQuery] = useState('');
  const users = useServerQuery(() => accountsApi.users(), 'users');
  const all = users.data ?? [];
  const shown = accountsMatching(all, query);
  const selected = all.find((u) => u.id === selectedId) ?? null;
  return (
    <>
      <h1>{t('console.accounts')}</h1>
      <div className="console-counts">
        <input className="account-search" type="search" value={query} placeholder={t('console.accounts.search')} aria-label={t('console.accounts.search')}
          data-testid="account-search" onChange={(e) => setQuery(e.target.value)} />
        <span className="muted">{t('console.accounts.count', { count: shown.length })}</span>
      </div>
      {users.error ? <p className="form-error" role="alert">{loadErrorText(users.error, t)} <button type="button" className="console-button" onClick={users.reload}>{t('console.retry')}</button></p> : null}
      <div className={selected ? 'console-split account-split with-drill' : 'console-split account-split'}>
        <div className="account-table">
          <table className="hazard-table" data-testid="account-list">
            <thead>
              <tr>
                <th>{t('console.accounts.name')}</th><th>{t('console.accounts.username')}</th><th>{t('console.accounts.role')}</th>
                <th>{t('console.accounts.place')}</th><th>{t('console.accounts.devices')}</th><th>{t('console.accounts.lastUsed')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((u) => (
                <tr key={u.id} aria-selected={u.id === selectedId} data-testid="account-row" data-user-id={u.id} tabIndex={0}
                  onClick={() => onSelect(u.id)} onKeyDown={(e) => e.key === 'Enter' && onSelect(u.id)}>
                  <td className="title nowrap">{u.displayName}</td>
                  <td className="nowrap">{u.username}</td>
                  <td className="nowrap">{roleText(u, t)}</td>
                  <td>{placeText(u)}</td>
                  <td className="nowrap">{u.liveSessions}</td>
                  <td className="nowrap">{u.lastUsedAt ? dateTime(u.lastUsedAt) : '—'}</td>
                </tr>
              ))}
              {!users.loading && shown.length === 0 ? (
                <tr><td colSpan={6} className="muted">{all.length === 0 ? t('console.accounts.empty') : t('console.accounts.noMatch')}</td></tr>
              ) : null}
            </tbody>
          </table>
        </div>
        {selected ? <AccountDevices key={selected.id} user={selected} subtitle={`${roleText(selected, t)} · ${placeText(selected)}`} onClose={() => onSelect(null)} onRevoked={users.reload} /> : null}
      </div>
      {!selected && all.length > 0 ? <p className="muted">{t('console.accounts.pick')}</p> : null}
    </>
  );
}

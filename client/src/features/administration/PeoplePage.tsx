import { useState } from 'react';
import { isDeactivated, type AccountKind, type Enterprise, type Grid, type OpenedAccount } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprises, observeGrids } from '../../db/enterpriseRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { accountAdministrationApi } from '../../sync/administrationApi';
import { AccountActions } from './AccountActions';

const KINDS: Exclude<AccountKind, 'enterprise'>[] = ['gridOfficer', 'enforcementOfficer', 'expert', 'fireGuide', 'supervisor', 'admin'];

/**
 * 人员与开通: open an officer, enforcement officer (执法证号), expert, 消防指导员, supervisor or
 * administrator, or every ledger enterprise's account at once; the initial passwords are shown
 * once, as a printable 开通通知 (each must be changed at first sign-in). Below, the area's accounts
 * with reset, disable/enable and sign-out-everywhere (AccountActions).
 */
export function PeoplePage() {
  const { t } = useI18n();
  const db = useDatabase();
  const grids = useObservable<Grid[]>(() => observeGrids(db), [], [db]);
  const enterprises = useObservable<Enterprise[]>(() => observeEnterprises(db), [], [db]);
  const [form, setForm] = useState({ kind: 'gridOfficer' as AccountKind, username: '', displayName: '', gridId: '', areaCode: '', badgeNo: '' });
  const [opened, setOpened] = useState<OpenedAccount[]>([]);
  const [error, setError] = useState<string | null>(null);
  const officer = form.kind !== 'supervisor' && form.kind !== 'admin';
  const submit = async () => {
    setError(null);
    try {
      const account = await accountAdministrationApi.open({
        kind: form.kind, username: form.username.trim(), displayName: form.displayName.trim(),
        ...(officer && form.gridId ? { gridIds: [form.gridId] } : {}), ...(form.areaCode ? { areaCode: form.areaCode } : {}), ...(form.badgeNo ? { badgeNo: form.badgeNo } : {}),
      });
      setOpened((list) => [...list, account]);
    } catch (e) {
      setError(t('admin.people.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const openEnterprises = async () => {
    setError(null);
    try {
      const answer = await accountAdministrationApi.openEnterprises(enterprises.filter((e) => !isDeactivated(e.operatingStatus)).map((e) => e.id));
      setOpened((list) => [...list, ...answer.accounts]);
    } catch (e) {
      setError(t('admin.people.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  return (
    <>
      <h1>{t('admin.people.title')}</h1>
      <form className="console-counts" onSubmit={(e) => { e.preventDefault(); void submit(); }} data-testid="open-account">
        <select value={form.kind} onChange={set('kind')} aria-label={t('admin.people.kind')} data-testid="account-kind">
          {KINDS.map((k) => <option key={k} value={k}>{t(`admin.people.kind.${k}`)}</option>)}
        </select>
        <input placeholder={t('admin.people.username')} value={form.username} onChange={set('username')} data-testid="account-username" />
        <input placeholder={t('admin.people.displayName')} value={form.displayName} onChange={set('displayName')} data-testid="account-name" />
        {officer ? (
          <select value={form.gridId} onChange={set('gridId')} aria-label={t('admin.people.grid')} data-testid="account-grid">
            <option value="">{t('admin.people.noGrid')}</option>
            {grids.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
          </select>
        ) : null}
        {!officer || !form.gridId ? <input placeholder={t('admin.people.areaCode')} value={form.areaCode} onChange={set('areaCode')} data-testid="account-area" /> : null}
        {form.kind === 'enforcementOfficer' ? <input placeholder={t('admin.people.badgeNo')} value={form.badgeNo} onChange={set('badgeNo')} data-testid="account-badge" /> : null}
        <button type="submit" className="console-button primary" data-testid="account-open" disabled={!form.username || !form.displayName}>{t('admin.people.open')}</button>
      </form>
      <p>
        <button type="button" className="console-button" data-testid="open-enterprise-accounts" onClick={() => void openEnterprises()}>{t('admin.people.bulk', { count: enterprises.length })}</button>
      </p>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      {opened.length > 0 ? (
        <section className="report-sheet" data-testid="opening-notice">
          <h2>{t('admin.people.notice')}</h2>
          <p className="muted">{t('admin.people.noticeHelp')}</p>
          <button type="button" className="console-button" onClick={() => window.print()}>{t('admin.people.print')}</button>
          <table className="hazard-table">
            <thead><tr><th>{t('admin.people.displayName')}</th><th>{t('admin.people.username')}</th><th>{t('admin.people.initialPassword')}</th></tr></thead>
            <tbody>{opened.map((a) => <tr key={a.userId}><td>{a.displayName}</td><td>{a.username}</td><td><code>{a.initialPassword}</code></td></tr>)}</tbody>
          </table>
        </section>
      ) : null}
      <AccountActions refreshKey={opened.length} />
    </>
  );
}

import { useState } from 'react';
import { Dialog, Toast } from '../../ui/kit';
import { isDeactivated, shanghaiDate, type Enterprise, type OperatingStatus } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { saveEnterpriseEdit } from '../../db/enterpriseRepository';
import { useI18n } from '../../i18n/I18nProvider';
import { OPERATING_STATUS } from '../../i18n/labels';
import { FormField } from '../../ui/FormField';

/**
 * 停业 / 注销 and 恢复经营 for the ledger's keepers: a dated reason appended to the status history,
 * after a confirmation. Nothing is deleted: the enterprise and its records stay in the ledger,
 * and only the officers' lists leave it out while it is deactivated.
 */
export function EnterpriseStatusPanel({ enterprise, userId }: { enterprise: Enterprise; userId: string }) {
  const { t, label } = useI18n();
  const db = useDatabase();
  const deactivated = isDeactivated(enterprise.operatingStatus);
  const [status, setStatus] = useState<OperatingStatus>(deactivated ? 'operating' : 'ceased');
  const [on, setOn] = useState(shanghaiDate(new Date()));
  const [reason, setReason] = useState('');
  const choices: OperatingStatus[] = deactivated ? ['operating'] : ['ceased', 'closed'];
  const record = () => {
    if (reason.trim() === '' || on === '') return Toast.show({ content: t('ledger.status.needReason'), position: 'bottom' });
    void Dialog.confirm({
      content: <p data-testid="status-dialog">{t(deactivated ? 'ledger.status.confirmRestore' : 'ledger.status.confirm', { name: enterprise.name, status: label(OPERATING_STATUS, status) })}</p>,
      confirmText: <span data-testid="status-confirm">{t('ledger.status.record')}</span>,
      cancelText: t('common.cancel'),
      onConfirm: async () => {
        const entry = { status, on, reason: reason.trim(), by: userId, at: new Date().toISOString() };
        const result = await saveEnterpriseEdit(db, enterprise, { ...enterprise, operatingStatus: status, statusLog: [...(enterprise.statusLog ?? []), entry] });
        Toast.show({ content: result.ok ? t('edit.saved') : t('ledger.status.failed'), position: 'bottom' });
        if (result.ok) setReason('');
      },
    });
  };
  return (
    <section className="card" data-testid="status-panel">
      <h2>{t('ledger.status.title')}</h2>
      <p>{t('field.operatingStatus')}：<strong data-testid="status-current">{label(OPERATING_STATUS, enterprise.operatingStatus)}</strong></p>
      <div className="form-grid">
        <FormField label={t('ledger.status.to')}>
          <select data-testid="status-to" value={status} onChange={(e) => setStatus(e.target.value as OperatingStatus)}>
            {choices.map((s) => <option key={s} value={s}>{label(OPERATING_STATUS, s)}</option>)}
          </select>
        </FormField>
        <FormField label={t('ledger.status.on')}>
          <input data-testid="status-on" type="date" value={on} onChange={(e) => setOn(e.target.value)} />
        </FormField>
        <FormField label={t('ledger.status.reason')}>
          <input data-testid="status-reason" value={reason} maxLength={500} placeholder={t('ledger.status.reasonHint')} onChange={(e) => setReason(e.target.value)} />
        </FormField>
      </div>
      <button type="button" className="console-button primary" data-testid="status-record" onClick={record}>{t(deactivated ? 'ledger.status.restore' : 'ledger.status.deactivate')}</button>
      {(enterprise.statusLog ?? []).length > 0 ? (
        <table className="hazard-table" data-testid="status-history">
          <thead><tr><th>{t('ledger.status.on')}</th><th>{t('field.operatingStatus')}</th><th>{t('ledger.status.reason')}</th></tr></thead>
          <tbody>{[...(enterprise.statusLog ?? [])].reverse().map((e) => <tr key={e.at + e.status}><td>{e.on}</td><td>{label(OPERATING_STATUS, e.status)}</td><td>{e.reason}</td></tr>)}</tbody>
        </table>
      ) : null}
    </section>
  );
}

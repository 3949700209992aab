import { useEffect, useState } from 'react';
import { Button } from '../../ui/kit';
import type { InboxReport } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { reportInboxApi } from '../../sync/reportInboxApi';
import { FormField } from '../../ui/FormField';

/** 指派核实: an officer with a grid in the report's town goes to look (progress: 核实中). */
export function AssignForm({ report, working, onAssign }: { report: InboxReport; working: boolean; onAssign: (officerId: string, note?: string) => void }) {
  const { t } = useI18n();
  const [officers, setOfficers] = useState<{ id: string; name: string }[]>([]);
  const [officerId, setOfficerId] = useState('');
  const [note, setNote] = useState('');
  useEffect(() => {
    let live = true;
    reportInboxApi.officers(report.id).then((list) => live && setOfficers(list), () => undefined);
    return () => { live = false; };
  }, [report.id]);
  return (
    <form className="report-detail-form" onSubmit={(e) => { e.preventDefault(); onAssign(officerId, note.trim() || undefined); }}>
      <FormField label={t('inbox.officer')}>
        <select data-testid="assign-officer" value={officerId} onChange={(e) => setOfficerId(e.target.value)}>
          <option value="">{t('inbox.chooseOfficer')}</option>
          {officers.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </FormField>
      <FormField label={t('inbox.internalNote')}>
        <input maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      </FormField>
      <Button type="submit" size="small" loading={working} disabled={!officerId}>{t('inbox.assignConfirm')}</Button>
    </form>
  );
}

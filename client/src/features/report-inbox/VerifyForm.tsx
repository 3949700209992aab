import { useMemo, useState } from 'react';
import { Button } from '../../ui/kit';
import { HazardCategory, VerifyReportRequest, type Enterprise, type InboxReport } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprises } from '../../db/enterpriseRepository';
import { matchesSearch } from '../../db/enterpriseSearch';
import { useObservable } from '../../db/useObservable';
import { HAZARD_CATEGORY, HAZARD_LEVEL } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { FormField } from '../../ui/FormField';

/**
 * 核实属实，立为隐患: the enterprise comes from the ledger on this device (the supervisor's area),
 * preselected when the reporter's name matched one. A general hazard gets its deadline here; a
 * major one is reported for confirmation by another supervisor.
 */
export function VerifyForm({ report, working, onVerify }: { report: InboxReport; working: boolean; onVerify: (request: VerifyReportRequest) => void }) {
  const { t, label } = useI18n();
  const db = useDatabase();
  const enterprises = useObservable<Enterprise[]>(() => observeEnterprises(db), [], [db]);
  const [query, setQuery] = useState(report.enterpriseName ?? '');
  const [enterpriseId, setEnterpriseId] = useState(report.matchedEnterprise?.id ?? '');
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<HazardCategory>('siteManagement');
  const [level, setLevel] = useState<'general' | 'major'>('general');
  const [deadline, setDeadline] = useState('');
  const [measures, setMeasures] = useState('');
  const [includePhotos, setIncludePhotos] = useState(true);
  const [note, setNote] = useState('');
  const options = useMemo(() => {
    const matching = enterprises.filter((e) => e.id === enterpriseId || !query.trim() || matchesSearch(e, query.trim()));
    return matching.slice(0, 50);
  }, [enterprises, query, enterpriseId]);
  const request = VerifyReportRequest.safeParse({
    enterpriseId, title, category, level, requiredMeasures: measures, includePhotos,
    ...(level === 'general' && deadline ? { deadline } : {}), ...(note.trim() ? { internalNote: note.trim() } : {}),
  });
  return (
    <form className="report-detail-form" data-testid="verify-form" onSubmit={(e) => { e.preventDefault(); if (request.success) onVerify(request.data); }}>
      <FormField label={t('inbox.searchEnterprise')}>
        <input data-testid="verify-search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </FormField>
      <FormField label={t('inbox.enterprise')}>
        <select data-testid="verify-enterprise" value={enterpriseId} onChange={(e) => setEnterpriseId(e.target.value)}>
          <option value="">{t('inbox.chooseEnterprise')}</option>
          {options.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
        </select>
      </FormField>
      <FormField label={t('inbox.hazardTitle')}>
        <input data-testid="verify-title" maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
      </FormField>
      <div className="report-detail-pair">
        <FormField label={t('inbox.category')}>
          <select value={category} onChange={(e) => setCategory(HazardCategory.parse(e.target.value))}>
            {HazardCategory.options.map((c) => <option key={c} value={c}>{label(HAZARD_CATEGORY, c)}</option>)}
          </select>
        </FormField>
        <FormField label={t('inbox.level')}>
          <select data-testid="verify-level" value={level} onChange={(e) => setLevel(e.target.value === 'major' ? 'major' : 'general')}>
            <option value="general">{label(HAZARD_LEVEL, 'general')}</option>
            <option value="major">{label(HAZARD_LEVEL, 'major')}</option>
          </select>
        </FormField>
      </div>
      {level === 'general' ? (
        <FormField label={t('inbox.deadline')}>
          <input data-testid="verify-deadline" type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
        </FormField>
      ) : <p className="report-inbox-hint">{t('inbox.majorGoesToConfirmation')}</p>}
      <FormField label={t('inbox.measures')}>
        <textarea data-testid="verify-measures" rows={3} maxLength={4000} value={measures} onChange={(e) => setMeasures(e.target.value)} />
      </FormField>
      <label className="report-detail-check">
        <input type="checkbox" checked={includePhotos} onChange={(e) => setIncludePhotos(e.target.checked)} />
        {t('inbox.includePhotos')}
      </label>
      <FormField label={t('inbox.internalNote')}>
        <input maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      </FormField>
      <Button type="submit" size="small" color="primary" loading={working} disabled={!request.success} data-testid="verify-confirm">{t('inbox.verifyConfirm')}</Button>
    </form>
  );
}

import { useState } from 'react';
import { Button } from '../../ui/kit';
import type { InboxReport } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { problemText } from '../../i18n/problemText';
import { reportInboxApi } from '../../sync/reportInboxApi';
import { FormField } from '../../ui/FormField';
import { AssignForm } from './AssignForm';
import { ReportPhotos } from './ReportPhotos';
import { VerifyForm } from './VerifyForm';
import { progressText } from './progressText';

type Action = 'assign' | 'verify' | 'dismiss' | null;

/** One report: what the reporter said, who they are (only here), and the three decisions. */
export function ReportDetail({ report, onChanged }: { report: InboxReport; onChanged: (report: InboxReport) => void }) {
  const { t, dateTime } = useI18n();
  const [action, setAction] = useState<Action>(null);
  const [publicReason, setPublicReason] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const open = report.status === 'received' || report.status === 'verifying';

  const run = async (work: () => Promise<InboxReport>) => {
    setWorking(true);
    setError(null);
    try {
      onChanged(await work());
      setAction(null);
    } catch (e) {
      setError(problemText(e, t));
    } finally {
      setWorking(false);
    }
  };

  return (
    <article className="report-detail" data-testid="report-detail" data-status={report.status}>
      <h3>{progressText(report.progress, t)} · {report.townName}</h3>
      <p className="report-detail-meta">{t('inbox.receivedAt', { at: dateTime(report.receivedAt) })}</p>
      <p className="report-detail-text">{report.description}</p>
      <dl className="report-detail-facts">
        <dt>{t('report.address')}</dt><dd>{report.address}</dd>
        {report.location ? <><dt>{t('inbox.location')}</dt><dd>{report.location.lat.toFixed(5)}, {report.location.lon.toFixed(5)}{report.location.accuracy !== undefined ? ` (±${report.location.accuracy} m)` : ''}</dd></> : null}
        <dt>{t('report.enterprise')}</dt>
        <dd>{report.enterpriseName ?? t('inbox.notGiven')}{report.matchedEnterprise ? ` → ${t('inbox.matched', { name: report.matchedEnterprise.name })}` : ''}</dd>
        {report.assignedOfficer ? <><dt>{t('inbox.assignedTo')}</dt><dd>{report.assignedOfficer.name}</dd></> : null}
        {report.check ? <><dt>{t('inbox.check')}</dt><dd data-testid="inbox-check">{t(report.check.found ? 'inbox.checkFound' : 'inbox.checkNotFound')}：{report.check.note}</dd></> : null}
        {report.hazardId ? <><dt>{t('inbox.hazard')}</dt><dd><a href={`#/console/overview/hazard/${encodeURIComponent(report.hazardId)}`} data-testid="inbox-hazard-link">{t('inbox.openHazard')}</a></dd></> : null}
        {report.publicReason ? <><dt>{t('inbox.publicReason')}</dt><dd>{report.publicReason}</dd></> : null}
        {report.internalNote ? <><dt>{t('inbox.internalNote')}</dt><dd>{report.internalNote}</dd></> : null}
      </dl>
      <section className="report-detail-contact" aria-label={t('report.contact')}>
        <strong>{t('report.contact')}</strong>
        {report.contact ? <span data-testid="inbox-contact">{[report.contact.name, report.contact.phone].filter(Boolean).join(' · ')}</span> : <span>{t('inbox.anonymous')}</span>}
        <p className="report-inbox-hint">{t('inbox.contactConfidential')}</p>
      </section>
      <ReportPhotos report={report} />
      {open ? (
        <div className="report-detail-actions">
          <Button size="small" onClick={() => setAction('assign')} data-testid="inbox-assign">{t('inbox.assign')}</Button>
          <Button size="small" color="primary" onClick={() => setAction('verify')} data-testid="inbox-verify">{t('inbox.verify')}</Button>
          <Button size="small" color="warning" onClick={() => setAction('dismiss')} data-testid="inbox-dismiss">{t('inbox.dismiss')}</Button>
        </div>
      ) : null}
      {action === 'assign' ? <AssignForm report={report} working={working} onAssign={(officerId, n) => void run(() => reportInboxApi.assign(report.id, officerId, n))} /> : null}
      {action === 'verify' ? <VerifyForm report={report} working={working} onVerify={(request) => void run(() => reportInboxApi.verify(report.id, request))} /> : null}
      {action === 'dismiss' ? (
        <form className="report-detail-form" onSubmit={(e) => { e.preventDefault(); void run(() => reportInboxApi.dismiss(report.id, publicReason.trim(), note.trim() || undefined)); }}>
          <FormField label={t('inbox.publicReason')}>
            <textarea data-testid="dismiss-reason" rows={3} maxLength={300} value={publicReason} placeholder={t('inbox.publicReasonHint')} onChange={(e) => setPublicReason(e.target.value)} />
          </FormField>
          <FormField label={t('inbox.internalNote')}>
            <input maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
          </FormField>
          <Button type="submit" size="small" color="warning" loading={working} disabled={publicReason.trim().length < 4}>{t('inbox.dismissConfirm')}</Button>
        </form>
      ) : null}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </article>
  );
}

import { useEffect, useState } from 'react';
import { Button } from '../../ui/kit';
import type { AssignedReport } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { problemText } from '../../i18n/problemText';
import { reportInboxApi } from '../../sync/reportInboxApi';
import { FormField } from '../../ui/FormField';
import { ReportPhotos } from './ReportPhotos';
import './reportInbox.css';

/**
 * 举报核实: the reports a supervisor sent this officer to check, without the reporter. The
 * officer says what they found; the supervisor decides. Online, like the inbox it feeds.
 */
export function AssignedReportsPage() {
  const { t } = useI18n();
  const [reports, setReports] = useState<AssignedReport[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    reportInboxApi.assigned().then((list) => live && setReports(list), (e: unknown) => live && setError(problemText(e, t)));
    return () => { live = false; };
  }, [t]);
  return (
    <div className="report-inbox report-checks" data-testid="report-checks">
      <h2>{t('checks.title')}</h2>
      <p className="report-inbox-hint">{t('checks.why')}</p>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      {reports?.length === 0 ? <p className="report-inbox-empty">{t('checks.empty')}</p> : null}
      {reports?.map((r) => <CheckCard key={r.id} report={r} onChecked={(next) => setReports((list) => list?.map((x) => (x.id === next.id ? next : x)) ?? null)} />)}
    </div>
  );
}

function CheckCard({ report, onChecked }: { report: AssignedReport; onChecked: (report: AssignedReport) => void }) {
  const { t, dateTime } = useI18n();
  const [found, setFound] = useState<boolean | null>(report.check?.found ?? null);
  const [note, setNote] = useState(report.check?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const send = async () => {
    if (found === null) return;
    setWorking(true);
    setError(null);
    try {
      onChecked(await reportInboxApi.check(report.id, found, note.trim()));
    } catch (e) {
      setError(problemText(e, t));
    } finally {
      setWorking(false);
    }
  };
  return (
    <article className="report-detail" data-testid="check-card">
      <h3>{report.townName} · {dateTime(report.receivedAt)}</h3>
      <p className="report-detail-text">{report.description}</p>
      <dl className="report-detail-facts">
        <dt>{t('report.address')}</dt><dd>{report.address}</dd>
        {report.location ? <><dt>{t('inbox.location')}</dt><dd>{report.location.lat.toFixed(5)}, {report.location.lon.toFixed(5)}</dd></> : null}
        <dt>{t('report.enterprise')}</dt><dd>{report.matchedEnterprise?.name ?? report.enterpriseName ?? t('inbox.notGiven')}</dd>
      </dl>
      <ReportPhotos report={report} />
      <form className="report-detail-form" onSubmit={(e) => { e.preventDefault(); void send(); }}>
        <div className="report-detail-actions" role="radiogroup" aria-label={t('checks.result')}>
          <label className="report-detail-check"><input type="radio" name={`found-${report.id}`} checked={found === true} onChange={() => setFound(true)} />{t('checks.found')}</label>
          <label className="report-detail-check"><input type="radio" name={`found-${report.id}`} checked={found === false} onChange={() => setFound(false)} />{t('checks.notFound')}</label>
        </div>
        <FormField label={t('checks.note')}>
          <textarea rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        </FormField>
        {report.check ? <p className="report-inbox-hint" data-testid="check-sent">{t('checks.sent', { at: dateTime(report.check.at) })}</p> : null}
        {error ? <p className="form-error" role="alert">{error}</p> : null}
        <Button type="submit" size="small" color="primary" loading={working} disabled={found === null || note.trim().length < 2}>{t('checks.submit')}</Button>
      </form>
    </article>
  );
}

import { useCallback, useEffect, useState } from 'react';
import type { InboxReport } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { problemText } from '../../i18n/problemText';
import { reportInboxApi } from '../../sync/reportInboxApi';
import { ReportDetail } from './ReportDetail';
import { progressText } from './progressText';
import './reportInbox.css';

/**
 * 群众举报: the supervisor's inbox of reports from the towns of their area, newest first. Online
 * work like the rest of the console; the reporter's contact shows only here, to this supervisor.
 */
export function ReportInboxPage({ openId, onOpen }: { openId: string | null; onOpen: (id: string | null) => void }) {
  const { t, dateTime } = useI18n();
  const [reports, setReports] = useState<InboxReport[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    reportInboxApi.list().then((list) => { setReports(list); setError(null); }, (e: unknown) => setError(problemText(e, t)));
  }, [t]);
  useEffect(load, [load]);
  const open = reports?.find((r) => r.id === openId) ?? null;
  const waiting = reports?.filter((r) => r.status === 'received' || r.status === 'verifying').length ?? 0;
  return (
    <div className="report-inbox" data-testid="report-inbox">
      <header className="report-inbox-head">
        <h2>{t('inbox.title')}</h2>
        <span className="report-inbox-count">{reports ? t('inbox.waiting', { count: waiting, total: reports.length }) : t('inbox.loading')}</span>
        <a className="report-inbox-poster" href="/report-poster" target="_blank" rel="noopener">{t('inbox.poster')}</a>
      </header>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <div className="report-inbox-body">
        <ul className="report-inbox-list">
          {reports?.length === 0 ? <li className="report-inbox-empty">{t('inbox.empty')}</li> : null}
          {reports?.map((r) => (
            <li key={r.id}>
              <button type="button" data-testid="inbox-row" aria-current={r.id === openId ? 'true' : undefined} onClick={() => onOpen(r.id)}>
                <span className={`report-status report-status-${r.progress}`}>{progressText(r.progress, t)}</span>
                <span className="report-inbox-when">{r.townName} · {dateTime(r.receivedAt)}</span>
                <span className="report-inbox-text">{r.description}</span>
              </button>
            </li>
          ))}
        </ul>
        {open ? <ReportDetail key={open.id} report={open} onChanged={(r) => setReports((list) => list?.map((x) => (x.id === r.id ? r : x)) ?? null)} /> : (
          <p className="report-inbox-hint">{t('inbox.pick')}</p>
        )}
      </div>
    </div>
  );
}

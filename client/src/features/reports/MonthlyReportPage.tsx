import { useEffect, useState } from 'react';
import { Button } from '../../ui/kit';
import { addDays, shanghaiDate, type MonthlyReport } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { HAZARD_LEVEL, HAZARD_SOURCE } from '../../i18n/hazardLabels';
import { ApiError } from '../../sync/apiClient';
import { supervisorApi } from '../../sync/supervisorApi';
import { KpiTable, percent } from './KpiTable';
import './reportPrint.css';
import { problemText } from '../../i18n/problemText';

/** 每月调度通报: the month's KPIs per town and grid, overdue hazards and the grid ranking; prints on A4 landscape. */
export function MonthlyReportPage({ areaName }: { areaName: string }) {
  const { t, label } = useI18n();
  // The 通报 reports a finished month: the previous one unless the supervisor picks another.
  const [month, setMonth] = useState(() => addDays(`${shanghaiDate(new Date()).slice(0, 7)}-01`, -1).slice(0, 7));
  const [report, setReport] = useState<MonthlyReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const explain = (e: unknown) => (e instanceof ApiError && e.code === 'network' ? t('reports.offline') : problemText(e, t));
  useEffect(() => {
    if (!/^\d{4}-\d{2}$/.test(month)) return;
    let current = true;
    supervisorApi.monthlyReport(month).then((r) => { if (current) { setReport(r); setFailure(null); } }, (e: unknown) => { if (current) setFailure(explain(e)); });
    return () => { current = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refetch when the month changes; explain only formats
  }, [month]);
  const download = () => supervisorApi.downloadMonthlyWorkbook(month).catch((e: unknown) => setFailure(explain(e)));
  return (
    <section className="report-page" data-testid="report-page">
      <div className="page-title report-toolbar">
        <h1>{t('reports.title')}</h1>
        <label className="report-month">{t('reports.month')} <input type="month" data-testid="report-month" value={month} onChange={(e) => setMonth(e.target.value)} /></label>
        <Button size="small" onClick={() => window.print()}>{t('reports.print')}</Button>
        <Button size="small" color="primary" data-testid="report-download" onClick={() => void download()}>{t('reports.download')}</Button>
      </div>
      {failure ? <p className="form-error" role="alert">{failure}</p> : null}
      {report && report.month === month ? (
        <article className="report-sheet" data-testid="report-sheet">
          <header className="report-head">
            <h2>{t('reports.heading', { area: areaName, month: `${report.month.slice(0, 4)}年${Number(report.month.slice(5))}月` })}</h2>
            <p className="muted">{t('reports.period', { from: report.from, to: report.to, today: report.today })}</p>
          </header>
          <h3>{t('reports.byTown')}</h3>
          <KpiTable testId="report-towns" firstHeader={t('reports.col.town')} rows={report.towns} total={report.total} />
          <h3>{t('reports.byGrid')}</h3>
          <KpiTable testId="report-grids" firstHeader={t('reports.col.grid')} rows={report.grids.map((g) => ({ ...g, sub: g.townName }))} />
          <div className="report-columns">
            <section>
              <h3>{t('reports.overdue', { count: report.overdue.length })}</h3>
              <table className="data-table report-table" data-testid="report-overdue">
                <thead><tr><th>#</th><th>{t('reports.col.hazard')}</th><th>{t('reports.col.enterprise')}</th><th>{t('reports.col.grid')}</th><th>{t('reports.col.level')}</th><th>{t('reports.col.deadline')}</th><th>{t('reports.col.days')}</th></tr></thead>
                <tbody>
                  {report.overdue.map((h, n) => (
                    <tr key={h.hazardId}>
                      <td>{n + 1}</td><td className="wrap">{h.title}<span className="muted"> · {label(HAZARD_SOURCE, h.source)}</span></td><td>{h.enterpriseName}</td>
                      <td>{h.gridNames.join('、')}</td><td>{label(HAZARD_LEVEL, h.level)}</td><td>{h.deadline}</td><td className="bad">{h.overdueDays}</td>
                    </tr>
                  ))}
                  {report.overdue.length === 0 ? <tr><td colSpan={7} className="muted">{t('reports.noOverdue')}</td></tr> : null}
                </tbody>
              </table>
            </section>
            <section>
              <h3>{t('reports.ranking')}</h3>
              <table className="data-table report-table" data-testid="report-ranking">
                <thead><tr><th>{t('reports.col.rank')}</th><th>{t('reports.col.grid')}</th><th>{t('reports.col.score')}</th><th>{t('reports.col.closure')}</th><th>{t('reports.col.onTime')}</th><th>{t('reports.col.coverage')}</th><th>{t('reports.col.overdue')}</th></tr></thead>
                <tbody>
                  {report.ranking.map((r) => (
                    <tr key={r.gridId}><td>{r.rank}</td><td>{r.gridName}</td><td><strong>{r.score.toFixed(1)}</strong></td><td>{percent(r.closureRate)}</td><td>{percent(r.onTimeRate)}</td><td>{percent(r.inspectionCoverage)}</td><td>{r.overdueCount}</td></tr>
                  ))}
                </tbody>
              </table>
              <p className="muted small">{t('reports.rankingRule')}</p>
            </section>
          </div>
        </article>
      ) : failure ? null : <p className="muted">{t('reports.loading')}</p>}
    </section>
  );
}

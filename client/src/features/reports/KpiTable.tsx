import type { KpiSet } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';

export const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
const majorCount = (k: KpiSet) => Object.values(k.majorByListing).reduce((a, b) => a + (b ?? 0), 0);

/** KPI rows of towns or grids, the same columns as the workbook's 按镇街 and 按网格 sheets. */
export function KpiTable({ rows, firstHeader, total, testId }: { rows: { key: string; label: string; sub?: string; kpis: KpiSet }[]; firstHeader: string; total?: KpiSet; testId: string }) {
  const { t } = useI18n();
  const line = (key: string, label: string, k: KpiSet, sub?: string) => (
    <tr key={key} data-key={key}>
      <th scope="row">{label}{sub ? <span className="muted"> · {sub}</span> : null}</th>
      <td>{k.enterprises}</td><td data-col="found">{k.hazardsFound}</td><td data-col="closed">{k.closureRate.numerator}</td>
      <td>{percent(k.closureRate.value)}</td><td>{percent(k.onTimeRate.value)}</td><td>{percent(k.inspectionCoverage.value)}</td>
      <td>{percent(k.selfCheckRate.value)}</td><td data-col="overdue" className={k.overdue.count > 0 ? 'bad' : undefined}>{k.overdue.count}</td>
      <td>{k.averageDaysToClose === null ? '—' : k.averageDaysToClose.toFixed(1)}</td><td>{majorCount(k)}</td><td>{percent(k.keySectorPatrolRate.value)}</td>
      <td data-col="exam">{percent(k.examPassRate.value)}</td>
    </tr>
  );
  return (
    <table className="data-table report-table" data-testid={testId}>
      <thead>
        <tr>
          <th>{firstHeader}</th><th>{t('reports.col.enterprises')}</th><th>{t('reports.col.found')}</th><th>{t('reports.col.closed')}</th>
          <th>{t('reports.col.closure')}</th><th>{t('reports.col.onTime')}</th><th>{t('reports.col.coverage')}</th><th>{t('reports.col.selfCheck')}</th>
          <th>{t('reports.col.overdue')}</th><th>{t('reports.col.daysToClose')}</th><th>{t('reports.col.major')}</th><th>{t('reports.col.keySectorPatrol')}</th><th>{t('reports.col.examPass')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => line(r.key, r.label, r.kpis, r.sub))}
        {total ? line('total', t('reports.total'), total) : null}
      </tbody>
    </table>
  );
}

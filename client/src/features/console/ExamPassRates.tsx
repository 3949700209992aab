import type { OverviewKpis } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';

type Rate = OverviewKpis['total']['examPassRate'];

/** 逢查必考合格率 per group (area, grid or officer) and per enterprise that had examinees in the period. */
export function ExamPassRates({ data }: { data: OverviewKpis }) {
  const { t } = useI18n();
  const pct = (r: Rate) => (r.value === null ? '—' : `${(r.value * 100).toFixed(1)}%`);
  const groups = data.groups.filter((g) => g.kpis.examPassRate.denominator > 0);
  const table = (testId: string, rows: { key: string; name: string; rate: Rate }[]) => (
    <table className="data-table" data-testid={testId}>
      <thead><tr><th>{t('console.kpi.examCol.name')}</th><th>{t('console.kpi.examCol.rate')}</th><th>{t('console.kpi.examCol.count')}</th></tr></thead>
      <tbody>
        {rows.map((r) => <tr key={r.key} data-key={r.key}><th scope="row">{r.name}</th><td>{pct(r.rate)}</td><td>{r.rate.numerator} / {r.rate.denominator}</td></tr>)}
      </tbody>
    </table>
  );
  return (
    <section className="kpi-chart" data-testid="exam-pass-rates">
      <h2>{t('console.kpi.examByGroup')}</h2>
      {groups.length === 0 ? <p className="muted">{t('console.kpi.examNone')}</p> : table('exam-pass-groups', groups.map((g) => ({ key: g.key, name: g.label, rate: g.kpis.examPassRate })))}
      <h2>{t('console.kpi.examByEnterprise')}</h2>
      {data.examsByEnterprise.length === 0 ? <p className="muted">{t('console.kpi.examNone')}</p>
        : table('exam-pass-enterprises', data.examsByEnterprise.map((e) => ({ key: e.enterpriseId, name: e.name, rate: e.rate })))}
    </section>
  );
}

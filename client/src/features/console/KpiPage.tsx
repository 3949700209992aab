import { useMemo, useState } from 'react';
import type { HazardSource, KpiGroupBy, OverviewKpis } from '@anxun/shared-schema';
import { HAZARD_SOURCE } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { overviewApi } from '../../sync/overviewApi';
import { EChart } from './EChart';
import { ExamPassRates } from './ExamPassRates';
import { COVERAGE_TARGET, coverageOption, majorOption, officerOption, overdueOption, ratesOption, sourceOption } from './kpiCharts';
import { presetPeriod, type KpiPreset } from './kpiPeriod';
import { loadErrorText } from './loadError';
import { useServerQuery } from './useServerQuery';

type Rate = { numerator: number; denominator: number; value: number | null };

/** 考核指标: the seed KPIs of the area per area, grid or officer, as figures and ECharts charts. */
export function KpiPage() {
  const { t, label } = useI18n();
  const [period, setPeriod] = useState(() => presetPeriod('quarter', new Date()));
  const [groupBy, setGroupBy] = useState<KpiGroupBy>('area');
  const kpis = useServerQuery(() => overviewApi.kpis(period.from, period.to, groupBy), `${period.from}/${period.to}/${groupBy}`);
  const officers = useServerQuery(() => overviewApi.officers(period.from, period.to), `${period.from}/${period.to}`);
  const data = kpis.data;
  const charts = useMemo(() => (data ? chartOptions(data, t, (s: HazardSource) => label(HAZARD_SOURCE, s)) : null), [data, t, label]);
  const officerChart = useMemo(() => (officers.data ? officerOption(officers.data, { inspections: t('console.kpi.inspections'), km: t('console.kpi.km'), hours: t('console.kpi.hours') }) : null), [officers.data, t]);
  const pct = (r: Rate) => (r.value === null ? t('console.kpi.noData') : `${(r.value * 100).toFixed(1)}%`);
  const card = (name: string, value: string, sub: string, tone?: 'good' | 'bad', testId?: string) => (
    <div className="kpi-card" data-testid={testId}><div className="label">{name}</div><div className={`value ${tone ?? ''}`}>{value}</div><div className="sub">{sub}</div></div>
  );
  const frac = (r: Rate) => `${r.numerator} / ${r.denominator}`;
  const total = data?.total;

  return (
    <>
      <h1>{t('console.kpis')}</h1>
      <div className="kpi-toolbar">
        <span>{t('console.kpi.period')}</span>
        {(['quarter', 'month', 'year'] as KpiPreset[]).map((p) => (
          <button key={p} type="button" className="chip" aria-pressed={presetPeriod(p, new Date()).from === period.from} onClick={() => setPeriod(presetPeriod(p, new Date()))}>{t(`console.kpi.${p}`)}</button>
        ))}
        <input type="date" data-testid="kpi-from" aria-label={t('a11y.periodFrom')} value={period.from} max={period.to} onChange={(e) => e.target.value && setPeriod({ ...period, from: e.target.value })} />
        <span>{t('console.filter.to')}</span>
        <input type="date" data-testid="kpi-to" aria-label={t('a11y.periodTo')} value={period.to} min={period.from} onChange={(e) => e.target.value && setPeriod({ ...period, to: e.target.value })} />
        <span style={{ marginLeft: 16 }}>{t('console.kpi.groupBy')}</span>
        <select data-testid="kpi-group-by" aria-label={t('console.kpi.groupBy')} value={groupBy} onChange={(e) => setGroupBy(e.target.value as KpiGroupBy)}>
          {(['area', 'grid', 'officer'] as const).map((g) => <option key={g} value={g}>{t(`console.kpi.group.${g}`)}</option>)}
        </select>
      </div>
      {kpis.error ? <p className="form-error" role="alert">{loadErrorText(kpis.error, t)} <button type="button" className="console-button" onClick={kpis.reload}>{t('console.retry')}</button></p> : null}
      {total ? (
        <div className="kpi-cards" data-testid="kpi-cards">
          {card(t('console.kpi.coverage'), pct(total.inspectionCoverage), `${frac(total.inspectionCoverage)} · ${t('console.kpi.target', { value: `${COVERAGE_TARGET * 100}%` })}`,
            total.inspectionCoverage.value === null ? undefined : total.inspectionCoverage.value >= COVERAGE_TARGET ? 'good' : 'bad', 'kpi-coverage')}
          {card(t('console.kpi.selfCheck'), pct(total.selfCheckRate), frac(total.selfCheckRate))}
          {card(t('console.kpi.closure'), pct(total.closureRate), frac(total.closureRate), total.closureRate.value === 1 ? 'good' : undefined)}
          {card(t('console.kpi.onTime'), pct(total.onTimeRate), frac(total.onTimeRate))}
          {card(t('console.kpi.overdue'), String(total.overdue.count), `${t('console.kpi.overdueMaxDays')} ${total.overdue.maxDays}`, total.overdue.count > 0 ? 'bad' : 'good', 'kpi-overdue')}
          {card(t('console.kpi.daysToClose'), total.averageDaysToClose === null ? t('console.kpi.noData') : total.averageDaysToClose.toFixed(1), `${t('console.kpi.hazardsFound')} ${total.hazardsFound} · ${t('console.kpi.voided')} ${total.voided}`)}
          {card(t('console.kpi.firstRecheck'), pct(total.firstRecheckPassRate), frac(total.firstRecheckPassRate))}
          {card(t('console.kpi.keySectorPatrol'), pct(total.keySectorPatrolRate), `${frac(total.keySectorPatrolRate)} · ${t('console.kpi.target', { value: '90%' })}`,
            total.keySectorPatrolRate.value === null ? undefined : total.keySectorPatrolRate.value >= 0.9 ? 'good' : 'bad', 'kpi-key-sector')}
          {card(t('console.kpi.examPass'), pct(total.examPassRate), frac(total.examPassRate), undefined, 'kpi-exam-pass')}
        </div>
      ) : kpis.loading ? <p className="muted">{t('console.loading')}</p> : null}
      {charts ? (
        <div className="kpi-charts">
          <Chart title={`${t('console.kpi.coverage')}（${t('console.kpi.target', { value: '90%' })}）`} option={charts.coverage} testId="chart-coverage" />
          <Chart title={t('console.kpi.rates')} option={charts.rates} testId="chart-rates" />
          <Chart title={t('console.kpi.overdueChart')} option={charts.overdue} testId="chart-overdue" />
          <Chart title={t('console.kpi.majorByListing')} option={charts.major} testId="chart-major" />
          <Chart title={t('console.kpi.bySource')} option={charts.source} testId="chart-source" />
          {officerChart ? <Chart title={t('console.kpi.officers')} option={officerChart} testId="chart-officers" /> : null}
        </div>
      ) : null}
      {data ? <ExamPassRates data={data} /> : null}
      {officers.error ? <p className="form-error" role="alert">{loadErrorText(officers.error, t)}</p> : null}
    </>
  );
}

function Chart({ title, option, testId }: { title: string; option: Parameters<typeof EChart>[0]['option']; testId: string }) {
  return <section className="kpi-chart"><h2>{title}</h2><EChart option={option} testId={testId} /></section>;
}

function chartOptions(data: OverviewKpis, t: ReturnType<typeof useI18n>['t'], sourceLabel: (s: HazardSource) => string) {
  return {
    coverage: coverageOption(data.groups, { coverage: t('console.kpi.coverage'), target: t('console.kpi.target', { value: '90%' }) }),
    rates: ratesOption(data.groups, { selfCheck: t('console.kpi.selfCheck'), closure: t('console.kpi.closure'), onTime: t('console.kpi.onTime'), firstRecheck: t('console.kpi.firstRecheck') }),
    overdue: overdueOption(data.groups, { count: t('console.kpi.overdue'), maxDays: t('console.kpi.overdueMaxDays'), averageDays: t('console.kpi.overdueAverageDays'), daysToClose: t('console.kpi.daysToClose'), dayUnit: t('console.kpi.dayUnit') }),
    major: majorOption(data.groups, { province: t('console.kpi.listing.province'), city: t('console.kpi.listing.city'), district: t('console.kpi.listing.district'), town: t('console.kpi.listing.town'), unlisted: t('console.kpi.listing.unlisted') }),
    source: sourceOption(data.total.bySource, sourceLabel),
  };
}

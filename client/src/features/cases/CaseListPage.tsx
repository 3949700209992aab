import { CASE_STATUS_ZH, type EnforcementCase } from '@anxun/shared-schema';
import { observeCases } from '../../db/caseRepository';
import { useDatabase } from '../../db/DatabaseContext';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';

/** #/cases — the cases on this device: an enforcement officer's grids, a supervisor's area. */
export function CaseListPage() {
  const { t, dateTime } = useI18n();
  const db = useDatabase();
  const cases = useObservable<EnforcementCase[] | undefined>(() => observeCases(db), undefined, [db]);
  if (cases === undefined) return <p className="muted">{t('enterprises.loading')}</p>;
  return (
    <section className="card" data-testid="case-list">
      <h1>{t('case.title', { count: cases.length })}</h1>
      {cases.length === 0 ? <p className="muted">{t('case.empty')}</p> : null}
      {cases.slice(0, 300).map((c) => (
        <div key={c.id} className="queue-row" data-testid="case-item" data-id={c.id} data-status={c.status}>
          <a className="rect-title" href={`#/cases/${encodeURIComponent(c.id)}`}>{c.party.name} · {c.cause}</a>
          <span className="state">{CASE_STATUS_ZH[c.status]}</span>
          <div className="muted">{c.caseNo} · {dateTime(c.openedAt)}</div>
        </div>
      ))}
    </section>
  );
}

import { useMemo, useState } from 'react';
import { Button } from '../../ui/kit';
import { citeInProse, isFirstViolation, shanghaiDate, violationHistory, type EnforcementCase } from '@anxun/shared-schema';
import { observeCases, saveCase } from '../../db/caseRepository';
import { useDatabase } from '../../db/DatabaseContext';
import { observeHazardViews, type HazardView } from '../../db/hazardRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * 首违不罚 (行政处罚法 第三十三条第一款): the enterprise's violation history beside the decision,
 * and the decision recorded with the history it was taken on (a copy: later hazards do not change it).
 */
export function FirstViolationPanel({ value, actor }: { value: EnforcementCase; actor: { userId: string; displayName: string } }) {
  const { t } = useI18n();
  const db = useDatabase();
  const views = useObservable<HazardView[]>(() => observeHazardViews(db), [], [db]);
  const cases = useObservable<EnforcementCase[]>(() => observeCases(db), [], [db]);
  const history = useMemo(() => violationHistory(value.enterpriseId, views, cases, shanghaiDate(new Date()), value.id), [value, views, cases]);
  const [reason, setReason] = useState('');
  const [correction, setCorrection] = useState('');
  const [error, setError] = useState<string | null>(null);
  const shown = value.firstViolation?.history ?? history;
  const decide = async (exempt: boolean) => {
    const saved = await saveCase(db, {
      ...value, status: exempt ? 'decided' : value.status,
      firstViolation: { exempt, reason, ...(correction.trim() ? { correction: correction.trim() } : {}), history, decidedBy: actor.userId, decidedByName: actor.displayName, decidedAt: new Date().toISOString() },
    });
    setError(saved.ok ? null : saved.issues.map((i) => i.message).join('；'));
  };
  return (
    <section className="card" data-testid="first-violation">
      <h2>{t('case.firstViolation')}</h2>
      <p className="muted">{citeInProse('xzcf.33.1')}</p>
      <dl className="fields" data-testid="violation-history">
        <div><dt>{t('case.history.hazards')}</dt><dd>{shown.pastHazards}（{t('case.history.major', { count: shown.pastMajorHazards })}，{t('case.history.overdue', { count: shown.overdueHazards })}）</dd></div>
        <div><dt>{t('case.history.cases')}</dt><dd>{shown.closedCases}{shown.penalisedCaseNos.length > 0 ? `（${t('case.history.penalised')}：${shown.penalisedCaseNos.join('、')}）` : ''}</dd></div>
      </dl>
      {value.firstViolation ? (
        <p data-testid="first-violation-decision" data-exempt={String(value.firstViolation.exempt)}>
          {value.firstViolation.exempt ? t('case.exempted') : t('case.notExempted')}：{value.firstViolation.reason}
          {value.firstViolation.correction ? `（${t('case.correction')}：${value.firstViolation.correction}）` : ''} · {value.firstViolation.decidedByName}
        </p>
      ) : (
        <div className="form">
          <p className="muted" data-testid="first-violation-proposal">{isFirstViolation(history) ? t('case.proposeExempt') : t('case.proposeNoExempt')}</p>
          <label>{t('case.decisionReason')}<textarea data-testid="first-violation-reason" value={reason} onChange={(e) => setReason(e.target.value)} /></label>
          <label>{t('case.correction')}<input data-testid="first-violation-correction" value={correction} onChange={(e) => setCorrection(e.target.value)} /></label>
          <div className="action-buttons">
            <Button size="small" data-testid="first-violation-exempt" onClick={() => void decide(true)}>{t('case.exempt')}</Button>
            <Button size="small" data-testid="first-violation-penalise" onClick={() => void decide(false)}>{t('case.penalise')}</Button>
          </div>
        </div>
      )}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </section>
  );
}

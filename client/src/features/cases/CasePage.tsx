import { useState, type ReactNode } from 'react';
import { Button } from '../../ui/kit';
import { CASE_STATUS_ZH, CASE_TRANSITIONS, CITATIONS, formatCitation, type CaseStatus, type EnforcementCase } from '@anxun/shared-schema';
import { observeCase, saveCase } from '../../db/caseRepository';
import { useDatabase } from '../../db/DatabaseContext';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { useAuthor } from '../../sync/useAuthor';
import { FirstViolationPanel } from './FirstViolationPanel';

const cite = (key: string | undefined) => {
  const c = key ? CITATIONS.get(key) : undefined;
  return c ? formatCitation(c) : key ?? '';
};

/** #/cases/:id — a case: its facts, its step in the procedure, 首违不罚, and its documents (slot). */
export function CasePage({ id, onBack, renderDocuments }: { id: string; onBack: () => void; renderDocuments?: (value: EnforcementCase) => ReactNode }) {
  const { t, dateTime } = useI18n();
  const db = useDatabase();
  const author = useAuthor();
  const value = useObservable<EnforcementCase | null | undefined>(() => observeCase(db, id), undefined, [db, id]);
  const [transferTo, setTransferTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (value === undefined) return <p className="muted">{t('enterprises.loading')}</p>;
  if (value === null || !author) return <p className="muted">{t('case.notFound')}</p>;
  const enforcement = author.principal.role === 'supervisor' || author.principal.officerKind === 'enforcement';
  const step = async (to: CaseStatus) => {
    if (to === 'transferred' && !transferTo.trim()) return setError(t('case.needsTransferTo'));
    const saved = await saveCase(db, { ...value, status: to, ...(to === 'transferred' ? { transferTo: transferTo.trim() } : {}) });
    setError(saved.ok ? null : saved.issues.map((i) => i.message).join('；'));
  };
  const next = CASE_TRANSITIONS[value.status];
  return (
    <>
      <div className="page-title">
        <Button size="small" onClick={onBack}>{t('nav.back')}</Button>
        <h1 data-testid="case-heading">{value.party.name} · {value.cause}</h1>
        <span className="state" data-testid="case-status" data-status={value.status}>{CASE_STATUS_ZH[value.status]}</span>
      </div>
      <section className="card">
        <dl className="fields">
          <div><dt>{t('case.no')}</dt><dd data-testid="case-no">{value.caseNo}</dd></div>
          <div><dt>{t('case.facts')}</dt><dd>{value.facts}</dd></div>
          <div><dt>{t('case.violated')}</dt><dd data-testid="case-violated">{cite(value.violatedKey)}</dd></div>
          <div><dt>{t('case.penaltyBasis')}</dt><dd>{cite(value.penaltyKey)}</dd></div>
          <div><dt>{t('case.officers')}</dt><dd>{value.officers.map((o) => o.name).join('、')}</dd></div>
          <div><dt>{t('case.openedAt')}</dt><dd>{dateTime(value.openedAt)}</dd></div>
          {value.transferTo ? <div><dt>{t('case.transferTo')}</dt><dd>{value.transferTo}</dd></div> : null}
          {value.servedAt ? <div><dt>{t('case.servedAt')}</dt><dd>{dateTime(value.servedAt)}</dd></div> : null}
        </dl>
        {enforcement && next.length > 0 ? (
          <div className="form">
            {next.includes('transferred') ? <label>{t('case.transferTo')}<input data-testid="case-transfer-to" value={transferTo} onChange={(e) => setTransferTo(e.target.value)} /></label> : null}
            <div className="action-buttons">
              {next.map((to) => <Button key={to} size="small" data-testid={`case-step-${to}`} onClick={() => void step(to)}>{t('case.stepTo', { status: CASE_STATUS_ZH[to] })}</Button>)}
            </div>
          </div>
        ) : null}
        {error ? <p className="form-error" role="alert">{error}</p> : null}
      </section>
      {enforcement ? <FirstViolationPanel value={value} actor={{ userId: author.principal.userId, displayName: author.principal.displayName }} /> : null}
      {renderDocuments?.(value)}
    </>
  );
}

import { useMemo, type ReactNode } from 'react';
import type { Enterprise, Role } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprises } from '../../db/enterpriseRepository';
import { observeHazardViews, type HazardView } from '../../db/hazardRepository';
import { useObservable } from '../../db/useObservable';
import { HAZARD_LEVEL, HAZARD_STATE } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh';
import { lastCounted, recheckQueue } from './recheckQueue';

type Section = 'submitted' | 'extensions' | 'overdue' | 'toConfirm';

/**
 * 复查与审批: the officer's queue over the hazards of their grids on this device — submitted
 * rectifications to re-check (pass → 销号, fail → back with a reason and new deadline), extension
 * requests to decide, overdue items and reports to confirm. Works offline; actions come through
 * `renderActions` from the hazards feature.
 */
export function RecheckQueuePage({ role, renderPhotos, renderActions }: {
  role: Role;
  renderPhotos?: (hashes: string[]) => ReactNode;
  renderActions?: (view: HazardView, section: Section) => ReactNode;
}) {
  const { t, label, dateTime } = useI18n();
  const db = useDatabase();
  const views = useObservable<HazardView[]>(() => observeHazardViews(db), [], [db]);
  const enterprises = useObservable<Enterprise[]>(() => observeEnterprises(db), [], [db]);
  const names = useMemo(() => new Map(enterprises.map((e) => [e.id, e.name])), [enterprises]);
  const queue = useMemo(() => recheckQueue(views, role), [views, role]);

  const row = (view: HazardView, section: Section) => {
    const { hazard, status } = view;
    const submission = section === 'submitted' ? lastCounted(view, 'submitRectification') : undefined;
    return (
      <div key={hazard.id} className="queue-row" data-testid="queue-item" data-section={section} data-id={hazard.id} data-state={status.state}>
        <div className="rect-card-head">
          <a className="rect-title" href={`#/hazards/${encodeURIComponent(hazard.id)}`}>{hazard.title}</a>
          <span className={`state state-${status.state}`}>{label(HAZARD_STATE, status.state)}</span>
          {status.level === 'major' ? <span className="level-major">{label(HAZARD_LEVEL, 'major')}</span> : null}
          {hazard.source === 'enterpriseSelfCheck' ? <span className="self-check-tag" data-testid="self-check-tag">{t('rect.selfCheckTag')}</span> : null}
        </div>
        <div className="muted">
          {names.get(hazard.enterpriseId) ?? hazard.enterpriseId} · {hazard.location}
          {status.deadline ? ` · ${t('rect.deadline', { date: status.deadline })}` : ''}
          {view.overdue ? <span className="deadline-overdue"> · {t('notify.kind.overdue')}</span> : null}
          {status.failedRechecks > 0 ? ` · ${t('recheck.failedBefore', { count: status.failedRechecks })}` : ''}
        </div>
        {submission ? (
          <div>
            <div>{t('recheck.measures', { measures: submission.payload.measures ?? '' })}{submission.payload.costYuan !== undefined ? ` · ${t('recheck.cost', { cost: submission.payload.costYuan })}` : ''}</div>
            <div className="muted">{t('recheck.submittedBy', { by: submission.actorName, time: dateTime(submission.verdict?.at ?? submission.deviceTime) })}</div>
            {renderPhotos && submission.payload.photos?.length ? renderPhotos(submission.payload.photos) : null}
          </div>
        ) : null}
        {section === 'extensions' && status.extension ? <div>{t('recheck.extensionAsk', { date: status.extension.requestedDeadline, reason: status.extension.reason })}</div> : null}
        {renderActions?.(view, section)}
      </div>
    );
  };
  const sections: [Section, MessageKey][] = [['submitted', 'recheck.submitted'], ['extensions', 'recheck.extensions'], ['overdue', 'recheck.overdue'], ['toConfirm', 'recheck.toConfirm']];
  return (
    <>
      <div className="page-title"><h1>{t('recheck.title')}</h1></div>
      {sections.map(([section, title]) => (
        <section key={section} className="card" data-testid={`queue-${section}`}>
          <h2>{t(title, { count: queue[section].length })}</h2>
          {queue[section].length === 0 ? <p className="muted">{t('recheck.empty')}</p> : queue[section].slice(0, 200).map((v) => row(v, section))}
        </section>
      ))}
    </>
  );
}

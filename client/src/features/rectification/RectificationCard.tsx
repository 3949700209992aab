import type { ReactNode } from 'react';
import { shanghaiDate, TO_RECTIFY_STATES } from '@anxun/shared-schema';
import type { HazardView } from '../../db/hazardRepository';
import { HAZARD_LEVEL, HAZARD_STATE } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { countdown, latestVerdict } from './rectificationList';

/** One hazard of the 整改清单: what was found (before photos), the basis, what to do, by when, and the last verdict. */
export function RectificationCard({ view, renderPhotos, renderActions }: {
  view: HazardView;
  renderPhotos?: (hashes: string[]) => ReactNode;
  renderActions?: (view: HazardView) => ReactNode;
}) {
  const { t, label, dateTime } = useI18n();
  const { hazard, status } = view;
  const due = status.deadline && TO_RECTIFY_STATES.includes(status.state) ? countdown(status.deadline, shanghaiDate(new Date())) : null;
  const verdict = latestVerdict(view);
  return (
    <article className="card rect-card" data-testid="rect-card" data-id={hazard.id} data-state={status.state} data-countdown={due?.kind ?? 'none'}>
      <header className="rect-card-head">
        <a className="rect-title" href={`#/hazards/${encodeURIComponent(hazard.id)}`}>{hazard.title}</a>
        <span className={`state state-${status.state}`}>{label(HAZARD_STATE, status.state)}</span>
        {status.level === 'major' ? <span className="level-major">{label(HAZARD_LEVEL, 'major')}</span> : null}
        {hazard.source === 'enterpriseSelfCheck' ? <span className="self-check-tag">{t('rect.selfCheckTag')}</span> : null}
      </header>
      {due && status.deadline ? (
        <div className={`rect-due rect-due-${due.kind}`} data-testid="rect-countdown">
          {t('rect.deadline', { date: status.deadline })} · {due.kind === 'left' ? t('rect.countdown.left', { days: due.days }) : due.kind === 'today' ? t('rect.countdown.today') : t('rect.countdown.overdue', { days: due.days })}
        </div>
      ) : null}
      {verdict ? (
        <div className={`rect-verdict rect-verdict-${verdict.kind}`} data-testid="rect-verdict" data-kind={verdict.kind}>
          {verdict.kind === 'recheckFailed' ? `${t('rect.verdict.recheckFailed', { reason: verdict.reason })}${verdict.deadline ? `，${t('rect.verdict.newDeadline', { date: verdict.deadline })}` : ''}`
            : verdict.kind === 'recheckPassed' ? t('rect.verdict.recheckPassed')
            : verdict.kind === 'extensionApproved' ? t('rect.verdict.extensionApproved', { date: verdict.deadline ?? '' })
            : `${t('rect.verdict.extensionRefused')}${verdict.reason ? `：${verdict.reason}` : ''}`}
          <span className="muted"> · {t('rect.verdict.by', { by: verdict.by, time: dateTime(verdict.at) })}</span>
        </div>
      ) : null}
      {status.extension ? <div className="muted">{t('rect.extensionAsked', { date: status.extension.requestedDeadline, reason: status.extension.reason })}</div> : null}
      {status.state === 'SUBMITTED' ? <div className="muted">{t('rect.waitingRecheck')}</div> : null}
      <p className="rect-text">{[hazard.location, hazard.description].filter(Boolean).join('：')}</p>
      {renderPhotos && hazard.photosBefore.length > 0 ? renderPhotos(hazard.photosBefore) : null}
      <dl className="rect-fields">
        <dt>{t('hazard.field.basis')}</dt><dd>{hazard.basis || t('common.none')}</dd>
        <dt>{t('hazard.field.measures')}</dt><dd>{hazard.requiredMeasures || t('common.none')}</dd>
      </dl>
      {renderActions?.(view)}
    </article>
  );
}

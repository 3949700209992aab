import { useState, type ReactNode } from 'react';
import { addDays, availableActions, newHazardEvent, newId, shanghaiDate, type EventAuthor, type HazardEventType } from '@anxun/shared-schema';
import type { AnxunDatabase } from '../../db/database';
import { addHazardEvent, type HazardView } from '../../db/hazardRepository';
import { HAZARD_EVENT } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { decisionPayload } from './reviewDecision';
import { StateBadges } from './StateBadges';
import { guardIssueText } from '../../i18n/problemText';
import type { MessageKey } from '../../i18n/zh';

const NEEDS_DEADLINE: readonly HazardEventType[] = ['confirmGeneral', 'confirmMajor', 'downgrade', 'decideExtension'];
const NEEDS_REASON: readonly HazardEventType[] = ['reject', 'void'];
/** Decisions with two outcomes, each its own button; a "no" to a plan or a re-check needs a reason (event schema). */
const TWO_WAY: Partial<Record<HazardEventType, { yes: MessageKey; no: MessageKey; testId: [string, string] }>> = {
  decideExtension: { yes: 'console.review.approve', no: 'console.review.refuse', testId: ['approveExtension', 'refuseExtension'] },
  approvePlan: { yes: 'console.review.approvePlan', no: 'console.review.returnPlan', testId: ['approvePlan', 'returnPlan'] },
  reviewResumption: { yes: 'console.review.recheckPass', no: 'console.review.recheckFail', testId: ['recheckPass', 'recheckFail'] },
};

/**
 * One hazard waiting for a decision, with the decisions the state machine allows this user now.
 * A decision is a hazard event written to the local database, exactly like the hazard screen's
 * actions: it goes through the outbox and the server judges it in its order.
 */
export function ReviewItem({ view, enterpriseName, actions, db, author, onSaved, renderPhotos }: {
  view: HazardView;
  enterpriseName: string;
  actions: readonly HazardEventType[];
  db: AnxunDatabase;
  author: EventAuthor;
  onSaved: () => void;
  renderPhotos?: ((hashes: string[]) => ReactNode) | undefined;
}) {
  const { t, label, dateTime } = useI18n();
  const { hazard, status } = view;
  const today = shanghaiDate(new Date());
  const allowed = availableActions(hazard, status, author).map((a) => a.type).filter((type) => actions.includes(type));
  const [acting, setActing] = useState<{ type: HazardEventType; approved: boolean } | null>(null);
  const [deadline, setDeadline] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const open = (type: HazardEventType, approved = true) => {
    setActing({ type, approved });
    setError(null);
    setText('');
    setDeadline(type === 'decideExtension' ? (status.extension?.requestedDeadline ?? '') : addDays(today, type === 'confirmMajor' ? 30 : 15));
  };
  const submit = async () => {
    if (!acting) return;
    const { type, approved } = acting;
    const payload = decisionPayload(type, approved, NEEDS_DEADLINE.includes(type) ? deadline : '', text, NEEDS_REASON.includes(type));
    const result = await addHazardEvent(db, newHazardEvent(hazard, type, payload, author, newId()));
    if (!result.ok) return setError(guardIssueText(result.issues, t));
    setActing(null);
    onSaved();
  };

  return (
    <div className="review-item" data-testid="review-item" data-hazard-id={hazard.id}>
      <div className="title">{hazard.title}</div>
      <div className="meta">{t('console.review.found', { enterprise: enterpriseName, time: dateTime(hazard.foundAt) })}</div>
      <StateBadges state={status.state} level={status.level} />
      {/* What the decision is about: the finding's description, place and photos (issue 13, item 15). */}
      {hazard.description ? <p className="review-description" data-testid="review-description">{hazard.description}</p> : null}
      {hazard.location ? <div className="meta">{t('hazard.field.location')}：{hazard.location}</div> : null}
      {hazard.photosBefore.length > 0 ? <div data-testid="review-photos">{renderPhotos?.(hazard.photosBefore)}</div> : null}
      <a className="review-drill" href={`#/console/overview/hazard/${encodeURIComponent(hazard.id)}`}>{t('console.review.details')}</a>
      {status.plan && status.state === 'LISTED' ? (
        <div className="meta" data-testid="review-plan">{t('console.review.plan', {
          measures: status.plan.measures, person: status.plan.responsiblePerson, cost: status.plan.costYuan, deadline: status.plan.deadline, plan: status.plan.emergencyPlan,
        })}</div>
      ) : null}
      {status.extension ? <div className="meta">{t('console.review.requested', { date: status.extension.requestedDeadline, reason: status.extension.reason })}</div> : null}
      <div className="action-buttons" style={{ marginTop: 6 }}>
        {allowed.flatMap((type) => { const two = TWO_WAY[type]; return two
          ? [
            <button key="approve" type="button" className="console-button primary" data-testid={`review-action-${two.testId[0]}`} onClick={() => open(type, true)}>{t(two.yes)}</button>,
            <button key="refuse" type="button" className="console-button danger" data-testid={`review-action-${two.testId[1]}`} onClick={() => open(type, false)}>{t(two.no)}</button>,
          ]
          : [<button key={type} type="button" className={`console-button ${NEEDS_REASON.includes(type) ? 'danger' : ''}`} data-testid={`review-action-${type}`} aria-pressed={acting?.type === type} onClick={() => open(type)}>{label(HAZARD_EVENT, type)}</button>]; })}
      </div>
      {acting ? (
        <form onSubmit={(e) => { e.preventDefault(); void submit(); }} data-testid={`review-form-${acting.type}`}>
          {NEEDS_DEADLINE.includes(acting.type) && acting.approved ? (
            <label>{t('hazard.field.deadline')} <input type="date" data-testid="review-deadline" value={deadline} min={today} onChange={(e) => setDeadline(e.target.value)} /></label>
          ) : null}
          <textarea rows={2} data-testid="review-text" placeholder={NEEDS_REASON.includes(acting.type) ? t('hazard.field.reason') : t('hazard.field.text')} value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="console-button primary" data-testid="review-submit">{t('hazard.submit')}</button>
          <button type="button" className="console-button" onClick={() => setActing(null)}>{t('edit.cancel')}</button>
          {error ? <p className="form-error" role="alert">{error}</p> : null}
        </form>
      ) : null}
    </div>
  );
}

import { useState, type ReactNode } from 'react';
import { addDays, availableActions, newHazardEvent, newId, shanghaiDate, type EventAuthor, type HazardEventPayload, type HazardEventType } from '@anxun/shared-schema';
import type { AnxunDatabase } from '../../db/database';
import { addHazardEvent, type HazardView } from '../../db/hazardRepository';
import { HAZARD_EVENT } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { StateBadges } from './StateBadges';
import { guardIssueText } from '../../i18n/problemText';

const NEEDS_DEADLINE: readonly HazardEventType[] = ['confirmGeneral', 'confirmMajor', 'downgrade', 'decideExtension'];
const NEEDS_REASON: readonly HazardEventType[] = ['reject', 'void'];

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
    const payload: HazardEventPayload = {
      ...(NEEDS_DEADLINE.includes(type) && approved && deadline ? { deadline } : {}),
      ...(type === 'decideExtension' ? { approved } : {}),
      ...(text.trim() ? (NEEDS_REASON.includes(type) ? { reason: text.trim() } : { text: text.trim() }) : {}),
    };
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
      {status.extension ? <div className="meta">{t('console.review.requested', { date: status.extension.requestedDeadline, reason: status.extension.reason })}</div> : null}
      <div className="action-buttons" style={{ marginTop: 6 }}>
        {allowed.flatMap((type) => type === 'decideExtension'
          ? [
            <button key="approve" type="button" className="console-button primary" data-testid="review-action-approveExtension" onClick={() => open(type, true)}>{t('console.review.approve')}</button>,
            <button key="refuse" type="button" className="console-button danger" data-testid="review-action-refuseExtension" onClick={() => open(type, false)}>{t('console.review.refuse')}</button>,
          ]
          : [<button key={type} type="button" className={`console-button ${NEEDS_REASON.includes(type) ? 'danger' : ''}`} data-testid={`review-action-${type}`} aria-pressed={acting?.type === type} onClick={() => open(type)}>{label(HAZARD_EVENT, type)}</button>])}
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

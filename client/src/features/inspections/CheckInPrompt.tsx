import { useEffect, useRef, useState } from 'react';
import { Button } from '../../ui/kit';
import type { CheckInPlace } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import './checkIn.css';

/**
 * Shown before an inspection starts away from the enterprise (or with no position): the officer
 * says why, and the supervisor later sees 非现场 with that reason. Nothing starts without it.
 */
export function CheckInPrompt({ place, accuracyMetres, onStart, onCancel }: {
  place: CheckInPlace;
  accuracyMetres: number | undefined;
  onStart: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const box = useRef<HTMLElement>(null);
  // The officer tapped a checklist further down: bring the question to them (a phone shows one screen).
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'center' });
  }, []);
  const why = place.kind === 'offSite'
    ? t('checkIn.offSiteExplain', { distance: place.distanceMetres, radius: place.radiusMetres, accuracy: Math.round(accuracyMetres ?? 0) })
    : t('checkIn.noPositionExplain');
  return (
    <section ref={box} className="card action-form check-in-prompt" data-testid="check-in-prompt" data-place={place.kind} role="alertdialog" aria-labelledby="check-in-prompt-title">
      <h2 id="check-in-prompt-title">{t(place.kind === 'offSite' ? 'checkIn.offSiteTitle' : 'checkIn.noPositionTitle')}</h2>
      <p>{why}</p>
      <label>{t('checkIn.reason')}
        <textarea data-testid="off-site-reason" value={reason} maxLength={200} rows={2} placeholder={t('checkIn.reasonHint')} onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="form-actions">
        <Button color="primary" data-testid="start-off-site" disabled={reason.trim().length === 0} onClick={() => onStart(reason.trim())}>{t('checkIn.startAnyway')}</Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </section>
  );
}

import type { ReactNode } from 'react';
import type { HazardEvent, HazardStatus } from '@anxun/shared-schema';
import { HAZARD_EVENT } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { refusalText } from '../../i18n/refusalText';

/** Every event with its author, device time, server verdict; refused ones stay visible with the reason. */
export function HazardTimeline({ events, status, renderPhotos }: { events: HazardEvent[]; status: HazardStatus; renderPhotos?: (hashes: string[]) => ReactNode }) {
  const { t, label, dateTime, language } = useI18n();
  const ordered = [...events].sort((a, b) => (a.verdict?.seq ?? Number.MAX_SAFE_INTEGER) - (b.verdict?.seq ?? Number.MAX_SAFE_INTEGER) || a.deviceTime.localeCompare(b.deviceTime));
  return (
    <ol className="timeline" data-testid="hazard-timeline">
      {ordered.map((e) => {
        const refused = status.rejected.find((r) => r.eventId === e.id);
        const className = refused ? 'rejected' : e.verdict ? 'accepted' : 'pending';
        const verdictText = e.payload.passed === undefined ? undefined : e.payload.passed ? t('hazard.result.passed') : t('hazard.result.failed');
        const details = [verdictText, e.payload.deadline && `${t('hazard.field.deadline')} ${e.payload.deadline}`, e.payload.reason, e.payload.measures, e.payload.text].filter(Boolean).join(' · ');
        return (
          <li key={e.id} className={className} data-testid="timeline-event" data-type={e.type} data-verdict={e.verdict ? String(e.verdict.accepted) : 'pending'}>
            <div className="what">{label(HAZARD_EVENT, e.type)} · {e.actorName}</div>
            {details ? <div>{details}</div> : null}
            {e.payload.photos && e.payload.photos.length > 0 ? (renderPhotos ? renderPhotos(e.payload.photos) : <div className="muted">📷 {e.payload.photos.length}</div>) : null}
            <div className="when">
              {t('hazard.deviceTime', { time: dateTime(e.deviceTime) })}
              {e.verdict ? ` · ${t('hazard.serverTime', { time: dateTime(e.verdict.at) })}` : ` · ${t('hazard.pending')}`}
            </div>
            {refused ? <div className="form-error" data-testid="refusal-reason">{t(refused.final ? 'hazard.rejectedBy' : 'hazard.willBeRejected', { reason: refusalText(refused, language) })}</div> : null}
          </li>
        );
      })}
    </ol>
  );
}

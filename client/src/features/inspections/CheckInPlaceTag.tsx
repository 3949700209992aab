import { checkInPlace, type Enterprise, type Inspection } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import './checkIn.css';

/** 现场签到 / 非现场 (with distance and reason) / 无定位: measured against the enterprise as stored, never a flag the device set. */
export function CheckInPlaceTag({ inspection, enterprise, warningsOnly = false }: {
  inspection: Pick<Inspection, 'checkIn' | 'type'>;
  enterprise: Pick<Enterprise, 'location' | 'checkInRadiusMetres'> | null;
  /** In lists: show only 非现场 and 无定位, the check-ins a supervisor must notice. */
  warningsOnly?: boolean;
}) {
  const { t } = useI18n();
  if (inspection.type === 'selfCheck' || !inspection.checkIn || !enterprise) return null;
  const place = checkInPlace(enterprise, inspection.checkIn);
  const reason = inspection.checkIn.offSiteReason;
  if (warningsOnly && (place.kind === 'onSite' || place.kind === 'noEnterpriseLocation')) return null;
  if (place.kind === 'onSite') return <span className="check-in-place" data-testid="check-in-place" data-place="onSite">{t('checkIn.onSite', { distance: place.distanceMetres })}</span>;
  if (place.kind === 'noEnterpriseLocation') return <span className="check-in-place" data-testid="check-in-place" data-place={place.kind}>{t('checkIn.noEnterpriseLocation')}</span>;
  const label = place.kind === 'offSite' ? t('checkIn.offSite', { distance: place.distanceMetres }) : t('checkIn.noPosition');
  return (
    <span className="check-in-place" data-testid="check-in-place" data-place={place.kind} title={reason}>
      {label}{reason ? ` · ${t('checkIn.reasonShown', { reason })}` : ''}
    </span>
  );
}

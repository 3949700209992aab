import { observePhotoCounts, type PhotoStatus } from '../db/photoBlobs';
import { useObservable } from '../db/useObservable';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';

/** Photos on this device by upload state, for the outbox view. */
export function PhotoQueueSummary() {
  const { t } = useI18n();
  const counts = useObservable<Record<PhotoStatus, number>>(() => observePhotoCounts(), { pending: 0, uploading: 0, uploaded: 0, failed: 0 }, []);
  return (
    <p data-testid="outbox-photos" data-pending={counts.pending + counts.uploading + counts.failed}>
      {(['pending', 'uploading', 'failed', 'uploaded'] as const).map((s) => `${t(`photo.status.${s}` as MessageKey)} ${counts[s]}`).join(' · ')}
    </p>
  );
}

import { useSyncExternalStore } from 'react';
import { observePhotoBacklog, observePhotoCounts, type PhotoStatus } from '../db/photoBlobs';
import { useObservable } from '../db/useObservable';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';
import { useSyncServices } from '../sync/SyncContext';

const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

/**
 * Photos on this device by upload state, for 待同步: while some wait, the upload's progress
 * (n of m, bytes), what happens next (offline: 联网后自动上传) and a manual 立即重试.
 */
export function PhotoQueueSummary() {
  const { t } = useI18n();
  const { photos } = useSyncServices();
  const counts = useObservable<Record<PhotoStatus, number>>(() => observePhotoCounts(), { pending: 0, uploading: 0, uploaded: 0, failed: 0 }, []);
  const backlog = useObservable(() => observePhotoBacklog(), { count: 0, bytes: 0 }, []);
  const progress = useSyncExternalStore((l) => photos.subscribe(l), () => photos.progress());
  const online = useSyncExternalStore((l) => {
    window.addEventListener('online', l);
    window.addEventListener('offline', l);
    return () => {
      window.removeEventListener('online', l);
      window.removeEventListener('offline', l);
    };
  }, () => navigator.onLine);
  const waiting = counts.pending + counts.uploading + counts.failed;
  const total = progress.done + backlog.count;
  const totalBytes = progress.bytesDone + backlog.bytes;
  return (
    <div data-testid="outbox-photos" data-pending={waiting}>
      <p>{(['pending', 'uploading', 'failed', 'uploaded'] as const).map((s) => `${t(`photo.status.${s}` as MessageKey)} ${counts[s]}`).join(' · ')}</p>
      {waiting > 0 ? (
        <div className="photo-progress" data-testid="photo-progress">
          <p className={online ? undefined : 'muted'}>
            {online ? t('photo.progress', { done: progress.done, total, doneMb: mb(progress.bytesDone), totalMb: mb(totalBytes) }) : t('photo.offlineWaiting')}
          </p>
          <div className="progress" role="progressbar" aria-label={t('photo.progressLabel')} aria-valuemin={0} aria-valuemax={totalBytes} aria-valuenow={progress.bytesDone}>
            <span style={{ width: `${totalBytes > 0 ? Math.round((progress.bytesDone / totalBytes) * 100) : 0}%` }} />
          </div>
          <button type="button" className="link-button" data-testid="photo-retry" onClick={photos.retryNow}>{t('photo.retryNow')}</button>
        </div>
      ) : null}
    </div>
  );
}

import { observePhotoCounts, type PhotoStatus } from '../../db/photoBlobs';
import { useSyncExternalStore } from 'react';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { problemText } from '../../i18n/problemText';
import { sessions } from '../../sync/services';
import { useSyncStatus } from '../../sync/SyncContext';
import { syncHeadline } from '../../sync/syncStatus';

/**
 * Online or offline, changes and photos waiting, last sync and errors: visible on every screen.
 * 已全部同步 means documents AND photos reached the server and this device may still sync; a
 * device that must sign in again shows red and says so instead.
 */
export function SyncIndicator() {
  const { t, dateTime } = useI18n();
  const status = useSyncStatus();
  const photos = useObservable<Record<PhotoStatus, number>>(() => observePhotoCounts(), { pending: 0, uploading: 0, uploaded: 0, failed: 0 }, []);
  const photosWaiting = photos.pending + photos.uploading + photos.failed;
  const revoked = useSyncExternalStore((l) => sessions.subscribe(l), () => sessions.get()).revoked === true;
  const headline = syncHeadline(status);
  const last = status.lastSyncAt ? t('sync.last', { time: dateTime(status.lastSyncAt) }) : t('sync.never');
  // 已全部同步: documents AND photos, a server answer since the page opened, and no sign-in needed.
  const allSynced = headline === 'allSynced' && photosWaiting === 0;
  return (
    <div className="sync-indicator" data-testid="sync-indicator" data-online={String(status.online)} data-needs-sign-in={String(status.needsSignIn)} data-pending={status.pending} data-reached={String(status.reached)} data-photos-pending={photosWaiting} title={status.error ? problemText(status.error, t) : last} role="status">
      <span className="dot" aria-hidden />
      <span>{status.online ? t('sync.online') : t('sync.offline')}</span>
      {/* Signed out, or no server answer since this page opened: never claim 已全部同步 then. */}
      {headline === 'pending' ? <span className="pending">{t('sync.pending', { count: status.pending })}</span> : headline === 'connecting' ? <span>{t('sync.connecting')}</span> : null}
      {photosWaiting > 0 ? <span className="pending">{t('sync.photos', { count: photosWaiting })}</span> : null}
      {allSynced ? <span>{t('sync.allSynced')}</span> : null}
      <a className="last" href="#/outbox">{last}</a>
      {status.needsSignIn ? <span className="error" data-testid="sync-sign-in">{t(revoked ? 'sync.revoked' : 'sync.signIn')}</span> : status.error ? <a className="error" href="#/outbox">{t('sync.trouble')}</a> : null}
    </div>
  );
}

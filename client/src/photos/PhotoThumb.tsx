import { useEffect, useMemo, useState } from 'react';
import { observePhoto, type StoredPhoto } from '../db/photoBlobs';
import { useObservable } from '../db/useObservable';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';
import { api } from '../sync/services';

const RETRY_MS = 20_000;

/**
 * One photo by hash: this device's copy if it has one, else the server's; a photo that has not
 * reached the server yet (taken on another device) shows as on its way.
 */
export function PhotoThumb({ hash }: { hash: string }) {
  const { t } = useI18n();
  const local = useObservable<StoredPhoto | undefined | null>(() => observePhoto(hash), null, [hash]);
  const [remote, setRemote] = useState<Blob | 'missing' | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (local === null || local) return;
    let cancelled = false;
    api.downloadPhoto(hash).then((blob) => !cancelled && setRemote(blob ?? 'missing'), () => !cancelled && setRemote('missing'));
    return () => {
      cancelled = true;
    };
  }, [hash, local, attempt]);
  useEffect(() => {
    // A photo asked for offline, or not uploaded yet by its device, is asked for again when the
    // network returns and every so often: it shows up without leaving the page.
    if (remote !== 'missing') return;
    const again = () => setAttempt((n) => n + 1);
    const timer = window.setTimeout(again, RETRY_MS);
    window.addEventListener('online', again);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('online', again);
    };
  }, [remote, attempt]);
  const blob = local?.blob ?? (remote instanceof Blob ? remote : null);
  const url = useMemo(() => (blob ? URL.createObjectURL(blob) : null), [blob]);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  const status = local ? local.status : remote instanceof Blob ? 'uploaded' : remote === 'missing' ? 'onItsWay' : 'loading';
  // Offline is not a failure (grey, goes up by itself); a refusal says what to do; no raw errors.
  const waitingOffline = local !== null && local !== undefined && local.status !== 'uploaded' && (local.offline === true || !navigator.onLine);
  const caption = waitingOffline ? t('photo.offline') : local?.status === 'failed' ? t(local.permanent ? 'photo.refused' : 'photo.retrying') : t(`photo.status.${status}` as MessageKey);
  return (
    <figure className="photo-thumb" data-testid="photo-thumb" data-hash={hash} data-status={status} data-offline={waitingOffline ? 'true' : undefined}>
      {url ? <img src={url} alt="" /> : <span className="placeholder">{t('photo.onItsWay')}</span>}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

export function PhotoStrip({ hashes }: { hashes: readonly string[] }) {
  return hashes.length === 0 ? null : <div className="photo-strip">{hashes.map((h) => <PhotoThumb key={h} hash={h} />)}</div>;
}

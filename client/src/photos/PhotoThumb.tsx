import { useEffect, useMemo, useState } from 'react';
import { observePhoto, type StoredPhoto } from '../db/photoBlobs';
import { useObservable } from '../db/useObservable';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';
import { api } from '../sync/services';

/**
 * One photo by hash: this device's copy if it has one, else the server's; a photo that has not
 * reached the server yet (taken on another device) shows as on its way.
 */
export function PhotoThumb({ hash }: { hash: string }) {
  const { t } = useI18n();
  const local = useObservable<StoredPhoto | undefined | null>(() => observePhoto(hash), null, [hash]);
  const [remote, setRemote] = useState<Blob | 'missing' | null>(null);
  useEffect(() => {
    if (local === null || local) return;
    let cancelled = false;
    api.downloadPhoto(hash).then((blob) => !cancelled && setRemote(blob ?? 'missing'), () => !cancelled && setRemote('missing'));
    return () => {
      cancelled = true;
    };
  }, [hash, local]);
  const blob = local?.blob ?? (remote instanceof Blob ? remote : null);
  const url = useMemo(() => (blob ? URL.createObjectURL(blob) : null), [blob]);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  const status = local ? local.status : remote instanceof Blob ? 'uploaded' : remote === 'missing' ? 'onItsWay' : 'loading';
  return (
    <figure className="photo-thumb" data-testid="photo-thumb" data-hash={hash} data-status={status}>
      {url ? <img src={url} alt="" /> : <span className="placeholder">{t('photo.onItsWay')}</span>}
      <figcaption>{t(`photo.status.${status}` as MessageKey)}{local?.lastError && local.status === 'failed' ? ` · ${local.lastError}` : ''}</figcaption>
    </figure>
  );
}

export function PhotoStrip({ hashes }: { hashes: readonly string[] }) {
  return hashes.length === 0 ? null : <div className="photo-strip">{hashes.map((h) => <PhotoThumb key={h} hash={h} />)}</div>;
}

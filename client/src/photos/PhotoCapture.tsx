import { useState } from 'react';
import { savePhoto } from '../db/photoBlobs';
import { useI18n } from '../i18n/I18nProvider';
import { preparePhoto } from './downscale';

/** Takes photos with the camera (or picks files), downscales and stores them on the device, then reports their hashes. */
export function PhotoCapture({ onAdded, onStored }: { onAdded: (hashes: string[]) => void; onStored?: () => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const take = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setBusy(true);
    setError(null);
    const hashes: string[] = [];
    for (const file of Array.from(files)) {
      try {
        const photo = await preparePhoto(file);
        await savePhoto(photo);
        hashes.push(photo.hash);
      } catch {
        setError(t('photo.unreadable', { name: file.name }));
      }
    }
    setBusy(false);
    if (hashes.length > 0) {
      onAdded(hashes);
      onStored?.();
    }
  };
  return (
    <label className="photo-capture">
      <span className="link-button">{busy ? t('photo.processing') : t('photo.take')}</span>
      <input type="file" accept="image/*" capture="environment" multiple data-testid="photo-input" hidden onChange={(e) => void take(e.target.files)} />
      {error ? <span className="form-error" role="alert">{error}</span> : null}
    </label>
  );
}

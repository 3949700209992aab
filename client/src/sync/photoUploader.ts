import { photosDue, updatePhoto } from '../db/photoBlobs';
import { backoffMs, isPermanentUploadFailure } from '../photos/photoBackoff';
import { ApiError, type ApiClient } from './apiClient';

export interface PhotoUploader {
  /** Try now (a new photo was taken, the device came back online). */
  kick(): void;
  stop(): void;
}

/**
 * Uploads photos separately from documents, two at a time, with backoff. A document may reach the
 * server before its photos; screens show such a photo as on its way.
 */
export function startPhotoUploads(api: ApiClient, onUploaded: () => void = () => undefined): PhotoUploader {
  let stopped = false;
  let running = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const runOnce = async () => {
    if (running || stopped) return;
    running = true;
    try {
      for (;;) {
        const due = await photosDue(Date.now());
        if (due.length === 0 || stopped) break;
        await Promise.all(due.map(async (photo) => {
          await updatePhoto(photo.hash, { status: 'uploading' });
          try {
            await api.uploadPhoto(photo.hash, photo.blob);
            await updatePhoto(photo.hash, { status: 'uploaded', lastError: undefined });
            onUploaded();
          } catch (error) {
            const status = error instanceof ApiError ? error.status : 0;
            const attempts = photo.attempts + 1;
            await updatePhoto(photo.hash, {
              status: 'failed', attempts, lastError: error instanceof Error ? error.message : String(error),
              permanent: isPermanentUploadFailure(status), nextAttemptAt: Date.now() + backoffMs(attempts),
            });
          }
        }));
      }
    } finally {
      running = false;
      if (!stopped) timer = setTimeout(() => void runOnce(), 5_000);
    }
  };
  const kick = () => {
    clearTimeout(timer);
    void runOnce();
  };
  window.addEventListener('online', kick);
  kick();
  return {
    kick,
    stop() {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', kick);
    },
  };
}

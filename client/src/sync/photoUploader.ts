import { countPhotosWaiting, photosDue, retryPhotosNow, updatePhoto } from '../db/photoBlobs';
import { backoffMs, isPermanentUploadFailure } from '../photos/photoBackoff';
import { ApiError, type ApiClient } from './apiClient';

/** This run of uploads: photos and bytes sent since the queue was last empty (n of m, bytes). */
export interface PhotoProgress {
  done: number;
  bytesDone: number;
}

export interface PhotoUploader {
  /** Try now (a new photo was taken). */
  kick(): void;
  /** Try every waiting photo now, ignoring backoff (back online, or the user tapped 立即重试). */
  retryNow(): void;
  progress(): PhotoProgress;
  subscribe(listener: () => void): () => void;
  stop(): void;
}

/** No answer at all (fetch threw, or the browser knows it is offline): not the photo's fault. */
const isNetworkFailure = (error: unknown) => !(error instanceof ApiError) || error.status === 0 || !navigator.onLine;

/**
 * Uploads photos separately from documents, two at a time, with backoff. A document may reach the
 * server before its photos; screens show such a photo as on its way. Offline is not a failure: the
 * photo waits, marked offline, and goes up the moment the `online` event fires.
 */
export function startPhotoUploads(api: Pick<ApiClient, 'uploadPhoto'>, onUploaded: () => void = () => undefined): PhotoUploader {
  let stopped = false;
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let progress: PhotoProgress = { done: 0, bytesDone: 0 };
  const listeners = new Set<() => void>();
  const setProgress = (next: PhotoProgress) => {
    progress = next;
    for (const l of listeners) l();
  };

  const runOnce = async () => {
    if (stopped) return;
    // A kick during a run (a reconnect mid-upload) runs the queue again rather than being lost.
    if (running) return void (again = true);
    running = true;
    try {
      do {
        again = false;
        for (;;) {
          const due = navigator.onLine ? await photosDue(Date.now()) : [];
          if (due.length === 0 || stopped) break;
          await Promise.all(due.map(async (photo) => {
            await updatePhoto(photo.hash, { status: 'uploading' });
            try {
              await api.uploadPhoto(photo.hash, photo.blob);
              await updatePhoto(photo.hash, { status: 'uploaded', lastError: undefined, offline: false });
              setProgress({ done: progress.done + 1, bytesDone: progress.bytesDone + photo.bytes });
              onUploaded();
            } catch (error) {
              const status = error instanceof ApiError ? error.status : 0;
              const offline = isNetworkFailure(error);
              const attempts = offline ? photo.attempts : photo.attempts + 1;
              await updatePhoto(photo.hash, {
                status: offline ? 'pending' : 'failed', attempts, offline, lastError: error instanceof Error ? error.message : String(error),
                permanent: isPermanentUploadFailure(status), nextAttemptAt: Date.now() + backoffMs(Math.max(1, attempts)),
              });
            }
          }));
        }
      } while (again && !stopped);
      // The queue ran dry: the next photo starts a new "n of m".
      if (progress.done > 0 && (await countPhotosWaiting()) === 0) setProgress({ done: 0, bytesDone: 0 });
    } finally {
      running = false;
      if (!stopped) timer = setTimeout(() => void runOnce(), 5_000);
    }
  };
  const kick = () => {
    clearTimeout(timer);
    void runOnce();
  };
  const retryNow = () => {
    clearTimeout(timer);
    void retryPhotosNow().then(runOnce);
  };
  window.addEventListener('online', retryNow);
  kick();
  return {
    kick,
    retryNow,
    progress: () => progress,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', retryNow);
    },
  };
}

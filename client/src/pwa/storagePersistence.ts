export interface StorageReport {
  usedBytes: number | null;
  quotaBytes: number | null;
  persisted: boolean;
}

type StorageApi = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

const ASKED_KEY = 'anxun.persistenceAsked';

/**
 * Asks the browser, once per device, to keep this origin's data (IndexedDB, photos) under
 * storage pressure: a tablet offline for a shift must not lose its work to eviction. Asking again
 * after a refusal only nags (some browsers show a prompt), so the question is remembered.
 */
export async function requestPersistenceOnce(storage: StorageApi | undefined = navigator.storage, flags: Storage = localStorage): Promise<boolean> {
  if (!storage) return false;
  if (await storage.persisted()) return true;
  if (flags.getItem(ASKED_KEY)) return false;
  flags.setItem(ASKED_KEY, new Date().toISOString());
  return storage.persist();
}

/** How much this origin stores and may store, for the settings screen. */
export async function readStorageReport(storage: StorageApi | undefined = navigator.storage): Promise<StorageReport> {
  if (!storage) return { usedBytes: null, quotaBytes: null, persisted: false };
  const [persisted, estimate] = await Promise.all([storage.persisted(), storage.estimate()]);
  return { usedBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null, persisted };
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '—';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

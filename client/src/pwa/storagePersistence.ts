export interface StorageReport {
  usedBytes: number | null;
  quotaBytes: number | null;
  persisted: boolean;
}

/**
 * Asks the browser to keep this origin's data (IndexedDB, photos) even under storage pressure:
 * a tablet offline for a shift must not lose its work to eviction.
 */
export async function requestPersistentStorage(): Promise<StorageReport> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage) return { usedBytes: null, quotaBytes: null, persisted: false };
  const persisted = (await storage.persisted?.()) || (await storage.persist?.()) || false;
  const estimate = await storage.estimate?.();
  return { usedBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null, persisted };
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

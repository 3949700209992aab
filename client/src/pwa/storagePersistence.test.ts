import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../testing/MemoryStorage';
import { formatBytes, readStorageReport, requestPersistenceOnce } from './storagePersistence';

function fakeStorageManager(grant: boolean) {
  let persisted = false;
  let asked = 0;
  return {
    get asked() {
      return asked;
    },
    persisted: () => Promise.resolve(persisted),
    persist: () => {
      asked += 1;
      persisted = grant;
      return Promise.resolve(grant);
    },
    estimate: () => Promise.resolve({ usage: 5 * 1024 * 1024, quota: 2 * 1024 ** 3 }),
  };
}

describe('requestPersistenceOnce', () => {
  it('asks once and does not ask again after a refusal', async () => {
    const manager = fakeStorageManager(false);
    const flags = new MemoryStorage();
    expect(await requestPersistenceOnce(manager, flags)).toBe(false);
    expect(await requestPersistenceOnce(manager, flags)).toBe(false);
    expect(manager.asked).toBe(1);
  });

  it('reports a grant without asking again', async () => {
    const manager = fakeStorageManager(true);
    const flags = new MemoryStorage();
    expect(await requestPersistenceOnce(manager, flags)).toBe(true);
    expect(await requestPersistenceOnce(manager, flags)).toBe(true);
    expect(manager.asked).toBe(1);
  });
});

describe('readStorageReport', () => {
  it('reads usage, quota and whether storage is persistent', async () => {
    expect(await readStorageReport(fakeStorageManager(false))).toEqual({ usedBytes: 5 * 1024 * 1024, quotaBytes: 2 * 1024 ** 3, persisted: false });
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
    expect(formatBytes(null)).toBe('—');
  });
});

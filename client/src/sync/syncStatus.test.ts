import { describe, expect, it } from 'vitest';
import { SyncStatusStore, syncHeadline } from './syncStatus';

describe('the header summary', () => {
  it('never says 已全部同步 before the server has answered since the page opened', () => {
    const fresh = new SyncStatusStore({ online: true }).get();
    expect(fresh.reached).toBe(false);
    expect(syncHeadline(fresh)).toBe('connecting');
    expect(syncHeadline({ ...fresh, online: false })).toBeNull();
    expect(syncHeadline({ ...fresh, reached: true })).toBe('allSynced');
  });

  it('puts waiting changes first and says nothing of sync while signed out', () => {
    expect(syncHeadline({ pending: 2, needsSignIn: true, reached: true, online: true })).toBe('pending');
    expect(syncHeadline({ pending: 0, needsSignIn: true, reached: true, online: true })).toBeNull();
  });
});

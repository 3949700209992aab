import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Principal } from '@anxun/shared-schema';
import type { OpenedStore } from './openStore';

const user: Principal = { userId: 'u-e1', username: 'e1', displayName: '企业', role: 'enterprise', gridIds: [], enterpriseId: 'e1' };
const t0 = new Date('2026-05-01T00:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const GRACE = 30_000;

/** Sessions and sign-in throttling, on every store: the state several instances share. */
export function authContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Sessions and throttling — ${name}`, () => {
    let opened: OpenedStore;
    beforeEach(async () => {
      opened = await open();
      await opened.store.upsertUser({ principal: user, passwordHash: 'hash' });
    });
    afterEach(() => opened.store.close());

    it('spends each refresh token once, answers a quick reuse softly and revokes the family on a late one', async () => {
      const { auth } = opened.store;
      await auth.startSession({ id: 's1', userId: user.userId, deviceId: 'tablet' }, t0);
      await auth.saveRefreshToken('r1', 's1', at(86_400));
      await auth.saveRefreshToken('r-old', 's1', at(-1));
      expect(await auth.useRefreshToken('r1', at(10), GRACE)).toEqual({ kind: 'rotated', userId: user.userId, deviceId: 'tablet', sessionId: 's1' });
      expect(await auth.useRefreshToken('r-old', at(10), GRACE)).toEqual({ kind: 'unknown' });
      expect(await auth.useRefreshToken('nope', at(10), GRACE)).toEqual({ kind: 'unknown' });
      await auth.saveRefreshToken('r2', 's1', at(86_400));
      expect((await auth.useRefreshToken('r1', at(40), GRACE)).kind).toBe('reusedInGrace');
      expect((await auth.findUserInSession(user.userId, 's1'))?.live).toBe(true);
      expect((await auth.useRefreshToken('r1', at(41), GRACE)).kind).toBe('reused');
      expect((await auth.findUserInSession(user.userId, 's1'))?.live).toBe(false);
      expect((await auth.useRefreshToken('r2', at(42), GRACE)).kind).toBe('revoked');
      expect((await auth.listSessions(user.userId))[0]).toMatchObject({ id: 's1', lastUsedAt: at(10), revokedAt: at(41) });
    });

    it('finds no live session for another user or an unknown id', async () => {
      const { auth } = opened.store;
      await auth.startSession({ id: 's1', userId: user.userId, deviceId: 'tablet' }, t0);
      expect((await auth.findUserInSession(user.userId, 'other'))?.live).toBe(false);
      expect(await auth.findUserInSession('u-nobody', 's1')).toBeUndefined();
      expect(await auth.revokeSessions({ userId: user.userId }, 'logout_all', at(1))).toBe(1);
      expect(await auth.revokeSessions({ userId: user.userId }, 'logout_all', at(2))).toBe(0);
    });

    it('locks a key on its tenth failure, whichever instance counted them', async () => {
      const { auth } = opened.store;
      const keys = ['account:e1', 'address:10.0.0.1'] as const;
      // All at once, as from several instances: none of the ten may be lost to a race.
      const started = await Promise.all(Array.from({ length: 10 }, (_, i) => auth.recordLoginFailure(i % 2 ? keys : [keys[0]], at(i))));
      expect(started.flat()).toHaveLength(1);
      const [account, address] = await auth.loginLocks(keys, at(20));
      expect(account?.getTime()).toBeGreaterThan(at(20).getTime());
      expect(address).toBeNull();
      await auth.clearLoginFailures('account:e1');
      expect(await auth.loginLocks(keys, at(20))).toEqual([null, null]);
    });
  });
}

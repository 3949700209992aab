import type { Session } from '@anxun/shared-schema';

/** A signed-in grid officer, for tests of the session and the API client. */
export const sampleSession: Session = {
  accessToken: 'access-1',
  accessExpiresAt: '2026-03-01T01:15:00.000Z',
  refreshToken: 'refresh-token-1',
  principal: { userId: 'u-wangge', username: 'wangge', displayName: '王格', role: 'officer', officerKind: 'grid', gridIds: ['grid-1'] },
};

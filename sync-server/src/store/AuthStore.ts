import type { OfficerKind, Principal, Role } from '@anxun/shared-schema';
import type { UserRecord } from './Store';

/** One sign-in of one device: its refresh-token family and the access tokens naming it. */
export interface AuthSessionRecord {
  id: string;
  userId: string;
  deviceId: string;
  createdAt: Date;
  lastUsedAt: Date;
  revokedAt: Date | null;
}

/** What presenting a refresh token did. Only `rotated` may be answered with new tokens. */
export type RefreshOutcome =
  | { kind: 'rotated'; userId: string; deviceId: string; sessionId: string }
  /** Unknown, expired, or spent before sessions existed. */
  | { kind: 'unknown' }
  | { kind: 'revoked'; userId: string; sessionId: string }
  /** Spent moments ago: two refreshes raced on one device; nothing is revoked. */
  | { kind: 'reusedInGrace'; userId: string; sessionId: string }
  /** Spent before the grace: a copy is in someone else's hands, so the family is now revoked. */
  | { kind: 'reused'; userId: string; sessionId: string };

export interface AuthEvent {
  at: Date;
  action: 'login' | 'login_locked' | 'refresh_reused' | 'logout' | 'logout_all' | 'revoke_sessions' | 'password_changed';
  actorId?: string | undefined;
  targetUserId?: string | undefined;
  sessionId?: string | undefined;
  clientAddress?: string | undefined;
  detail?: string | undefined;
}

/** A user with a place under some area: what the supervisor's account list shows, plus where they work. */
export interface UserInArea {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  officerKind: OfficerKind | null;
  enterpriseName: string | null;
  gridNames: string[];
  /** As areaCodesOf gives them: the caller judges reach with mayManageSessionsOf on these. */
  areaCodes: string[];
  liveSessions: number;
  lastUsedAt: Date | null;
  disabled: boolean;
  /** 执法证号 of an enforcement officer. */
  badgeNo: string | null;
}

/** Sessions, sign-in throttling and their audit (store/authSql.ts). */
export interface AuthStore {
  startSession(session: { id: string; userId: string; deviceId: string }, now: Date): Promise<void>;
  saveRefreshToken(tokenHash: string, sessionId: string, expiresAt: Date): Promise<void>;
  /** Spends a refresh token; reuse after `graceMs` revokes its whole session. */
  useRefreshToken(tokenHash: string, now: Date, graceMs: number): Promise<RefreshOutcome>;
  /** The user with whether this session of theirs is still live, in one query (every request). */
  findUserInSession(userId: string, sessionId: string): Promise<{ user: UserRecord; live: boolean } | undefined>;
  /** Revokes one session, or every live session of a user; returns how many it ended. */
  revokeSessions(which: { sessionId: string } | { userId: string; exceptSessionId?: string }, reason: string, now: Date): Promise<number>;
  listSessions(userId: string): Promise<AuthSessionRecord[]>;
  /** Area codes of the grids and enterprise a user works in, plus their own area. */
  areaCodesOf(principal: Principal): Promise<string[]>;
  /** Users with a grid, enterprise or own area under `areaCode` (a prefix), by role and name. */
  usersUnder(areaCode: string): Promise<UserInArea[]>;
  /** When each key's current lock ends (null: not locked), in the order of `keys`. */
  loginLocks(keys: readonly string[], now: Date): Promise<(Date | null)[]>;
  /** Counts a failed sign-in against every key; returns the locks this failure started. */
  recordLoginFailure(keys: readonly string[], now: Date): Promise<Date[]>;
  clearLoginFailures(key: string): Promise<void>;
  logEvent(event: AuthEvent): Promise<void>;
}

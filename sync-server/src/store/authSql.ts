import type { AuthSessionRecord, AuthStore, RefreshOutcome } from './AuthStore';
import { afterFailure, type ThrottleState } from '../auth/throttlePolicy';
import type { SqlClient, SqlQueryable } from './sqlClient';
import type { UserRecord } from './Store';
import { usersUnder } from './usersUnderSql';

interface SessionRow { id: string; user_id: string; device_id: string; created_at: Date | string; last_used_at: Date | string; revoked_at: Date | string | null }
interface ThrottleRow { failures: number; window_start: Date | string; last_failure_at: Date | string; locked_until: Date | string | null; lock_count: number }

const date = (value: Date | string) => new Date(value);
const dateOrNull = (value: Date | string | null) => (value === null ? null : new Date(value));

/**
 * Sessions (refresh-token families), sign-in throttling and the auth audit, in SQL. `userFromRow`
 * turns a users row into a record (sqlStore.ts owns how a principal is derived).
 */
export function createAuthStore<Row>(
  db: SqlClient,
  /** A row of `SELECT ${principalColumns} FROM users u` as a user record. */
  userFromRow: (row: Row) => UserRecord,
  principalColumns: string,
  /** Tells principal caches and streams (here and on other instances) that these users' sessions changed. */
  sessionsChanged: (userIds: string[]) => Promise<void>,
): AuthStore {
  return {
    async startSession({ id, userId, deviceId }, now) {
      await db.query('INSERT INTO auth_sessions (id, user_id, device_id, created_at, last_used_at) VALUES ($1, $2, $3, $4, $4)', [id, userId, deviceId, now.toISOString()]);
    },
    async saveRefreshToken(tokenHash, sessionId, expiresAt) {
      await db.query(
        'INSERT INTO refresh_tokens (token_hash, user_id, device_id, expires_at, session_id) SELECT $1, user_id, device_id, $2, id FROM auth_sessions WHERE id = $3',
        [tokenHash, expiresAt.toISOString(), sessionId],
      );
    },
    async useRefreshToken(tokenHash, now, graceMs) {
      // The usual case, a live token spent once, is one statement (atomic by itself; issue 17: a
      // reconnect storm's refreshes held pool connections for BEGIN, two updates and COMMIT).
      // Anything else (unknown, reused, revoked) is decided in a transaction, as before.
      const rotated = await spendLiveToken(db, tokenHash, now);
      if (rotated) return rotated;
      const outcome = await db.transaction((tx) => useRefreshToken(tx, tokenHash, now, graceMs));
      if (outcome.kind === 'reused') await sessionsChanged([outcome.userId]);
      return outcome;
    },
    async findUserInSession(userId, sessionId) {
      // One statement: the user, their grids and tasks, and whether this session of theirs is live.
      const { rows } = await db.query<Row & { session_live: boolean }>(
        `SELECT ${principalColumns}, (s.id IS NOT NULL AND s.revoked_at IS NULL) AS session_live
         FROM users u LEFT JOIN auth_sessions s ON s.id = $2 AND s.user_id = u.id WHERE u.id = $1`,
        [userId, sessionId],
      );
      const row = rows[0];
      return row ? { user: userFromRow(row), live: row.session_live } : undefined;
    },
    async revokeSessions(which, reason, now) {
      const [column, value] = 'sessionId' in which ? ['id', which.sessionId] : ['user_id', which.userId];
      const except = 'userId' in which ? (which.exceptSessionId ?? '') : '';
      const { rows } = await db.query<{ user_id: string }>(
        `UPDATE auth_sessions SET revoked_at = $2, revoked_reason = $3 WHERE ${column} = $1 AND revoked_at IS NULL AND id <> $4 RETURNING user_id`,
        [value, now.toISOString(), reason, except],
      );
      if (rows.length > 0) await sessionsChanged([...new Set(rows.map((r) => r.user_id))]);
      return rows.length;
    },
    async listSessions(userId) {
      const { rows } = await db.query<SessionRow>('SELECT * FROM auth_sessions WHERE user_id = $1 ORDER BY last_used_at DESC, id LIMIT 100', [userId]);
      return rows.map(toSession);
    },
    async areaCodesOf(principal) {
      const [collection, ids] = principal.role === 'officer' ? ['grids', principal.gridIds] : principal.role === 'enterprise' ? ['enterprises', principal.enterpriseId ? [principal.enterpriseId] : []] : ['', []];
      const { rows } = ids.length === 0 ? { rows: [] } : await db.query<{ area_code: string }>(
        'SELECT area_code FROM documents WHERE collection = $1 AND id = ANY($2::text[]) AND NOT deleted AND area_code IS NOT NULL',
        [collection, ids],
      );
      return [...rows.map((r) => r.area_code), ...(principal.areaCode ? [principal.areaCode] : [])];
    },
    usersUnder: (areaCode) => usersUnder(db, areaCode),
    async loginLocks(keys, now) {
      const { rows } = await db.query<{ key: string; locked_until: Date | string }>(
        'SELECT key, locked_until FROM login_throttle WHERE key = ANY($1::text[]) AND locked_until > $2',
        [[...keys], now.toISOString()],
      );
      const locks = new Map(rows.map((r) => [r.key, date(r.locked_until)]));
      return keys.map((key) => locks.get(key) ?? null);
    },
    async recordLoginFailure(keys, now) {
      const started: Date[] = [];
      for (const key of keys) {
        // One locked row per key, created empty first: concurrent failures on every instance all count.
        const next = await db.transaction(async (tx) => {
          await tx.query(
            'INSERT INTO login_throttle (key, failures, window_start, last_failure_at, lock_count) VALUES ($1, 0, $2, $2, 0) ON CONFLICT (key) DO NOTHING',
            [key, now.toISOString()],
          );
          const { rows } = await tx.query<ThrottleRow>('SELECT * FROM login_throttle WHERE key = $1 FOR UPDATE', [key]);
          const state = afterFailure(rows[0] ? toThrottle(rows[0]) : undefined, now);
          await tx.query(
            'UPDATE login_throttle SET failures = $2, window_start = $3, last_failure_at = $4, locked_until = $5, lock_count = $6 WHERE key = $1',
            [key, state.failures, state.windowStart.toISOString(), state.lastFailureAt.toISOString(), state.lockedUntil?.toISOString() ?? null, state.lockCount],
          );
          return state;
        });
        // afterFailure empties the window exactly when this failure starts a lock.
        if (next.failures === 0 && next.lockedUntil) started.push(next.lockedUntil);
      }
      return started;
    },
    async clearLoginFailures(key) {
      await db.query('DELETE FROM login_throttle WHERE key = $1', [key]);
    },
    async logEvent(e) {
      await db.query(
        'INSERT INTO auth_events (at, action, actor_id, target_user_id, session_id, client_address, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [e.at.toISOString(), e.action, e.actorId ?? null, e.targetUserId ?? null, e.sessionId ?? null, e.clientAddress ?? null, e.detail ?? null],
      );
    },
  };
}

async function spendLiveToken(db: SqlQueryable, tokenHash: string, now: Date): Promise<RefreshOutcome | undefined> {
  const at = now.toISOString();
  const { rows } = await db.query<{ id: string; user_id: string; device_id: string }>(
    `WITH spent AS (
       UPDATE refresh_tokens t SET used_at = $2 FROM auth_sessions s
       WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > $2 AND s.id = t.session_id AND s.revoked_at IS NULL
       RETURNING s.id, s.user_id, s.device_id
     ), touched AS (UPDATE auth_sessions SET last_used_at = $2 WHERE id IN (SELECT id FROM spent))
     SELECT id, user_id, device_id FROM spent`,
    [tokenHash, at],
  );
  const fresh = rows[0];
  return fresh ? { kind: 'rotated', userId: fresh.user_id, deviceId: fresh.device_id, sessionId: fresh.id } : undefined;
}

async function useRefreshToken(tx: SqlQueryable, tokenHash: string, now: Date, graceMs: number): Promise<RefreshOutcome> {
  const at = now.toISOString();
  const spent = await tx.query<{ id: string; user_id: string; device_id: string }>(
    `UPDATE refresh_tokens t SET used_at = $2 FROM auth_sessions s
     WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > $2 AND s.id = t.session_id AND s.revoked_at IS NULL
     RETURNING s.id, s.user_id, s.device_id`,
    [tokenHash, at],
  );
  const fresh = spent.rows[0];
  if (fresh) {
    await tx.query('UPDATE auth_sessions SET last_used_at = $2 WHERE id = $1', [fresh.id, at]);
    return { kind: 'rotated', userId: fresh.user_id, deviceId: fresh.device_id, sessionId: fresh.id };
  }
  const { rows } = await tx.query<{ used_at: Date | string | null; session_id: string | null; user_id: string; revoked_at: Date | string | null }>(
    `SELECT t.used_at, t.session_id, t.user_id, s.revoked_at FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id WHERE t.token_hash = $1`,
    [tokenHash],
  );
  const token = rows[0];
  if (!token?.session_id) return { kind: 'unknown' };
  const family = { userId: token.user_id, sessionId: token.session_id };
  if (token.revoked_at !== null) return { kind: 'revoked', ...family };
  if (token.used_at === null) return { kind: 'unknown' };
  if (now.getTime() - date(token.used_at).getTime() <= graceMs) return { kind: 'reusedInGrace', ...family };
  await tx.query('UPDATE auth_sessions SET revoked_at = $2, revoked_reason = $3 WHERE id = $1 AND revoked_at IS NULL', [token.session_id, at, 'refresh_reused']);
  return { kind: 'reused', ...family };
}

function toSession(r: SessionRow): AuthSessionRecord {
  return { id: r.id, userId: r.user_id, deviceId: r.device_id, createdAt: date(r.created_at), lastUsedAt: date(r.last_used_at), revokedAt: dateOrNull(r.revoked_at) };
}

function toThrottle(r: ThrottleRow): ThrottleState {
  return { failures: r.failures, windowStart: date(r.window_start), lastFailureAt: date(r.last_failure_at), lockedUntil: dateOrNull(r.locked_until), lockCount: r.lock_count };
}

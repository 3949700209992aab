import type { AdminAuditRecord, AdminStore } from './AdminStore';
import type { SqlQueryable } from './sqlClient';

interface AuditRow {
  id: string | number; at: Date | string; actor_id: string; action: string; target_kind: AdminAuditRecord['targetKind'];
  target_id: string; area_code: string | null; before: unknown; after: unknown;
}

/**
 * `usersChanged` tells the principal caches (this instance and, through NOTIFY, the others) that
 * a user's record changed: a changed password flag or a disabled account applies to the next
 * request, not after the cache's time-out.
 */
export function createAdminStore(db: SqlQueryable, usersChanged: (userIds: string[]) => Promise<void>): AdminStore {
  return {
    async createUser({ principal: p, passwordHash, badgeNo }) {
      const { rows } = await db.query(
        `INSERT INTO users (id, username, password_hash, display_name, role, officer_kind, grid_ids, enterprise_id, area_code, must_change_password, badge_no)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING RETURNING id`,
        [p.userId, p.username, passwordHash, p.displayName, p.role, p.officerKind ?? null, p.gridIds, p.enterpriseId ?? null, p.areaCode ?? null, p.mustChangePassword === true, badgeNo ?? null],
      );
      if (rows.length === 1) await usersChanged([p.userId]);
      return rows.length === 1;
    },
    async setPassword(userId, passwordHash, mustChange) {
      await db.query('UPDATE users SET password_hash = $2, must_change_password = $3 WHERE id = $1', [userId, passwordHash, mustChange]);
      await usersChanged([userId]);
    },
    async setDisabled(userId, disabledAt) {
      await db.query('UPDATE users SET disabled_at = $2 WHERE id = $1', [userId, disabledAt?.toISOString() ?? null]);
      await usersChanged([userId]);
    },
    async enterprisesWithAccounts(enterpriseIds) {
      if (enterpriseIds.length === 0) return new Set();
      const { rows } = await db.query<{ enterprise_id: string }>(
        `SELECT DISTINCT enterprise_id FROM users WHERE role = 'enterprise' AND enterprise_id = ANY($1::text[])`,
        [[...enterpriseIds]],
      );
      return new Set(rows.map((r) => r.enterprise_id));
    },
    async registeredUsccs(usccs) {
      if (usccs.length === 0) return new Set();
      const { rows } = await db.query<{ uscc: string }>(
        `SELECT DISTINCT data->>'uscc' AS uscc FROM documents WHERE collection = 'enterprises' AND data->>'uscc' = ANY($1::text[])`,
        [[...usccs]],
      );
      return new Set(rows.map((r) => r.uscc));
    },
    async audit(r) {
      await db.query(
        `INSERT INTO admin_audit (at, actor_id, action, target_kind, target_id, area_code, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [r.at.toISOString(), r.actorId, r.action, r.targetKind, r.targetId, r.areaCode, r.before === undefined ? null : JSON.stringify(r.before), r.after === undefined ? null : JSON.stringify(r.after)],
      );
    },
    async auditUnder(areaCode, limit) {
      // Entries with no place (an installation-wide change) are the installation admin's only.
      const { rows } = await db.query<AuditRow>(
        `SELECT * FROM admin_audit WHERE ($1 = '' OR left(area_code, length($1)) = $1) ORDER BY id DESC LIMIT $2`,
        [areaCode, limit],
      );
      return rows.map((r) => ({
        id: String(r.id), at: new Date(r.at), actorId: r.actor_id, action: r.action, targetKind: r.target_kind, targetId: r.target_id,
        areaCode: r.area_code, before: r.before ?? undefined, after: r.after ?? undefined,
      }));
    },
  };
}

import { OfficerKind, Role } from '@anxun/shared-schema';
import type { UserInArea } from './AuthStore';
import type { SqlQueryable } from './sqlClient';

interface Row {
  id: string; username: string; display_name: string; role: string; officer_kind: string | null;
  enterprise_name: string | null; grid_names: (string | null)[]; area_codes: string[]; live: number; last_used_at: Date | string | null;
  disabled: boolean; badge_no: string | null;
}

/** Enough for a city's users on one page; the page searches within it. */
const MAX_USERS = 2000;

/**
 * Users placed under `areaCode`, their places computed exactly as areaCodesOf does (an officer's
 * grids are the grids naming them; an enterprise user's area is their enterprise's; anyone's own
 * area counts), so the list and the per-user routes judge reach on the same codes.
 */
export async function usersUnder(db: SqlQueryable, areaCode: string): Promise<UserInArea[]> {
  const { rows } = await db.query<Row>(
    `WITH placed AS (
       SELECT u.id, u.username, u.display_name, u.role, u.officer_kind, u.disabled_at IS NOT NULL AS disabled, u.badge_no,
         e.data->>'name' AS enterprise_name,
         COALESCE(g.names, '{}') AS grid_names,
         array_remove(COALESCE(g.areas, '{}') || e.area_code || u.area_code, NULL) AS area_codes
       FROM users u
       LEFT JOIN documents e ON u.role = 'enterprise' AND e.collection = 'enterprises' AND e.id = u.enterprise_id AND NOT e.deleted
       LEFT JOIN LATERAL (
         SELECT array_agg(d.data->>'name' ORDER BY d.data->>'name') AS names, array_agg(d.area_code) AS areas
         FROM documents d
         WHERE u.role = 'officer' AND d.collection = 'grids' AND NOT d.deleted AND d.data->'officerIds' @> jsonb_build_array(u.id)
       ) g ON true
     )
     SELECT p.*, s.live, s.last_used_at FROM placed p
     LEFT JOIN LATERAL (
       SELECT count(*)::int AS live, max(last_used_at) AS last_used_at FROM auth_sessions WHERE user_id = p.id AND revoked_at IS NULL
     ) s ON true
     WHERE EXISTS (SELECT 1 FROM unnest(p.area_codes) AS c(code) WHERE left(c.code, length($1)) = $1)
     ORDER BY p.role, p.display_name, p.id
     LIMIT ${MAX_USERS}`,
    [areaCode],
  );
  return rows.map((r) => ({
    id: r.id, username: r.username, displayName: r.display_name, role: Role.parse(r.role), officerKind: OfficerKind.nullable().parse(r.officer_kind),
    enterpriseName: r.enterprise_name, gridNames: r.grid_names.filter((n): n is string => n !== null), areaCodes: r.area_codes,
    liveSessions: r.live, lastUsedAt: r.last_used_at === null ? null : new Date(r.last_used_at), disabled: r.disabled, badgeNo: r.badge_no,
  }));
}

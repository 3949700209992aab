import type { Area, Binding, NamedAuditEntry } from '@anxun/shared-schema';
import type { PlacesStore } from './PlacesStore';
import type { SqlQueryable } from './sqlClient';

interface BindingRow {
  id: string; kind: Binding['kind']; grid_id: string | null; enterprise_id: string | null; user_id: string | null; person_name: string;
  person_phone: string | null; partner_name: string | null; starts_on: string; ends_on: string | null; area_code: string; created_by: string; ended_by: string | null;
}
// Dates as text: the driver would turn a date into a midnight in the server's time zone.
const BINDING_COLUMNS = `id, kind, grid_id, enterprise_id, user_id, person_name, person_phone, partner_name,
  to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on, area_code, created_by, ended_by`;

const bindingOf = (r: BindingRow): Binding => ({
  id: r.id, kind: r.kind, gridId: r.grid_id, enterpriseId: r.enterprise_id, userId: r.user_id, personName: r.person_name, personPhone: r.person_phone,
  partnerName: r.partner_name, startsOn: r.starts_on, endsOn: r.ends_on, areaCode: r.area_code, createdBy: r.created_by, endedBy: r.ended_by,
});
const areaOf = (r: { code: string; name: string; updated_at: Date | string }): Area => ({ code: r.code, name: r.name, updatedAt: new Date(r.updated_at).toISOString() });

export function createPlacesStore(db: SqlQueryable): PlacesStore {
  return {
    async areasUnder(prefix) {
      const { rows } = await db.query<{ code: string; name: string; updated_at: Date }>(
        `SELECT code, name, updated_at FROM areas WHERE left(code, length($1)) = $1 ORDER BY code`, [prefix]);
      return rows.map(areaOf);
    },
    async getArea(code) {
      const { rows } = await db.query<{ code: string; name: string; updated_at: Date }>('SELECT code, name, updated_at FROM areas WHERE code = $1', [code]);
      return rows[0] ? areaOf(rows[0]) : undefined;
    },
    async createArea({ code, name }, at) {
      const { rows } = await db.query('INSERT INTO areas (code, name, created_at, updated_at) VALUES ($1, $2, $3, $3) ON CONFLICT DO NOTHING RETURNING code', [code, name, at.toISOString()]);
      return rows.length === 1;
    },
    async renameArea(code, name, at) {
      await db.query('UPDATE areas SET name = $2, updated_at = $3 WHERE code = $1', [code, name, at.toISOString()]);
    },
    async bindingsOf(target) {
      const [column, value] = 'gridId' in target ? ['grid_id', target.gridId] : 'enterpriseId' in target ? ['enterprise_id', target.enterpriseId] : ['user_id', target.userId];
      const { rows } = await db.query<BindingRow>(`SELECT ${BINDING_COLUMNS} FROM bindings WHERE ${column} = $1 ORDER BY starts_on, created_at, id`, [value]);
      return rows.map(bindingOf);
    },
    async getBinding(id) {
      const { rows } = await db.query<BindingRow>(`SELECT ${BINDING_COLUMNS} FROM bindings WHERE id = $1`, [id]);
      return rows[0] ? bindingOf(rows[0]) : undefined;
    },
    async insertBinding(b, at) {
      const { rows } = await db.query(
        `INSERT INTO bindings (id, kind, grid_id, enterprise_id, user_id, person_name, person_phone, partner_name, starts_on, ends_on, area_code, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT DO NOTHING RETURNING id`,
        [b.id, b.kind, b.gridId, b.enterpriseId, b.userId, b.personName, b.personPhone, b.partnerName, b.startsOn, b.endsOn, b.areaCode, b.createdBy, at.toISOString()],
      );
      return rows.length === 1;
    },
    async endBinding(id, endsOn, by, at) {
      const { rows } = await db.query(
        'UPDATE bindings SET ends_on = $2, ended_by = $3, ended_at = $4 WHERE id = $1 AND ends_on IS NULL RETURNING id', [id, endsOn, by, at.toISOString()]);
      return rows.length === 1;
    },
    async auditUnder(areaCode, f) {
      // Entries with no place (an installation-wide change) are the installation admin's only.
      const { rows } = await db.query<{
        id: string | number; at: Date | string; actor_id: string; actor_name: string | null; action: string; target_kind: string; target_id: string; before: unknown; after: unknown;
      }>(
        `SELECT a.id, a.at, a.actor_id, u.display_name AS actor_name, a.action, a.target_kind, a.target_id, a.before, a.after
           FROM admin_audit a LEFT JOIN users u ON u.id = a.actor_id
          WHERE ($1 = '' OR left(a.area_code, length($1)) = $1)
            AND ($2::text IS NULL OR a.actor_id = $2 OR u.username = $2)
            AND ($3::text IS NULL OR left(a.action, length($3)) = $3)
            AND ($4::text IS NULL OR a.target_kind = $4)
            AND ($5::text IS NULL OR a.target_id = $5)
            AND ($6::timestamptz IS NULL OR a.at >= $6)
            AND ($7::timestamptz IS NULL OR a.at < $7)
          ORDER BY a.id DESC LIMIT $8`,
        [areaCode, f.actor ?? null, f.action ?? null, f.targetKind ?? null, f.targetId ?? null, f.from?.toISOString() ?? null, f.to?.toISOString() ?? null, f.limit],
      );
      return rows.map((r): NamedAuditEntry => ({
        id: String(r.id), at: new Date(r.at).toISOString(), actorId: r.actor_id, actorName: r.actor_name ?? r.actor_id, action: r.action,
        targetKind: r.target_kind, targetId: r.target_id, before: r.before ?? null, after: r.after ?? null,
      }));
    },
  };
}

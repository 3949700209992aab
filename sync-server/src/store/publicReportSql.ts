import { InboxReport, publicProgress, type HazardState, type ReportStatus } from '@anxun/shared-schema';
import type { SqlQueryable } from './sqlClient';
import { REPORT_UPLOADER_PREFIX, type PublicReportStore } from './PublicReportStore';


interface InboxRow {
  id: string; town_code: string; town_name: string | null; status: ReportStatus; received_at: Date | string;
  description: string; address: string; location: unknown; enterprise_name: string | null;
  matched_id: string | null; matched_name: string | null; photos: string[]; uploaded: string[];
  contact: unknown; officer_id: string | null; officer_name: string | null; hazard_id: string | null; hazard_state: HazardState | null;
  public_reason: string | null; internal_note: string | null; handled_at: Date | string | null;
  check_found: boolean | null; check_note: string | null; checked_at: Date | string | null;
}

const INBOX_SELECT = `SELECT r.id, r.town_code, r.status, r.received_at, r.description, r.address, r.location, r.enterprise_name,
    r.matched_enterprise_id AS matched_id, e.data->>'name' AS matched_name, r.photos, r.contact,
    r.assigned_officer_id AS officer_id, u.display_name AS officer_name, r.hazard_id, hs.state AS hazard_state,
    r.public_reason, r.internal_note, r.handled_at, r.check_found, r.check_note, r.checked_at,
    (SELECT g.data->>'townName' FROM documents g WHERE g.collection = 'grids' AND NOT g.deleted AND g.area_code LIKE r.town_code || '%' LIMIT 1) AS town_name,
    ARRAY(SELECT pu.hash FROM photo_uploads pu WHERE pu.user_id = '${REPORT_UPLOADER_PREFIX}' || r.id) AS uploaded
  FROM public_reports r
  LEFT JOIN documents e ON e.collection = 'enterprises' AND e.id = r.matched_enterprise_id
  LEFT JOIN users u ON u.id = r.assigned_officer_id
  LEFT JOIN hazard_status hs ON hs.hazard_id = r.hazard_id`;

const iso = (v: Date | string): string => new Date(v).toISOString();

function inboxReport(r: InboxRow): InboxReport {
  const uploaded = new Set(r.uploaded);
  return InboxReport.parse({
    id: r.id, townCode: r.town_code, townName: r.town_name ?? r.town_code, status: r.status,
    progress: publicProgress(r.status, r.hazard_state), receivedAt: iso(r.received_at),
    description: r.description, address: r.address, location: r.location ?? null, enterpriseName: r.enterprise_name,
    matchedEnterprise: r.matched_id && r.matched_name ? { id: r.matched_id, name: r.matched_name } : null,
    photos: r.photos.map((hash) => ({ hash, uploaded: uploaded.has(hash) })),
    contact: r.contact ?? null,
    assignedOfficer: r.officer_id ? { id: r.officer_id, name: r.officer_name ?? r.officer_id } : null,
    check: r.check_found !== null && r.checked_at ? { found: r.check_found, note: r.check_note ?? '', at: iso(r.checked_at) } : null,
    hazardId: r.hazard_id, publicReason: r.public_reason, internalNote: r.internal_note,
    handledAt: r.handled_at ? iso(r.handled_at) : null,
  });
}

const OPEN = `status IN ('received', 'verifying')`;

export function createPublicReportStore(db: SqlQueryable): PublicReportStore {
  return {
    async towns() {
      const { rows } = await db.query<{ code: string; name: string }>(
        `SELECT DISTINCT ON (left(area_code, 9)) left(area_code, 9) AS code, data->>'townName' AS name
         FROM documents WHERE collection = 'grids' AND NOT deleted AND length(area_code) >= 9 ORDER BY left(area_code, 9), id`,
      );
      return rows;
    },
    async matchEnterprise(townCode, name) {
      const live = `collection = 'enterprises' AND NOT deleted AND area_code LIKE $1 || '%'`;
      const exact = await db.query<{ id: string }>(`SELECT id FROM documents WHERE ${live} AND data->>'name' = $2 ORDER BY id LIMIT 1`, [townCode, name]);
      if (exact.rows[0]) return exact.rows[0].id;
      // A part of the name matches only when exactly one enterprise of the town contains it.
      const pattern = `%${name.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      const partial = await db.query<{ id: string }>(`SELECT id FROM documents WHERE ${live} AND data->>'name' LIKE $2 ORDER BY id LIMIT 2`, [townCode, pattern]);
      return partial.rows.length === 1 ? (partial.rows[0]?.id ?? null) : null;
    },
    async insert({ id, codeDigest, uploadTokenDigest, submission: s, matchedEnterpriseId, receivedAt }) {
      await db.query(
        `INSERT INTO public_reports (id, code_digest, upload_token_digest, town_code, description, address, location, enterprise_name,
           matched_enterprise_id, photos, contact, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [id, codeDigest, uploadTokenDigest, s.townCode, s.description, s.address, s.location ? JSON.stringify(s.location) : null,
          s.enterpriseName ?? null, matchedEnterpriseId, s.photos, s.contact ? JSON.stringify(s.contact) : null, receivedAt],
      );
    },
    async byCodeDigest(codeDigest) {
      const { rows } = await db.query<{ status: ReportStatus; hazard_state: HazardState | null; received_at: Date | string; handled_at: Date | string | null; public_reason: string | null }>(
        `SELECT r.status, hs.state AS hazard_state, r.received_at, r.handled_at, r.public_reason
         FROM public_reports r LEFT JOIN hazard_status hs ON hs.hazard_id = r.hazard_id WHERE r.code_digest = $1`,
        [codeDigest],
      );
      const r = rows[0];
      return r && { status: r.status, hazardState: r.hazard_state, receivedAt: new Date(r.received_at), handledAt: r.handled_at ? new Date(r.handled_at) : null, publicReason: r.public_reason };
    },
    async uploadTarget(id) {
      const { rows } = await db.query<{ photos: string[]; upload_token_digest: string; status: ReportStatus; received_at: Date | string }>(
        'SELECT photos, upload_token_digest, status, received_at FROM public_reports WHERE id = $1', [id],
      );
      const r = rows[0];
      return r && { photos: r.photos, uploadTokenDigest: r.upload_token_digest, status: r.status, receivedAt: new Date(r.received_at) };
    },
    async under(areaPrefix, limit) {
      const { rows } = await db.query<InboxRow>(`${INBOX_SELECT} WHERE r.town_code LIKE $1 || '%' ORDER BY r.received_at DESC, r.id LIMIT $2`, [areaPrefix, limit]);
      return rows.map(inboxReport);
    },
    async byId(id) {
      const { rows } = await db.query<InboxRow>(`${INBOX_SELECT} WHERE r.id = $1`, [id]);
      return rows[0] && inboxReport(rows[0]);
    },
    async officersOf(townCode) {
      const { rows } = await db.query<{ id: string; name: string }>(
        `SELECT u.id, u.display_name AS name FROM users u WHERE u.role = 'officer' AND u.disabled_at IS NULL AND EXISTS (
           SELECT 1 FROM documents g WHERE g.collection = 'grids' AND NOT g.deleted AND g.area_code LIKE $1 || '%'
             AND g.data->'officerIds' @> jsonb_build_array(u.id)) ORDER BY u.id`,
        [townCode],
      );
      return rows;
    },
    async assign(id, officerId, { by, at, internalNote }) {
      const { rows } = await db.query(
        `UPDATE public_reports SET status = 'verifying', assigned_officer_id = $2, handled_by = $3, handled_at = $4,
           internal_note = COALESCE($5, internal_note) WHERE id = $1 AND ${OPEN} RETURNING id`,
        [id, officerId, by, at, internalNote ?? null],
      );
      return rows.length > 0;
    },
    async assignedTo(officerId) {
      const { rows } = await db.query<InboxRow>(`${INBOX_SELECT} WHERE r.assigned_officer_id = $1 AND r.status = 'verifying' ORDER BY r.received_at DESC, r.id LIMIT 200`, [officerId]);
      return rows.map(inboxReport);
    },
    async recordCheck(id, officerId, { found, note, at }) {
      const { rows } = await db.query(
        `UPDATE public_reports SET check_found = $3, check_note = $4, checked_at = $5
         WHERE id = $1 AND assigned_officer_id = $2 AND status = 'verifying' RETURNING id`,
        [id, officerId, found, note, at],
      );
      return rows.length > 0;
    },
    async markVerified(id, hazardId, { by, at, internalNote }) {
      const { rows } = await db.query(
        `UPDATE public_reports SET status = 'verified', hazard_id = $2, handled_by = $3, handled_at = $4,
           internal_note = COALESCE($5, internal_note) WHERE id = $1 AND ${OPEN} RETURNING id`,
        [id, hazardId, by, at, internalNote ?? null],
      );
      return rows.length > 0;
    },
    async undoVerified(id, status) {
      await db.query(`UPDATE public_reports SET status = $2, hazard_id = NULL WHERE id = $1 AND status = 'verified'`, [id, status]);
    },
    async dismiss(id, publicReason, { by, at, internalNote }) {
      const { rows } = await db.query(
        `UPDATE public_reports SET status = 'dismissed', public_reason = $2, handled_by = $3, handled_at = $4,
           internal_note = COALESCE($5, internal_note) WHERE id = $1 AND ${OPEN} RETURNING id`,
        [id, publicReason, by, at, internalNote ?? null],
      );
      return rows.length > 0;
    },
    async grantPhotos(hashes, userId) {
      if (hashes.length === 0) return;
      await db.query('INSERT INTO photo_uploads (hash, user_id) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING', [hashes, userId]);
    },
    async hit(buckets) {
      const counts: number[] = [];
      for (const { key, windowStart } of buckets) {
        const { rows } = await db.query<{ hits: number }>(
          `INSERT INTO public_report_limits (bucket, window_start, hits) VALUES ($1, $2, 1)
           ON CONFLICT (bucket, window_start) DO UPDATE SET hits = public_report_limits.hits + 1 RETURNING hits`,
          [key, windowStart],
        );
        counts.push(Number(rows[0]?.hits ?? 0));
      }
      // Windows older than a day count for nothing any more.
      await db.query(`DELETE FROM public_report_limits WHERE window_start < $1`, [new Date((buckets[0]?.windowStart.getTime() ?? Date.now()) - 86_400_000)]);
      return counts;
    },
  };
}

import { Enterprise, foldHazard, Hazard, HazardEvent, overdueDays, type HazardDetail } from '@anxun/shared-schema';
import { overviewHazards } from './overviewSql';
import type { SqlQueryable } from './sqlClient';

const utcInstant = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * One hazard of the supervisor's area with its enterprise, events and photos, or undefined when
 * there is no such hazard in that area. A hazard of another area answers exactly like a missing
 * one, so ids outside the area cannot be probed.
 */
export async function loadHazardDetail(db: SqlQueryable, area: string, hazardId: string, today: string): Promise<HazardDetail | undefined> {
  const found = await db.query<{ data: unknown; area_code: string | null }>(
    `SELECT data, area_code FROM documents WHERE collection = 'hazards' AND id = $1 AND NOT deleted`,
    [hazardId],
  );
  const row = found.rows[0];
  if (!row || !(row.area_code ?? '').startsWith(area)) return undefined;
  const hazard = Hazard.parse(row.data);

  // Only the hazard's own enterprise's events: anyone may name any hazard id in an event of their
  // enterprise, and such an event must not reach (or write on) another enterprise's timeline.
  const eventRows = await db.query<{ data: unknown; server_time: string }>(
    `SELECT data, ${utcInstant('server_time')} AS server_time FROM documents
     WHERE collection = 'hazardEvents' AND parent_id = $1 AND enterprise_id = $2 AND NOT deleted ORDER BY seq, id`,
    [hazardId, hazard.enterpriseId],
  );
  const events = eventRows.rows.map((r) => ({ event: HazardEvent.parse(r.data), serverTime: r.server_time }));
  // Judged events in the server's order of judgement; events still waiting for their verdict last.
  events.sort((a, b) => (a.event.verdict?.seq ?? Number.MAX_SAFE_INTEGER) - (b.event.verdict?.seq ?? Number.MAX_SAFE_INTEGER));
  const status = foldHazard(hazard, events.map((e) => e.event));

  const hashes = [...new Set([...hazard.photosBefore, ...events.flatMap((e) => e.event.payload.photos ?? [])])];
  const stored = await db.query<{ hash: string }>('SELECT hash FROM photos WHERE hash = ANY($1::text[])', [hashes]);
  const onServer = new Set(stored.rows.map((r) => r.hash));

  const enterprisePage = await overviewHazards(db, area, { enterpriseId: hazard.enterpriseId, sort: 'foundAt', limit: 50 }, undefined, today);
  return {
    hazard,
    status: {
      state: status.state, level: status.level, deadline: status.deadline ?? null, overdueDays: overdueDays(status.state, status.deadline, today),
      failedRechecks: status.failedRechecks, listingLevel: status.listing?.level ?? null, closedAt: status.closedAt ?? null,
      referredToEnforcement: status.referredToEnforcement,
    },
    enterprise: await loadEnterpriseSummary(db, hazard.enterpriseId),
    events,
    photos: hashes.map((hash) => ({ hash, onServer: onServer.has(hash) })),
    enterpriseHazards: enterprisePage.items,
  };
}

async function loadEnterpriseSummary(db: SqlQueryable, enterpriseId: string): Promise<HazardDetail['enterprise']> {
  const found = await db.query<{ data: unknown }>(`SELECT data FROM documents WHERE collection = 'enterprises' AND id = $1 AND NOT deleted`, [enterpriseId]);
  const parsed = Enterprise.safeParse(found.rows[0]?.data);
  if (!parsed.success) return null;
  const e = parsed.data;
  const grids = await db.query<{ name: string }>(
    `SELECT data->>'name' AS name FROM documents WHERE collection = 'grids' AND id = ANY($1::text[]) AND NOT deleted ORDER BY id`,
    [e.gridIds],
  );
  return {
    id: e.id, name: e.name, uscc: e.uscc, siteAddress: e.siteAddress, townName: e.townName, villageName: e.villageName,
    gridNames: grids.rows.map((g) => g.name), supervisionCategory: e.supervisionCategory, riskColour: e.riskColour,
    operatingStatus: e.operatingStatus, tags: e.tags,
    people: e.people.map((p) => ({ role: p.role, name: p.name, ...(p.phone ? { phone: p.phone } : {}) })),
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hazard, HazardEvent, hazardFacts, shanghaiDate } from '@anxun/shared-schema';
import { pullAll } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';
import { backfillHazardStatus } from './hazardStatusBackfill';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

async function statusRows() {
  const { rows } = await server.db.query<Record<string, unknown>>(
    `SELECT hazard_id, state, level, to_char(deadline, 'YYYY-MM-DD') AS deadline, found_at, closed_at, listing_level, recheck_results, source, found_date::text AS found_date
     FROM hazard_status ORDER BY hazard_id`,
  );
  return rows;
}

describe('hazard_status', () => {
  it('holds, for every demo hazard, exactly what foldHazard gives on a device', async () => {
    const city = (await server.login('shijianguan')).accessToken;
    const events = (await pullAll(server, 'hazardEvents', city)).documents.map((e) => HazardEvent.parse(e));
    const hazards = (await pullAll(server, 'hazards', city)).documents.map((h) => Hazard.parse(h));
    // Found is when the server first stored the hazard (its history), never the device's foundAt.
    const { rows: history } = await server.db.query<{ id: string; at: Date }>(`SELECT id, min(server_time) AS at FROM document_history WHERE collection = 'hazards' GROUP BY id`);
    const storedAt = new Map(history.map((r) => [r.id, new Date(r.at).toISOString()]));
    const expected = hazards
      .map((hazard) => {
        const facts = hazardFacts(hazard, events.filter((e) => e.hazardId === hazard.id), storedAt.get(hazard.id));
        expect(facts.foundAt).not.toBe(hazard.foundAt);
        return {
          hazard_id: hazard.id, state: facts.state, level: facts.level, deadline: facts.deadline ?? null, found_at: new Date(facts.foundAt),
          closed_at: facts.closedAt ? new Date(facts.closedAt) : null, listing_level: facts.listingLevel ?? null, recheck_results: facts.recheckResults,
          source: facts.source, found_date: shanghaiDate(facts.foundAt),
        };
      })
      .sort((a, b) => a.hazard_id.localeCompare(b.hazard_id));
    expect(hazards.length).toBeGreaterThan(5);
    expect(await statusRows()).toEqual(expected);
  });

  it('is rebuilt by the start-up backfill, which has nothing left to do a second time', async () => {
    const before = await statusRows();
    await server.db.query(`DELETE FROM hazard_status WHERE hazard_id IN (SELECT hazard_id FROM hazard_status ORDER BY hazard_id LIMIT 3)`);
    await server.db.query(`UPDATE hazard_status SET updated_seq = 0, state = 'DRAFT' WHERE hazard_id = (SELECT max(hazard_id) FROM hazard_status)`);
    await server.db.query(
      `INSERT INTO hazard_status (hazard_id, enterprise_id, source, level, state, found_at, found_date, found_by, title, updated_seq)
       VALUES ('hz-orphan', 'ent-001', 'gridPatrol', 'general', 'DRAFT', now(), current_date, 'u-officer-1', 'orphan', 1)`,
    );
    expect(await backfillHazardStatus(server.db)).toBe(5);
    expect(await statusRows()).toEqual(before);
    expect(await backfillHazardStatus(server.db)).toBe(0);
  });
});

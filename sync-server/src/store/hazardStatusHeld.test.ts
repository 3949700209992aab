import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentFor, hazardFor } from '../testing/fixtures';
import { pushRows } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';
import { refreshHazardStatus } from './hazardStatusSql';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const OFFICER = { userId: 'u-officer-1', role: 'officer' as const, officerKind: 'grid' as const };

/** Every column of the rows, in a form two reads can be compared by. */
async function statusOf(ids: readonly string[]) {
  const { rows } = await server.db.query<Record<string, unknown>>(`SELECT to_jsonb(s) AS row FROM hazard_status s WHERE hazard_id = ANY($1::text[]) ORDER BY hazard_id`, [ids]);
  return rows;
}

describe('hazard_status written from what a push batch holds', () => {
  it('equals, in every column, the row recomputed from the stored documents', async () => {
    const token = (await server.login('wangge')).accessToken;
    const [first, second, third] = ['held-1', 'held-2', 'held-3'].map((id, i) => hazardFor(i === 2 ? 'ent-003' : 'ent-001', id, 'gridPatrol', OFFICER.userId));
    if (!first || !second || !third) throw new Error('fixtures');
    // An event that waits for its hazard, judged when the hazard arrives in the batch below.
    const waiting = await pushRows(server, 'hazardEvents', token, [{ assumedMasterState: null, newDocumentState: { ...commentFor(first, 'held-ev-1', OFFICER), _deleted: false } }]);
    expect(waiting.status).toBe(200);
    const created = await pushRows(server, 'hazards', token, [first, second, third].map((h) => ({ assumedMasterState: null, newDocumentState: { ...h, _deleted: false } })));
    expect(created).toMatchObject({ status: 200, refused: [] });
    const edited = { ...second, title: '配电箱柜门已加锁', updatedAt: new Date().toISOString() };
    const updated = await pushRows(server, 'hazards', token, [{ assumedMasterState: { ...second, _deleted: false }, newDocumentState: { ...edited, _deleted: false } }]);
    expect(updated).toMatchObject({ status: 200, refused: [] });

    const ids = [first.id, second.id, third.id];
    const written = await statusOf(ids);
    expect(written).toHaveLength(3);
    await server.db.query(`DELETE FROM hazard_status WHERE hazard_id = ANY($1::text[])`, [ids]);
    await refreshHazardStatus(server.db, ids);
    expect(await statusOf(ids)).toEqual(written);
    // The waiting event was judged and counted: the row names its sequence.
    const { rows } = await server.db.query<{ seq: string }>(`SELECT seq FROM documents WHERE collection = 'hazardEvents' AND id = 'held-ev-1'`);
    expect((written[0]?.['row'] as { updated_seq: number }).updated_seq).toBe(Number(rows[0]?.seq));
  });
});

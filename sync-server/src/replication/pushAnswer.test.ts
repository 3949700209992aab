import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, WireDocument } from '@anxun/shared-schema';
import { hazardFor } from '../testing/fixtures';
import { pushRows } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
let officer: Session;
beforeAll(async () => {
  server = await createTestServer();
  officer = await server.login('wangge');
});
afterAll(() => server.close());

const wire = (doc: object, deleted = false) => ({ ...doc, _deleted: deleted }) as WireDocument;
const push = (rows: unknown[]) => pushRows(server, 'hazards', officer.accessToken, rows);
const answered = (body: unknown, id: string) => (body as WireDocument[]).find((d) => d.id === id);

describe('the push answer: the device adopts what the server stored', () => {
  it('answers the stored version when the server stored something other than what was sent (a field it does not keep)', async () => {
    const hazard = hazardFor('ent-001', 'hz-adopt-1', 'gridPatrol', officer.principal.userId);
    const result = await push([{ assumedMasterState: null, newDocumentState: wire({ ...hazard, notAField: '丢弃' }) }]);
    expect(result.refused).toEqual([]);
    expect(answered(result.body, hazard.id)).toEqual(wire(hazard));
  });

  it('answers the same stored form when that push arrives again', async () => {
    const hazard = hazardFor('ent-001', 'hz-adopt-2', 'gridPatrol', officer.principal.userId);
    await push([{ assumedMasterState: null, newDocumentState: wire(hazard) }]);
    expect((await push([{ assumedMasterState: null, newDocumentState: wire(hazard) }])).body).toEqual([]);
    const again = await push([{ assumedMasterState: wire(hazard), newDocumentState: wire({ ...hazard, notAField: '丢弃' }) }]);
    expect(answered(again.body, hazard.id)).toEqual(wire(hazard));
  });

  it('answers the merge when the push was made from an older version', async () => {
    const v1 = hazardFor('ent-001', 'hz-adopt-3', 'gridPatrol', officer.principal.userId);
    await push([{ assumedMasterState: null, newDocumentState: wire(v1) }]);
    const v2 = { ...v1, description: '另一台设备补充的描述' };
    await push([{ assumedMasterState: wire(v1), newDocumentState: wire(v2) }]);
    const stale = await push([{ assumedMasterState: wire(v1), newDocumentState: wire({ ...v1, location: '二号车间' }) }]);
    expect(answered(stale.body, v1.id)).toMatchObject({ description: v2.description, location: '二号车间' });
  });
});

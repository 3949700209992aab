import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireDocument } from '@anxun/shared-schema';
import { enterpriseIn } from '../testing/fixtures';
import { pullAll, pushRows } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await createTestServer();
  token = (await server.login('jianguan')).accessToken;
});
afterAll(() => server.close());

const wire = (doc: object) => ({ ...doc, _deleted: false }) as WireDocument;
const stored = async (id: string) => (await pullAll(server, 'enterprises', token)).documents.find((d) => d.id === id);
const VALID = '91320582MA1X00000N';

describe('统一社会信用代码 on every enterprise write', () => {
  it('refuses a new enterprise whose code fails its checksum, even with the warning accepted', async () => {
    const doc = { ...enterpriseIn('grid-ys-01', '320582100001', 'ent-uscc-bad'), uscc: '91320582MA1X00000X', usccWarningAccepted: true };
    const answer = await pushRows(server, 'enterprises', token, [{ assumedMasterState: null, newDocumentState: wire(doc) }]);
    expect(answer.refused.map((r) => r.id)).toEqual(['ent-uscc-bad']);
    expect(await stored('ent-uscc-bad')).toBeUndefined();
  });

  it('stores a code typed with full-width characters and spaces in its normal form', async () => {
    const doc = { ...enterpriseIn('grid-ys-01', '320582100001', 'ent-uscc-wide'), uscc: ' ９１３２０５８２ｍａ１ｘ　00000n ' };
    const answer = await pushRows(server, 'enterprises', token, [{ assumedMasterState: null, newDocumentState: wire(doc) }]);
    expect(answer.refused).toEqual([]);
    expect((await stored('ent-uscc-wide'))?.['uscc']).toBe(VALID);
  });

  it('lets a record stored before the check be edited, but not given another failing code', async () => {
    // Arranged as old data: written straight to the store, past the push checks.
    const legacy = { ...enterpriseIn('grid-ys-01', '320582100001', 'ent-uscc-old'), uscc: '91320582MA1X00000X', usccWarningAccepted: true };
    await server.store.writeTransaction((tx) => tx.write('enterprises', { id: legacy.id, data: legacy, deleted: false, keys: { enterpriseId: legacy.id, gridIds: legacy.gridIds, areaCode: legacy.areaCode, parentId: null } }, undefined, { actorId: 'test', deviceId: 'test' }));
    const before = (await stored('ent-uscc-old')) as WireDocument;
    const notes = await pushRows(server, 'enterprises', token, [{ assumedMasterState: before, newDocumentState: { ...before, notes: '已核实' } }]);
    expect(notes.refused).toEqual([]);
    const edited = (await stored('ent-uscc-old')) as WireDocument;
    const changed = await pushRows(server, 'enterprises', token, [{ assumedMasterState: edited, newDocumentState: { ...edited, uscc: '91320582MA1X00001X' } }]);
    expect(changed.refused.map((r) => r.id)).toEqual(['ent-uscc-old']);
    expect((await stored('ent-uscc-old'))?.['uscc']).toBe('91320582MA1X00000X');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, TaggedStreamMessage, type WireDocument } from '@anxun/shared-schema';
import { pullAll, pushRows } from '../testing/replicationClient';
import { SseReader } from '../testing/sseReader';
import { createTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const tagged = (m: unknown) => TaggedStreamMessage.parse(m);

describe('the combined change stream', () => {
  it('signals RESYNC for every collection on connect, then delivers changes tagged with their collection', async () => {
    const officer = (await server.login('wangge')).accessToken;
    const response = await server.app.request(`/api/replication/stream?access_token=${officer}`);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const stream = new SseReader(response);
    for (const name of COLLECTION_NAMES) await stream.waitFor((m) => tagged(m).collection === name && tagged(m).message === 'RESYNC');

    const doc = (await pullAll(server, 'enterprises', officer)).documents[0] as WireDocument;
    await pushRows(server, 'enterprises', officer, [{ assumedMasterState: doc, newDocumentState: { ...doc, notes: '流推送', updatedAt: new Date().toISOString() } }]);
    const arrived = tagged(await stream.waitFor((m) => tagged(m).collection === 'enterprises' && tagged(m).message !== 'RESYNC'));
    expect(arrived.message).toMatchObject({ documents: [expect.objectContaining({ id: doc.id, notes: '流推送' })] });
    await stream.close();
  });

  it('does not stream another grid’s changes to an officer', async () => {
    const officer = (await server.login('wangge')).accessToken;
    const other = (await server.login('wangge2')).accessToken;
    const stream = new SseReader(await server.app.request(`/api/replication/stream?access_token=${officer}`));
    await stream.waitFor((m) => tagged(m).message === 'RESYNC');
    const doc = (await pullAll(server, 'enterprises', other)).documents[0] as WireDocument;
    await pushRows(server, 'enterprises', other, [{ assumedMasterState: doc, newDocumentState: { ...doc, notes: '别的网格', updatedAt: new Date().toISOString() } }]);
    const received = await stream.drain(500);
    expect(JSON.stringify(received)).not.toContain('别的网格');
    await stream.close();
  });
});

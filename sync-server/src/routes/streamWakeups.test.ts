import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TaggedStreamMessage, type Principal, type WireDocument } from '@anxun/shared-schema';
import { pullAll, pushRows } from '../testing/replicationClient';
import { SseReader } from '../testing/sseReader';
import { createTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const tagged = (m: unknown) => TaggedStreamMessage.parse(m);

async function openStream(token: string): Promise<SseReader> {
  const stream = new SseReader(await server.app.request(`/api/replication/stream?access_token=${token}`));
  await stream.waitFor((m) => tagged(m).collection === 'tasks' && tagged(m).message === 'RESYNC');
  return stream;
}

/** The store reads made for a user (pulls, and user/session reads), counted from now on. */
function countReads() {
  const pulls = vi.spyOn(server.store, 'pull');
  const userReads = vi.spyOn(server.store.auth, 'findUserInSession');
  return {
    of: (userId: string) => ({
      pulls: pulls.mock.calls.filter((call) => (call[1] as Principal).userId === userId).length,
      userReads: userReads.mock.calls.filter((call) => call[0] === userId).length,
    }),
    stop() {
      pulls.mockRestore();
      userReads.mockRestore();
    },
  };
}

describe('a change stream under pushes', () => {
  it('receives every change in its scope, and a change outside it costs that stream no query', async () => {
    const wang = (await server.login('wangge')).accessToken;
    const li = (await server.login('wangge2')).accessToken;
    const inScope = await openStream(wang);
    const outOfScope = await openStream(li);
    const docs = (await pullAll(server, 'enterprises', wang)).documents.slice(0, 3) as WireDocument[];
    const reads = countReads();
    for (const [i, doc] of docs.entries()) {
      await pushRows(server, 'enterprises', wang, [{ assumedMasterState: doc, newDocumentState: { ...doc, notes: `第${i}次`, updatedAt: new Date().toISOString() } }]);
      await inScope.waitFor((m) => JSON.stringify(m).includes(`第${i}次`));
    }
    expect(JSON.stringify(await outOfScope.drain(300))).not.toContain('第');
    // Three pushes: the officer's stream pulled once per push, the other officer's never, and
    // nobody's user was read again (the principal cache answered every request).
    expect(reads.of('u-officer-1')).toEqual({ pulls: 3, userReads: 0 });
    expect(reads.of('u-officer-2')).toEqual({ pulls: 0, userReads: 0 });
    reads.stop();
    await inScope.close();
    await outOfScope.close();
  });

  it('signals RESYNC to an officer newly named on a grid, and the grid’s documents then reach their pull', async () => {
    const officer = (await server.login('wangge3')).accessToken;
    const supervisor = (await server.login('jianguan')).accessToken;
    const stream = await openStream(officer);
    const grid = (await pullAll(server, 'grids', supervisor)).documents.find((g) => g.id === 'grid-ys-02') as WireDocument;
    const assigned = { ...grid, officerIds: [...(grid['officerIds'] as string[]), 'u-officer-3'], updatedAt: new Date().toISOString() };
    expect((await pushRows(server, 'grids', supervisor, [{ assumedMasterState: grid, newDocumentState: assigned }])).refused).toEqual([]);
    await stream.waitFor((m) => tagged(m).collection === 'hazards' && tagged(m).message === 'RESYNC');
    const enterprises = await pullAll(server, 'enterprises', officer);
    expect(enterprises.documents.some((e) => (e['gridIds'] as string[]).includes('grid-ys-02'))).toBe(true);
    await stream.close();
  });
});

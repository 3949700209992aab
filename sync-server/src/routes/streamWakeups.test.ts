import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TaggedStreamMessage, type Principal, type WireDocument } from '@anxun/shared-schema';
import { streamReads } from '../replication/changeFanOut';
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

/** The store reads the streams make (own pulls per user, shared reads), and user/session reads, counted from now on. */
function countReads() {
  const pulls = vi.spyOn(server.store, 'pull');
  const shared = vi.spyOn(server.store, 'sequencedBetween');
  const userReads = vi.spyOn(server.store.auth, 'findUserInSession');
  return {
    of: (userId: string) => ({
      pulls: pulls.mock.calls.filter((call) => (call[1] as Principal).userId === userId).length,
      userReads: userReads.mock.calls.filter((call) => call[0] === userId).length,
    }),
    shared: () => shared.mock.calls.length,
    stop() {
      pulls.mockRestore();
      shared.mockRestore();
      userReads.mockRestore();
    },
  };
}

/** An officer's edit of an enterprise profile; resolves when every stream in `waiting` has it. */
async function editAndAwait(token: string, doc: WireDocument, notes: string, waiting: readonly SseReader[]): Promise<void> {
  await pushRows(server, 'enterprises', token, [{ assumedMasterState: doc, newDocumentState: { ...doc, notes, updatedAt: new Date().toISOString() } }]);
  for (const stream of waiting) await stream.waitFor((m) => JSON.stringify(m).includes(notes));
}

describe('a change stream under pushes', () => {
  it('receives every change in its scope, from one store read per push however many streams are open, and a change outside it costs nothing', async () => {
    const wang = (await server.login('wangge')).accessToken;
    const li = (await server.login('wangge2')).accessToken;
    const inScope = [await openStream(wang)];
    const outOfScope = await openStream(li);
    const docs = (await pullAll(server, 'enterprises', wang)).documents.slice(0, 3) as WireDocument[];
    let reads = countReads();
    for (const [i, doc] of docs.entries()) await editAndAwait(wang, doc, `第${i}次`, inScope);
    expect(JSON.stringify(await outOfScope.drain(300))).not.toContain('第');
    // Three pushes, three shared reads; no stream pulled for itself, and nobody's user was read
    // again (the principal cache answered every request).
    expect(reads.shared()).toBe(3);
    expect(reads.of('u-officer-1')).toEqual({ pulls: 0, userReads: 0 });
    expect(reads.of('u-officer-2')).toEqual({ pulls: 0, userReads: 0 });
    reads.stop();
    // Five streams of the officer now: still one read per push.
    for (let i = 0; i < 4; i++) inScope.push(await openStream(wang));
    reads = countReads();
    for (const [i, doc] of docs.entries()) await editAndAwait(wang, doc, `五台第${i}次`, inScope);
    expect(reads.shared()).toBe(3);
    expect(reads.of('u-officer-1').pulls).toBe(0);
    reads.stop();
    for (const stream of [...inScope, outOfScope]) await stream.close();
  });

  it('pulls for itself after a notice without a span (an older instance), then shares reads again, delivering each change once', async () => {
    const wang = (await server.login('wangge')).accessToken;
    const stream = await openStream(wang);
    const current = async () => (await pullAll(server, 'enterprises', wang)).documents[0] as WireDocument;
    const reads = countReads();
    const pulledBefore = streamReads.pulls;
    const publish = server.feed.publish.bind(server.feed);
    // As an instance of the previous release announces: the keys, but no span.
    const older = vi.spyOn(server.feed, 'publish').mockImplementation((notice) => publish({ documents: notice.documents, users: notice.users }));
    await editAndAwait(wang, await current(), '旧实例通知', [stream]);
    older.mockRestore();
    const carrying = (await stream.drain(300)).filter((m) => tagged(m).collection === 'enterprises' && JSON.stringify(m).includes('旧实例通知'));
    expect(carrying).toHaveLength(1);
    expect(reads.shared()).toBe(0);
    expect(streamReads.pulls).toBeGreaterThan(pulledBefore);
    // The next notice's span starts past what the stream knows it delivered: one more own pull,
    // which covers it; from the one after, the shared read serves the stream again.
    await editAndAwait(wang, await current(), '新实例通知一', [stream]);
    const afterCatchUp = streamReads.pulls;
    await editAndAwait(wang, await current(), '新实例通知二', [stream]);
    expect(streamReads.pulls).toBe(afterCatchUp);
    expect(reads.shared()).toBe(1);
    reads.stop();
    await stream.close();
  });

  it('holds a bounded queue for a client that stopped reading, and catches it up with its own pulls', async () => {
    const wang = (await server.login('wangge')).accessToken;
    const stream = await openStream(wang);
    const [doc] = (await pullAll(server, 'enterprises', wang)).documents as [WireDocument];
    const reads = countReads();
    // The client reads nothing while 80 pushes commit: the stream's first write waits on it.
    let current = doc;
    for (let i = 0; i < 80; i++) {
      const next = { ...current, notes: `积压${i}`, updatedAt: new Date().toISOString() };
      await pushRows(server, 'enterprises', wang, [{ assumedMasterState: current, newDocumentState: next }]);
      current = next;
    }
    await stream.waitFor((m) => JSON.stringify(m).includes('积压79'), 15_000);
    // Not one shared read per queued notice: past the bound they became one catch-up pull.
    expect(reads.shared()).toBeLessThan(20);
    reads.stop();
    await stream.close();
  }, 60_000);

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

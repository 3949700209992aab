import { expect, it } from 'vitest';
import { COLLECTION_NAMES, PullBatchResponse, type Checkpoint } from '@anxun/shared-schema';
import { pullAll } from '../testing/replicationClient';
import type { TestServer } from '../testing/testServer';
import { onEachStore } from './eachStore';

async function batch(server: TestServer, token: string, checkpoints: (Checkpoint | null)[]) {
  const parts = COLLECTION_NAMES.map((collection, i) => ({ collection, checkpoint: checkpoints[i] ?? null, limit: 1000 }));
  const response = await server.post('/api/replication/pull', parts, token);
  expect(response.status).toBe(200);
  return PullBatchResponse.parse(await response.json());
}

async function ownIds(server: TestServer, token: string, collection: string): Promise<string[]> {
  return (await pullAll(server, collection, token)).documents.map((d) => d.id);
}

/** A modified client sends checkpoints it did not earn: the batch answers only the caller's own scope. */
onEachStore('hostile: batched pull with other scopes\' checkpoints', (server) => {
  it('an officer replaying another officer\'s checkpoints restarts in its own scope and reads nothing of theirs', async () => {
    const theirs = (await server().login('wangge')).accessToken;
    const mine = (await server().login('wangge2')).accessToken;
    const stolen = (await batch(server(), theirs, [])).map((page) => page.checkpoint);
    // Their checkpoints with the scope fingerprint kept, and again with seq 0 (a forged "from the start" of theirs).
    for (const checkpoints of [stolen, stolen.map((c) => (c ? { ...c, seq: 0, id: '' } : null))]) {
      const pages = await batch(server(), mine, checkpoints);
      for (const page of pages) {
        expect(page.documents.map((d) => d.id), page.collection).toEqual(await ownIds(server(), mine, page.collection));
        expect(page.checkpoint?.scope, page.collection).not.toBe(stolen[0]?.scope);
      }
    }
    const ent = (await batch(server(), mine, stolen)).find((p) => p.collection === 'enterprises');
    expect(ent?.documents.length).toBeGreaterThan(0);
    expect(ent?.documents.every((d) => (d['gridIds'] as string[]).includes('grid-ys-02'))).toBe(true);
  });

  it('an enterprise user sending a supervisor\'s checkpoints gets only its own enterprise', async () => {
    const supervisor = (await server().login('jianguan')).accessToken;
    const enterprise = (await server().login('qiye')).accessToken;
    const stolen = (await batch(server(), supervisor, [])).map((page) => (page.checkpoint ? { ...page.checkpoint, seq: 0, id: '' } : null));
    const pages = await batch(server(), enterprise, stolen);
    const byName = new Map(pages.map((p) => [p.collection, p.documents]));
    expect(byName.get('enterprises')?.map((d) => d.id)).toEqual(['ent-001']);
    expect(byName.get('hazards')?.length).toBeGreaterThan(0);
    for (const collection of ['hazards', 'hazardEvents', 'inspections'] as const) {
      expect(byName.get(collection)?.every((d) => d['enterpriseId'] === 'ent-001'), collection).toBe(true);
    }
    for (const page of pages) expect(page.documents.map((d) => d.id), page.collection).toEqual(await ownIds(server(), enterprise, page.collection));
  });
});

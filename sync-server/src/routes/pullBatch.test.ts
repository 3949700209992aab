import { expect, it } from 'vitest';
import { COLLECTION_NAMES, PullBatchResponse, PullResponse, type Checkpoint } from '@anxun/shared-schema';
import { DEMO_USERS } from '../seed/demoUsers';
import { onEachStore } from '../hostile/eachStore';
import type { TestServer } from '../testing/testServer';

type Part = { collection: string; checkpoint: Checkpoint | null; limit: number };

async function batch(server: TestServer, token: string, parts: Part[]) {
  const response = await server.post('/api/replication/pull', parts, token);
  expect(response.status).toBe(200);
  return PullBatchResponse.parse(await response.json());
}

async function single(server: TestServer, token: string, { collection, checkpoint, limit }: Part) {
  const response = await server.post(`/api/replication/${collection}/pull`, { checkpoint, limit }, token);
  expect(response.status).toBe(200);
  return PullResponse.parse(await response.json());
}

async function problemOf(server: TestServer, token: string, body: unknown) {
  const response = await server.post('/api/replication/pull', body, token);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  return { status: response.status, body: (await response.json()) as { code: string; detail?: string; issues?: { path: string }[] } };
}

onEachStore('POST /api/replication/pull', (server) => {
  it.each(DEMO_USERS.map((u) => u.username))('answers %s every part exactly as the collection\'s own pull, page after page', async (username) => {
    const token = (await server().login(username)).accessToken;
    // Pages of 7 so that collections span several pages and the checkpoints move.
    let parts: Part[] = COLLECTION_NAMES.map((collection) => ({ collection, checkpoint: null, limit: 7 }));
    for (let round = 0; round < 4; round++) {
      const pages = await batch(server(), token, parts);
      expect(pages.map((p) => p.collection)).toEqual(parts.map((p) => p.collection));
      for (const [index, part] of parts.entries()) {
        const { collection, ...page } = pages[index] as PullBatchResponse[number];
        expect(page, `${username} ${collection} round ${round}`).toEqual(await single(server(), token, part));
      }
      parts = parts.map((part, index) => ({ ...part, checkpoint: pages[index]?.checkpoint ?? null }));
    }
  });

  it('restarts a part from zero when its checkpoint was issued for another scope, as the single pull does', async () => {
    const token = (await server().login('wangge')).accessToken;
    const [first] = await batch(server(), token, [{ collection: 'enterprises', checkpoint: null, limit: 1000 }]);
    const foreign = { ...(first?.checkpoint as Checkpoint), scope: 'deadbeef' };
    const [again] = await batch(server(), token, [{ collection: 'enterprises', checkpoint: foreign, limit: 1000 }]);
    expect(again?.documents.map((d) => d.id)).toEqual(first?.documents.map((d) => d.id));
    expect(again?.documents.length).toBeGreaterThan(0);
  });

  it('refuses a batch with a malformed part whole: 400 validation_failed naming the part', async () => {
    const token = (await server().login('wangge')).accessToken;
    const { status, body } = await problemOf(server(), token, [
      { collection: 'hazards', checkpoint: null, limit: 10 },
      { collection: 'enterprises', checkpoint: null, limit: 5000 },
    ]);
    expect(status).toBe(400);
    expect(body.code).toBe('validation_failed');
    expect(body.issues?.map((i) => i.path)).toContain('1.limit');
  });

  it('answers a part naming an unknown collection with the single pull\'s unknown_collection', async () => {
    const token = (await server().login('wangge')).accessToken;
    const { status, body } = await problemOf(server(), token, [
      { collection: 'hazards', checkpoint: null, limit: 10 },
      { collection: 'users', checkpoint: null, limit: 10 },
    ]);
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 'unknown_collection', detail: 'users' });
  });

  it('refuses a collection named twice, and an empty batch', async () => {
    const token = (await server().login('wangge')).accessToken;
    const twice = await problemOf(server(), token, [
      { collection: 'hazards', checkpoint: null, limit: 10 },
      { collection: 'hazards', checkpoint: null, limit: 10 },
    ]);
    expect(twice.status).toBe(400);
    expect(twice.body.issues?.map((i) => i.path)).toEqual(['1.collection']);
    expect((await problemOf(server(), token, [])).status).toBe(400);
  });

  it('is refused without a sign-in', async () => {
    const response = await server().post('/api/replication/pull', [{ collection: 'hazards', checkpoint: null, limit: 10 }]);
    expect(response.status).toBe(401);
  });
});

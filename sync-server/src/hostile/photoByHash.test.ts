import { createHash } from 'node:crypto';
import { beforeEach, expect, it } from 'vitest';
import { hazardFor } from '../testing/fixtures';
import { pullAll, pushRows } from '../testing/replicationClient';
import type { TestServer } from '../testing/testServer';
import { onEachStore } from './eachStore';

/** Hole 7: knowing a photo's hash is not holding the photo. */
function jpeg(seed: string): Uint8Array {
  const body = new TextEncoder().encode(`photo ${seed} ${Math.random()}`);
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...body, 0xff, 0xd9]);
}
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

onEachStore('photos by hash', (server: () => TestServer) => {
  const tokens: Record<string, string> = {};
  beforeEach(async () => {
    if (tokens['qiye']) return;
    for (const u of ['qiye', 'qiye2', 'wangge', 'jianguan']) tokens[u] = (await server().login(u)).accessToken;
  });
  const token = (user: string) => tokens[user] ?? '';
  const put = (bytes: Uint8Array, user: string) =>
    server().app.request(`/api/photos/${sha(bytes)}`, { method: 'PUT', headers: { authorization: `Bearer ${token(user)}`, 'content-type': 'image/jpeg' }, body: bytes });
  const get = async (hash: string, user: string) => (await server().app.request(`/api/photos/${hash}`, { headers: { authorization: `Bearer ${token(user)}` } })).status;
  async function selfCheckHazard(user: string, enterpriseId: string, id: string, photos: string[]) {
    const hazard = { ...hazardFor(enterpriseId, id, 'enterpriseSelfCheck', user === 'qiye' ? 'u-ent-1' : 'u-ent-2'), photosBefore: photos, _deleted: false };
    expect((await pushRows(server(), 'hazards', token(user), [{ assumedMasterState: null, newDocumentState: hazard }])).refused).toEqual([]);
    return hazard;
  }

  it('does not serve an enterprise\'s photo to another enterprise that put its hash in its own hazard', async () => {
    const photo = jpeg('ent-001 evidence');
    expect((await put(photo, 'qiye')).status).toBe(201);
    await selfCheckHazard('qiye', 'ent-001', 'hz-photo-owner', [sha(photo)]);
    await selfCheckHazard('qiye2', 'ent-002', 'hz-photo-thief', [sha(photo)]);
    expect(await get(sha(photo), 'qiye2')).toBe(404);
    expect(await get(sha(photo), 'qiye')).toBe(200);
    expect(await get(sha(photo), 'wangge')).toBe(200);
    expect(await get(sha(photo), 'jianguan')).toBe(200);
  });

  it('lets an earlier upload of the same bytes by another enterprise take nothing from the owner\'s officer', async () => {
    const photo = jpeg('squatted');
    expect((await put(photo, 'qiye2')).status).toBe(201);
    await selfCheckHazard('qiye', 'ent-001', 'hz-photo-squatted', [sha(photo)]);
    expect((await put(photo, 'qiye')).status).toBe(200);
    expect(await get(sha(photo), 'wangge')).toBe(200);
    expect(await get(sha(photo), 'qiye')).toBe(200);
  });

  it('grants the photo once it arrives after the document that references it', async () => {
    const photo = jpeg('offline');
    await selfCheckHazard('qiye', 'ent-001', 'hz-photo-late', [sha(photo)]);
    expect(await get(sha(photo), 'wangge')).toBe(404);
    expect((await put(photo, 'qiye')).status).toBe(201);
    expect(await get(sha(photo), 'wangge')).toBe(200);
    expect(await get(sha(photo), 'qiye2')).toBe(404);
  });

  it('keeps who added a reference when someone else rewrites the document', async () => {
    const photo = jpeg('kept ref');
    expect((await put(photo, 'qiye')).status).toBe(201);
    await selfCheckHazard('qiye', 'ent-001', 'hz-photo-rewritten', [sha(photo)]);
    const stored = (await pullAll(server(), 'hazards', token('jianguan'))).documents.find((d) => d.id === 'hz-photo-rewritten');
    if (!stored) throw new Error('the hazard did not reach the town');
    const edited = { ...stored, location: '二号配电房', updatedAt: new Date().toISOString() };
    expect((await pushRows(server(), 'hazards', token('jianguan'), [{ assumedMasterState: stored, newDocumentState: edited }])).refused).toEqual([]);
    expect(await get(sha(photo), 'wangge')).toBe(200);
  });
});

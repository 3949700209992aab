import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES, PhotoUploadResult } from '@anxun/shared-schema';
import { hazardFor } from '../testing/fixtures';
import { pushRows } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
let officer: string;
beforeAll(async () => {
  server = await createTestServer();
  officer = (await server.login('wangge')).accessToken;
});
afterAll(() => server.close());

/** A tiny but real JPEG header followed by unique bytes. */
function jpeg(seed: string): Uint8Array {
  const body = new TextEncoder().encode(`photo ${seed}`);
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...body, 0xff, 0xd9]);
}
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const put = (hash: string, bytes: Uint8Array, token = officer) =>
  server.app.request(`/api/photos/${hash}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg' }, body: bytes });
const get = (hash: string, token: string) => server.app.request(`/api/photos/${hash}`, { headers: { authorization: `Bearer ${token}` } });
const code = async (r: Response) => ((await r.json()) as { code: string }).code;

describe('photo upload', () => {
  it('stores verified bytes once: 201, then 200 for the same upload again', async () => {
    const bytes = jpeg('a');
    const first = await put(sha(bytes), bytes);
    expect(first.status).toBe(201);
    expect(PhotoUploadResult.parse(await first.json())).toMatchObject({ sha256: sha(bytes), size: bytes.byteLength, contentType: 'image/jpeg', created: true });
    const again = await put(sha(bytes), bytes);
    expect(again.status).toBe(200);
  });

  it('refuses bytes that do not match the hash in the path', async () => {
    const response = await put(sha(jpeg('b')), jpeg('c'));
    expect(response.status).toBe(422);
    expect(await code(response)).toBe('hash_mismatch');
  });

  it('refuses what is not a photo, whatever the content type says', async () => {
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    const response = await put(sha(html), html);
    expect(response.status).toBe(415);
    expect(await code(response)).toBe('unsupported_media_type');
  });

  it('refuses photos over the size limit', async () => {
    const big = new Uint8Array(MAX_PHOTO_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    const response = await put(sha(big), big);
    expect(response.status).toBe(413);
  });

  it('refuses an upload without a sign-in and a malformed hash', async () => {
    const bytes = jpeg('d');
    expect((await server.app.request(`/api/photos/${sha(bytes)}`, { method: 'PUT', body: bytes })).status).toBe(401);
    expect(await code(await put('not-a-hash', bytes))).toBe('validation_failed');
  });
});

describe('photo access', () => {
  it('serves a photo to its uploader and to users who may see a hazard that references it, and to nobody else', async () => {
    const bytes = jpeg('hazard-photo');
    const hash = sha(bytes);
    await put(hash, bytes);
    const otherOfficer = (await server.login('wangge2')).accessToken;
    const enterprise = (await server.login('qiye')).accessToken;
    expect((await get(hash, officer)).status).toBe(200);
    expect((await get(hash, enterprise)).status).toBe(404);

    const hazard = { ...hazardFor('ent-001', 'hz-photo-1', 'gridPatrol', 'u-officer-1'), photosBefore: [hash] };
    expect((await pushRows(server, 'hazards', officer, [{ assumedMasterState: null, newDocumentState: { ...hazard, _deleted: false } }])).refused).toEqual([]);
    const seen = await get(hash, enterprise);
    expect(seen.status).toBe(200);
    expect(seen.headers.get('content-type')).toBe('image/jpeg');
    expect(new Uint8Array(await seen.arrayBuffer())).toEqual(bytes);
    expect((await get(hash, otherOfficer)).status).toBe(404);
  });
});

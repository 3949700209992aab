import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../createApp';
import { photoFilesIn } from '../photos/photoFiles';
import { createPhotoStore } from '../photos/photoStore';
import { createOverviewStore } from '../store/overviewStore';
import { hazardFor } from '../testing/fixtures';
import { pushRows } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
let officer: string;
let clientDir: string;
beforeAll(async () => {
  server = await createTestServer();
  officer = (await server.login('wangge')).accessToken;
  clientDir = mkdtempSync(join(tmpdir(), 'anxun-client-'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>安巡</title>');
}, 60_000);
afterAll(async () => {
  await server.close();
  rmSync(clientDir, { recursive: true, force: true });
});

function expectAppHeaders(response: Response) {
  const csp = response.headers.get('content-security-policy') ?? '';
  for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'"]) expect(csp).toContain(directive);
  expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('permissions-policy')).toContain('geolocation=(self)');
  expect(response.headers.get('permissions-policy')).toContain('camera=(self)');
}

describe('security headers', () => {
  it('are on API answers, errors and the app shell', async () => {
    expectAppHeaders(await server.app.request('/api/health'));
    expectAppHeaders(await server.app.request('/api/nothing-here'));
    expectAppHeaders(await server.post('/api/auth/login', '{'));
    const photoDir = mkdtempSync(join(tmpdir(), 'anxun-photos-'));
    try {
      const app = createApp({
        store: server.store, feed: server.feed, photos: createPhotoStore(server.db, photoFilesIn(photoDir)), overview: createOverviewStore(server.db),
        jwtSecret: 'test-secret-test-secret-test-secret-42', clientDir,
      });
      const shell = await app.request('/hazards/h-1');
      expect(shell.status).toBe(200);
      expectAppHeaders(shell);
    } finally {
      rmSync(photoDir, { recursive: true, force: true });
    }
  });

  it('serve an HTML polyglot stored as a photo sandboxed, inline and unsniffable', async () => {
    // A valid JPEG start followed by HTML with a script: what a hostile uploader would try.
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode('<html><script>alert(document.cookie)</script></html>'), 0xff, 0xd9]);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const put = await server.app.request(`/api/photos/${hash}`, { method: 'PUT', headers: { authorization: `Bearer ${officer}` }, body: bytes });
    expect(put.status).toBe(201);
    const hazard = { ...hazardFor('ent-001', 'h-polyglot', 'gridPatrol', 'u-officer-1'), photosBefore: [hash] };
    expect((await pushRows(server, 'hazards', officer, [{ assumedMasterState: null, newDocumentState: { ...hazard, _deleted: false } }])).status).toBe(200);

    const photo = await server.app.request(`/api/photos/${hash}`, { headers: { authorization: `Bearer ${officer}` } });
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    expect(photo.headers.get('x-content-type-options')).toBe('nosniff');
    expect(photo.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(photo.headers.get('content-disposition')).toBe('inline');
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from './appEnv';
import { IMMUTABLE_CACHE, mountStaticClient, REVALIDATE_CACHE } from './staticClient';

let clientDir: string;
const app = new Hono<AppEnv>();
const script = 'export const answer = "安巡";\n'.repeat(200);
const shell = '<!doctype html><title>安巡</title><script type="module" src="/assets/index-abc123.js"></script>';
const worker = 'self.addEventListener("fetch", () => {});';

beforeAll(() => {
  clientDir = mkdtempSync(join(tmpdir(), 'anxun-static-'));
  mkdirSync(join(clientDir, 'assets'));
  const write = (name: string, text: string, compressed: boolean) => {
    writeFileSync(join(clientDir, name), text);
    if (!compressed) return;
    writeFileSync(join(clientDir, `${name}.br`), brotliCompressSync(text));
    writeFileSync(join(clientDir, `${name}.gz`), gzipSync(text));
  };
  write('assets/index-abc123.js', script, true);
  write('index.html', shell, true);
  write('sw.js', worker, true);
  write('icon-192.png', 'not really a png', false);
  app.all('/api/*', (c) => c.json({ code: 'not_found' }, 404));
  mountStaticClient(app, clientDir);
});
afterAll(() => rmSync(clientDir, { recursive: true, force: true }));

const get = (path: string, acceptEncoding?: string) => app.request(path, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} });
const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe('the built client', () => {
  it('is served brotli-compressed to a browser that accepts it, and the bytes are the file', async () => {
    const response = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    const body = await bytesOf(response);
    expect(body.length).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(body).toString()).toBe(script);
  });

  it('falls back to gzip, then to the plain file, always naming Vary', async () => {
    const gzip = await get('/assets/index-abc123.js', 'gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytesOf(gzip)).toString()).toBe(script);
    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    expect((await bytesOf(plain)).toString()).toBe(script);
  });

  it('caches hashed assets for a year and revalidates the shell, the service worker and other files', async () => {
    expect((await get('/assets/index-abc123.js', 'br')).headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
    for (const path of ['/', '/index.html', '/sw.js', '/icon-192.png', '/hazards/h-1']) {
      expect((await get(path, 'br')).headers.get('cache-control'), path).toBe(REVALIDATE_CACHE);
    }
    expect((await get('/sw.js', 'br')).headers.get('content-encoding')).toBe('br');
  });

  it('answers a client-side route with the compressed shell', async () => {
    const response = await get('/hazards/h-1', 'br');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(brotliDecompressSync(await bytesOf(response)).toString()).toBe(shell);
  });

  it('answers a missing hashed asset with 404, never the HTML shell', async () => {
    const response = await get('/assets/index-gone999.js', 'br');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type') ?? '').not.toMatch(/html/);
  });

  it('leaves API paths to the API and files outside the folder unreachable', async () => {
    expect((await get('/api/nothing')).status).toBe(404);
    expect(await (await get('/api/nothing')).json()).toEqual({ code: 'not_found' });
    const traversal = await get('/assets/..%2f..%2fetc%2fpasswd');
    expect((await traversal.text())).not.toContain('root:');
  });
});

import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES, Problem } from '@anxun/shared-schema';
import { BODY_LIMITS } from '../http/bodyLimits';
import { inspectionFor } from '../testing/fixtures';
import { createTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
let officer: string;
beforeAll(async () => {
  server = await createTestServer();
  officer = (await server.login('wangge')).accessToken;
}, 60_000);
afterAll(() => server.close());

const CHUNK = 64 * 1024;

/** A body streamed in chunks as the reader asks for them, counting what was asked for. */
function countedStream(totalBytes: number, filler = 0x20) {
  const counter = { pulled: 0 };
  const chunk = new Uint8Array(CHUNK).fill(filler);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= totalBytes) return controller.close();
      counter.pulled += CHUNK;
      controller.enqueue(chunk);
    },
  }, { highWaterMark: 0 });
  return { stream, counter };
}

async function send(method: string, path: string, body: ReadableStream<Uint8Array> | string, headers: Record<string, string> = {}) {
  return server.app.request(path, { method, body, headers: { authorization: `Bearer ${officer}`, 'content-type': 'application/json', ...headers }, duplex: 'half' } as RequestInit);
}

describe('body limits, applied before a route reads the body', () => {
  it('refuses a declared Content-Length over the limit without reading a byte', async () => {
    const { stream, counter } = countedStream(20 * 1024 * 1024);
    const response = await send('POST', '/api/auth/login', stream, { 'content-length': String(20 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(Problem.parse(await response.json()).code).toBe('payload_too_large');
    expect(counter.pulled).toBe(0);
  });

  it.each([
    ['POST', '/api/auth/login', BODY_LIMITS.default],
    ['POST', '/api/auth/refresh', BODY_LIMITS.default],
    ['POST', '/api/replication/hazards/pull', BODY_LIMITS.default],
    ['POST', '/api/conflicts/c-1/resolve', BODY_LIMITS.default],
    ['POST', '/api/draws', BODY_LIMITS.default],
    ['POST', '/api/replication/hazards/push', BODY_LIMITS.push],
    ['PUT', `/api/photos/${'a'.repeat(64)}`, MAX_PHOTO_BYTES],
  ])('cuts a chunked %s %s off at its limit, having read at most the limit and one chunk', async (method, path, limit) => {
    const { stream, counter } = countedStream(limit * 4 + 20 * 1024 * 1024);
    const response = await send(method, path, stream);
    expect(response.status).toBe(413);
    expect(Problem.parse(await response.json()).code).toBe('payload_too_large');
    expect(counter.pulled).toBeGreaterThan(limit);
    expect(counter.pulled).toBeLessThanOrEqual(limit + 2 * CHUNK);
  }, 60_000);

  it('accepts a legal push batch of 50 inspections with 200 KB signatures', async () => {
    const signature = { signerName: '王建国', signerRole: 'officer', image: `data:image/png;base64,${'A'.repeat(199_000)}`, refused: false, at: new Date().toISOString() };
    const rows = Array.from({ length: 50 }, (_, n) => ({
      assumedMasterState: null,
      newDocumentState: { ...inspectionFor('ent-001', `insp-big-${n}`), signatures: [signature, signature], _deleted: false },
    }));
    const body = JSON.stringify(rows);
    expect(body.length).toBeGreaterThan(16 * 1024 * 1024);
    const response = await send('POST', '/api/replication/inspections/push', body);
    expect(response.status).toBe(200);
  }, 60_000);

  it('answers a chunked 400 MB photo upload over a real socket with 413 long before it is sent, without holding it', async () => {
    const listening = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => listening.once('listening', resolve));
    const { port } = listening.address() as AddressInfo;
    const rssBefore = process.memoryUsage().rss;
    const chunk = Buffer.alloc(CHUNK, 0x20);
    let written = 0;
    const status = await new Promise<number>((resolve, reject) => {
      const upload = httpRequest({ host: '127.0.0.1', port, method: 'PUT', path: `/api/photos/${'b'.repeat(64)}`, headers: { authorization: `Bearer ${officer}`, 'transfer-encoding': 'chunked' } });
      let answered = false;
      upload.on('response', (response) => {
        answered = true;
        response.resume();
        resolve(response.statusCode ?? 0);
        upload.destroy();
      });
      upload.on('error', (error) => (answered ? undefined : reject(error)));
      const writeMore = () => {
        while (!answered && written < 400 * 1024 * 1024) {
          written += CHUNK;
          if (!upload.write(chunk)) return void upload.once('drain', writeMore);
        }
        if (!answered) upload.end();
      };
      writeMore();
    });
    await new Promise<void>((resolve) => listening.close(() => resolve()));
    expect(status).toBe(413);
    // What the client managed to write before the answer: the limit plus socket buffers, not 400 MB.
    expect(written).toBeLessThan(MAX_PHOTO_BYTES + 32 * 1024 * 1024);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
  }, 60_000);
});

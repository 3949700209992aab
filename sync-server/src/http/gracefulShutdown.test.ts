import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/demoUsers';
import { freePort } from '../testing/freePort';

const serverDir = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'anxun-shutdown-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));


/** A login whose body arrives in two halves, `pauseMs` apart: a slow tablet on a weak signal. */
function slowLogin(port: number, onFirstHalf: () => void, pauseMs: number): Promise<{ status: number; body: string }> {
  const body = JSON.stringify({ username: 'wangge', password: DEMO_PASSWORD, deviceId: 'slow-tablet' });
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/auth/login', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.write(body.slice(0, 20));
    req.flushHeaders();
    setTimeout(onFirstHalf, 200);
    setTimeout(() => req.end(body.slice(20)), 200 + pauseMs);
  });
}

it('on SIGTERM finishes the request in flight, ends the open change stream cleanly, releases the data folder and exits 0', async () => {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: serverDir, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, CLIENT_DIR: join(dataDir, 'no-client') }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await expect.poll(() => log, { timeout: 100_000, interval: 250 }).toContain('Demo logins');
  expect(existsSync(join(dataDir, 'anxun-server.lock'))).toBe(true);

  const base = `http://127.0.0.1:${port}`;
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'wangge', password: DEMO_PASSWORD, deviceId: 'streaming-tablet' }) });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const stream = await fetch(`${base}/api/replication/stream`, { headers: { authorization: `Bearer ${accessToken}` } });
  expect(stream.status).toBe(200);
  const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
  expect(new TextDecoder().decode((await reader.read()).value)).toContain('RESYNC');

  let signalledAt = 0;
  const slow = slowLogin(port, () => {
    signalledAt = Date.now();
    child.kill('SIGTERM');
  }, 1_500);
  // The stream ends (a clean end of the body, not an error) soon after the signal: the client reconnects elsewhere.
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read());
  expect(Date.now() - signalledAt).toBeLessThan(1_500);
  // The slow request, still sending its body when the signal came, is answered in full.
  const answered = await slow;
  expect(answered.status).toBe(200);
  expect(JSON.parse(answered.body)).toHaveProperty('accessToken');
  // No new connection is taken once the drain started.
  await expect(fetch(`${base}/api/health`)).rejects.toThrow();

  expect(await exited).toBe(0);
  expect(log).toMatch(/"event":"stopped","signal":"SIGTERM","requests":"drained"/);
  expect(existsSync(join(dataDir, 'anxun-server.lock'))).toBe(false);
}, 180_000);

import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../createApp';
import { createMetrics } from '../http/metrics';
import { photoFilesIn } from '../photos/photoFiles';
import { createPhotoStore } from '../photos/photoStore';
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/demoUsers';
import { createOverviewStore } from '../store/overviewStore';
import { hazardFor } from '../testing/fixtures';
import { createTestServer, type TestServer } from '../testing/testServer';
import { redirectApp } from '../tls/redirectApp';
import { serverHosts } from '../tls/serverHosts';
import type { SetupSource } from '../tls/setupRoutes';
import { loadTls, type TlsMaterial } from '../tls/tlsMaterial';

const METRICS_TOKEN = 'metrics-token-metrics-token-42';
let server: TestServer;
let dataDir: string;
let material: TlsMaterial;
let setup: SetupSource;
const logLines: string[] = [];
const metrics = createMetrics();
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  server = await createTestServer();
  dataDir = mkdtempSync(join(tmpdir(), 'anxun-setup-'));
  material = loadTls({ kind: 'localCa', dataDir, hosts: serverHosts(['anxun-lan.test']) });
  setup = { info: () => ({ httpsUrls: ['https://anxun-lan.test:8443/'], localCa: { fingerprint: material.localCa?.fingerprint ?? '' } }), caPem: () => material.localCa?.pem };
  app = createApp({
    store: server.store, feed: server.feed, photos: createPhotoStore(server.db, photoFilesIn(join(dataDir, 'photos'))), overview: createOverviewStore(server.db),
    jwtSecret: 'test-secret-test-secret-test-secret-42', setup, metrics, metricsToken: METRICS_TOKEN, logLine: (line) => logLines.push(line),
  });
}, 60_000);
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** What must never appear in a public answer: keys, the demo town's people, credentials. */
function expectNothingPrivate(text: string) {
  expect(text).not.toMatch(/PRIVATE KEY/);
  expect(text).not.toContain(material.key.split('\n')[1]);
  expect(text).not.toContain(DEMO_PASSWORD);
  expect(text).not.toContain('test-secret-test-secret');
  for (const user of DEMO_USERS) {
    expect(text).not.toContain(user.displayName);
    expect(text).not.toContain(user.userId);
  }
}

describe('the device setup answers (public, before any sign-in)', () => {
  it('/ca.crt is the CA certificate alone, for anyone', async () => {
    const response = await app.request('/ca.crt');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-x509-ca-cert');
    const body = await response.text();
    expectNothingPrivate(body);
    expect(body.match(/-----BEGIN [A-Z ]+-----/g)).toEqual(['-----BEGIN CERTIFICATE-----']);
    const ca = new X509Certificate(body);
    expect(ca.ca).toBe(true);
    expect(ca.fingerprint256).toBe(material.localCa?.fingerprint);
  });

  it('/setup shows the fingerprint, the steps and the address as an inline QR code, with no script', async () => {
    const response = await app.request('/setup');
    expect(response.status).toBe(200);
    const page = await response.text();
    expectNothingPrivate(page);
    expect(page).toContain(material.localCa?.fingerprint);
    for (const step of ['安卓平板', 'iPad', 'Windows', '受信任的根证书颁发机构', '证书信任设置']) expect(page).toContain(step);
    expect(page).toContain('https://anxun-lan.test:8443/');
    expect(page).toMatch(/<svg [^>]*class="qr"/);
    expect(page).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
    // The app's CSP allows it as it is: no inline script needed, inline style allowed.
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('without a local CA, /ca.crt is a 404 problem and /setup asks for the administrator’s address', async () => {
    const ca = await server.app.request('/ca.crt');
    expect(ca.status).toBe(404);
    expect((await ca.json()) as { code: string }).toMatchObject({ code: 'not_found' });
    const page = await (await server.app.request('/setup')).text();
    expect(page).toContain('管理员提供的 HTTPS 地址');
    expect(page).not.toContain('<svg');
  });
});

describe('the plain-HTTP port', () => {
  const redirect = () => redirectApp(setup, { httpsPort: 8443, knownHosts: ['anxun-lan.test', '192.168.10.20'], primaryHost: 'anxun-lan.test' });

  it('never serves the app or the API: every route of the app, any method, is a redirect to HTTPS with no body', async () => {
    const token = (await server.login('wangge')).accessToken;
    const paths = [...new Set(app.routes.map((r) => r.path.replace(/:[a-z0-9]+(\{[^}]*\})?/gi, 'x').replace(/\*$/, 'index.html')))].filter((p) => p !== '/ca.crt' && p !== '/setup');
    expect(paths).toContain('/api/replication/x/push');
    for (const path of [...paths, '/', '/sw.js', '/index.html', '/manifest.webmanifest']) {
      for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
        const response = await redirect().request(`http://anxun-lan.test:8080${path}?access_token=x`, { method, headers: { authorization: `Bearer ${token}` }, ...(method === 'GET' ? {} : { body: '{}' }) });
        expect(response.status, `${method} ${path}`).toBe(308);
        expect(response.headers.get('location')).toBe(`https://anxun-lan.test:8443${path}?access_token=x`);
        expect(await response.text()).toBe('');
      }
    }
  });

  it('sends a forged Host to the server’s own address, never to another site', async () => {
    for (const host of ['evil.example', 'anxun-lan.test.evil.example', '[::2]']) {
      const response = await redirect().request(`http://${host}:8080/api/auth/login`, { method: 'POST' });
      expect(response.headers.get('location')).toBe('https://anxun-lan.test:8443/api/auth/login');
    }
    const byAddress = await redirect().request('http://192.168.10.20:8080/');
    expect(byAddress.headers.get('location')).toBe('https://192.168.10.20:8443/');
  });

  it('serves /ca.crt and /setup, the two answers a tablet needs before it trusts the certificate', async () => {
    expect((await redirect().request('http://anxun-lan.test:8080/ca.crt')).status).toBe(200);
    const page = await redirect().request('http://anxun-lan.test:8080/setup');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(material.localCa?.fingerprint);
  });
});

describe('/metrics', () => {
  it('refuses without the token, with a wrong one, and answers Prometheus text with it', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${METRICS_TOKEN}x`, METRICS_TOKEN, `Basic ${METRICS_TOKEN}`]) {
      const response = await app.request('/metrics', authorization ? { headers: { authorization } } : {});
      expect(response.status, authorization).toBe(401);
      expect(await response.text()).not.toContain('anxun_http_requests_total');
    }
    const officer = await server.login('wangge', 'metrics-officer');
    // A push counts its stored rows; a refused one counts as a refusal.
    const mine = { ...hazardFor('ent-001', 'h-metrics-1', 'gridPatrol', 'u-officer-1'), _deleted: false };
    const notMine = { ...hazardFor('ent-999', 'h-metrics-2', 'gridPatrol', 'u-officer-1'), _deleted: false };
    expect((await app.request('/api/replication/hazards/push', { method: 'POST', headers: { authorization: `Bearer ${officer.accessToken}`, 'content-type': 'application/json' }, body: JSON.stringify([{ assumedMasterState: null, newDocumentState: mine }, { assumedMasterState: null, newDocumentState: notMine }]) })).status).toBe(200);
    const response = await app.request('/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const text = await response.text();
    expect(text).toMatch(/^anxun_http_requests_total\{method="POST",route="\/api\/replication\/:collection\/push",status="200"\} 1$/m);
    expect(text).toMatch(/^anxun_http_request_duration_seconds_bucket\{method="POST",route="\/api\/replication\/:collection\/push",status="200",le="\+Inf"\} 1$/m);
    expect(text).toMatch(/^anxun_push_rows_written_total\{collection="hazards"\} [1-9]/m);
    expect(text).toMatch(/^anxun_push_refusals_total\{collection="hazards"\} 1$/m);
    expect(text).toMatch(/^anxun_open_streams 0$/m);
    expectNothingPrivate(text);
  });

  it('without a token configured, answers only direct requests from this machine, not ones a proxy forwarded', async () => {
    const local = createApp({ store: server.store, feed: server.feed, photos: createPhotoStore(server.db, photoFilesIn(join(dataDir, 'p2'))), overview: createOverviewStore(server.db), jwtSecret: 'test-secret-test-secret-test-secret-42' });
    expect((await local.request('/metrics')).status).toBe(401);
    const listening: ServerType = serve({ fetch: local.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => listening.once('listening', resolve));
    const url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}/metrics`;
    try {
      expect((await fetch(url)).status).toBe(200);
      expect((await fetch(url, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(401);
      expect((await fetch(url, { headers: { forwarded: 'for=203.0.113.9' } })).status).toBe(401);
    } finally {
      listening.close();
    }
  });
});

describe('the request log', () => {
  it('writes one JSON line per request: route pattern, status, time and user, never a query, token, password or body', async () => {
    logLines.length = 0;
    const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'wangge', password: DEMO_PASSWORD, deviceId: 'log-device' }) });
    const { accessToken, refreshToken } = (await login.json()) as { accessToken: string; refreshToken: string };
    await app.request(`/api/replication/hazards/pull?access_token=${accessToken}`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ checkpoint: null, limit: 1 }) });
    await app.request('/api/photos/not-a-hash?access_token=leaked', { headers: { authorization: `Bearer ${accessToken}` } });
    expect(logLines).toHaveLength(3);
    const entries = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.map((e) => [e['method'], e['route'], e['status']])).toEqual([
      ['POST', '/api/auth/login', 200],
      ['POST', '/api/replication/:collection/pull', 200],
      ['GET', '/api/photos/:sha256', 400],
    ]);
    expect(entries[1]).toMatchObject({ userId: 'u-officer-1' });
    for (const entry of entries) {
      expect(Object.keys(entry).sort()).toEqual(expect.arrayContaining(['time', 'method', 'route', 'status', 'ms']));
      expect(typeof entry['ms']).toBe('number');
    }
    const all = logLines.join('\n');
    for (const secret of [accessToken, refreshToken, DEMO_PASSWORD, 'leaked', 'access_token', 'log-device', 'hazards/pull']) expect(all).not.toContain(secret);
  });
});

describe('/api/health', () => {
  it('answers 200 while the store answers, and 503 problem JSON once it cannot', async () => {
    const doomed = await createTestServer();
    expect((await doomed.app.request('/api/health')).status).toBe(200);
    await doomed.store.close();
    const response = await doomed.app.request('/api/health');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'store_unavailable', status: 503 });
  }, 60_000);
});

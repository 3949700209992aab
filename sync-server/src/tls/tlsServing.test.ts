import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { readConfig, servesTls } from '../config';
import { localCaFiles, RENEW_BEFORE_DAYS, SERVER_VALID_DAYS } from './localCa';
import { prepareTls } from './tlsServing';
import type { TlsMaterial } from './tlsMaterial';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'anxun-tls-serving-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('when the server speaks HTTPS', () => {
  it('stays plain HTTP on loopback by default, so npm start on a fresh clone is unchanged', () => {
    for (const HOST of ['127.0.0.1', '::1', 'localhost', '127.0.0.2']) expect(servesTls(readConfig({ HOST }))).toBe(false);
    expect(servesTls(readConfig({}))).toBe(false);
  });

  it('speaks HTTPS beyond loopback, unless TLS=off (a proxy terminates TLS); TLS=on forces it', () => {
    for (const HOST of ['0.0.0.0', '192.168.1.10', '::']) {
      expect(servesTls(readConfig({ HOST }))).toBe(true);
      expect(servesTls(readConfig({ HOST, TLS: 'off' }))).toBe(false);
    }
    expect(servesTls(readConfig({ TLS: 'on' }))).toBe(true);
  });

  it('refuses half an organisation certificate and an unknown TLS mode at start', () => {
    expect(() => readConfig({ TLS_CERT: '/etc/anxun/cert.pem' })).toThrow(/TLS_CERT and TLS_KEY go together/);
    expect(() => readConfig({ TLS_KEY: '/etc/anxun/key.pem' })).toThrow(/TLS_CERT and TLS_KEY go together/);
    expect(() => readConfig({ TLS: 'yes' })).toThrow(/TLS/);
    expect(readConfig({ HTTP_PORT: 'off' }).HTTP_PORT).toBe('off');
    expect(readConfig({ HTTP_PORT: '80' }).HTTP_PORT).toBe(80);
  });
});

describe('prepareTls', () => {
  it('with a local CA: shows TLS_HOSTS first, prints the CA file and fingerprint, and offers both on /setup', () => {
    const dir = dataDir();
    const tls = prepareTls(readConfig({ HOST: '0.0.0.0', DATA_DIR: dir, TLS_HOSTS: 'Anxun.Town.Example, 10.1.2.3' }), 8443);
    expect(tls.primaryHost).toBe('anxun.town.example');
    const info = tls.setup.info();
    expect(info.httpsUrls[0]).toBe('https://anxun.town.example:8443/');
    expect(info.httpsUrls).toContain('https://10.1.2.3:8443/');
    expect(info.httpsUrls.some((u) => u.includes('127.0.0.1') || u.includes('localhost'))).toBe(false);
    const fingerprint = new X509Certificate(tls.setup.caPem() ?? '').fingerprint256;
    expect(info.localCa?.fingerprint).toBe(fingerprint);
    const lines = tls.startLines(80).join('\n');
    expect(lines).toContain('https://anxun.town.example:8443/');
    expect(lines).toContain('http://anxun.town.example/setup');
    expect(lines).toContain(localCaFiles(dir).caCert);
    expect(lines).toContain(fingerprint);
    expect(lines).not.toMatch(/PRIVATE KEY/);
  });

  it('with the organisation’s certificate: no CA to download, its names as the addresses', () => {
    const dir = dataDir();
    // Any CA-signed pair stands in for the organisation's files.
    prepareTls(readConfig({ HOST: '0.0.0.0', DATA_DIR: dir, TLS_HOSTS: 'anxun.town.example' }), 443);
    const files = localCaFiles(dir);
    const tls = prepareTls(readConfig({ HOST: '0.0.0.0', DATA_DIR: dataDir(), TLS_CERT: files.serverCert, TLS_KEY: files.serverKey }), 443);
    expect(tls.setup.caPem()).toBeUndefined();
    expect(tls.setup.info()).toEqual({ httpsUrls: expect.arrayContaining(['https://anxun.town.example/']) as unknown, localCa: undefined });
    expect(tls.startLines(undefined).join('\n')).toContain("organisation's certificate");
  });

  it('renews the served certificate by itself before it expires, checked once a day, keeping the CA', () => {
    const dir = dataDir();
    const start = Date.now();
    vi.useFakeTimers({ now: start, toFake: ['setInterval', 'clearInterval', 'Date'] });
    const tls = prepareTls(readConfig({ HOST: '0.0.0.0', DATA_DIR: dir }), 8443);
    const first = tls.material();
    const renewed: TlsMaterial[] = [];
    tls.renewDaily((material) => renewed.push(material));
    const DAY = 86_400_000;
    vi.advanceTimersByTime((SERVER_VALID_DAYS - RENEW_BEFORE_DAYS - 2) * DAY);
    expect(renewed).toHaveLength(0);
    vi.advanceTimersByTime(4 * DAY);
    expect(renewed).toHaveLength(1);
    expect(renewed[0]?.issued).toBe('expiring');
    expect(renewed[0]?.validTo.getTime()).toBeGreaterThan(first.validTo.getTime());
    expect(renewed[0]?.localCa?.fingerprint).toBe(first.localCa?.fingerprint);
    expect(tls.material()).toBe(renewed[0]);
    expect(start).toBeLessThan(Date.now());
  });
});

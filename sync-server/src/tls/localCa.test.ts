import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureLocalCa, localCaFiles, RENEW_BEFORE_DAYS, SERVER_VALID_DAYS } from './localCa';
import { serverHosts } from './serverHosts';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'anxun-tls-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const machine = { hostname: 'town-server', interfaces: { eth0: [{ address: '192.168.10.20', family: 'IPv4', internal: false } as never], lo: [{ address: '127.0.0.1' } as never, { address: '::1' } as never, { address: 'fe80::1' } as never] } };
const DAY = 86_400_000;

/** Opens a TLS connection to `server` as a tablet would reach `servername`, trusting only `ca`. */
async function handshake(port: number, servername: string, ca: string | undefined): Promise<string> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, servername, path: '/', ca, headers: { host: servername } }, (res) => {
      res.resume();
      resolve(`ok ${res.statusCode}`);
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(`refused ${error.code ?? error.message}`));
    req.end();
  });
}

describe('the local certificate authority', () => {
  it('is made once per data folder, with its key readable by the server user alone', () => {
    const dir = dataDir();
    const hosts = serverHosts(['anxun.town.example'], machine);
    const first = ensureLocalCa(dir, hosts);
    const again = ensureLocalCa(dir, hosts);
    expect(first.issued).toBe('new');
    expect(again.issued).toBeUndefined();
    expect(again.caFingerprint).toBe(first.caFingerprint);
    expect(again.certPem).toBe(first.certPem);
    const files = localCaFiles(dir);
    expect(statSync(files.caKey).mode & 0o777).toBe(0o600);
    expect(statSync(files.serverKey).mode & 0o777).toBe(0o600);
    const ca = new X509Certificate(first.caCertPem);
    expect(ca.ca).toBe(true);
    expect(ca.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(first.caCertPem).not.toContain('PRIVATE KEY');
  });

  it('signs a server certificate for the machine’s names and addresses plus TLS_HOSTS, for serverAuth only', () => {
    const made = ensureLocalCa(dataDir(), serverHosts(['anxun.town.example', '10.0.0.5'], machine));
    const cert = new X509Certificate(made.certPem);
    const ca = new X509Certificate(made.caCertPem);
    expect(cert.checkIssued(ca)).toBe(true);
    expect(cert.verify(ca.publicKey)).toBe(true);
    expect(cert.ca).toBe(false);
    for (const name of ['DNS:anxun.town.example', 'DNS:town-server', 'DNS:town-server.local', 'DNS:localhost', 'IP Address:10.0.0.5', 'IP Address:192.168.10.20', 'IP Address:127.0.0.1']) expect(cert.subjectAltName).toContain(name);
    // A link-local IPv6 address cannot be typed in a URL without its zone: not named.
    expect(cert.subjectAltName).not.toMatch(/FE80/i);
    expect(cert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
    const days = (new Date(cert.validTo).getTime() - Date.now()) / DAY;
    expect(days).toBeGreaterThan(SERVER_VALID_DAYS - 1);
    expect(days).toBeLessThanOrEqual(SERVER_VALID_DAYS);
  });

  it('renews the server certificate before it expires and when a host is added, keeping the CA', () => {
    const dir = dataDir();
    const hosts = serverHosts([], machine);
    const first = ensureLocalCa(dir, hosts);
    const notYet = ensureLocalCa(dir, hosts, new Date(Date.now() + (SERVER_VALID_DAYS - RENEW_BEFORE_DAYS - 2) * DAY));
    expect(notYet.issued).toBeUndefined();
    const later = new Date(Date.now() + (SERVER_VALID_DAYS - RENEW_BEFORE_DAYS + 1) * DAY);
    const renewed = ensureLocalCa(dir, hosts, later);
    expect(renewed.issued).toBe('expiring');
    expect(renewed.caFingerprint).toBe(first.caFingerprint);
    expect(new Date(new X509Certificate(renewed.certPem).validTo).getTime()).toBeGreaterThan(later.getTime() + (SERVER_VALID_DAYS - 1) * DAY);
    const widened = ensureLocalCa(dir, serverHosts(['anxun-lan.test'], machine), later);
    expect(widened.issued).toBe('hosts');
    expect(new X509Certificate(widened.certPem).subjectAltName).toContain('DNS:anxun-lan.test');
  });

  it('serves TLS that a device trusting the CA accepts for a named host, and one without it refuses', async () => {
    const made = ensureLocalCa(dataDir(), serverHosts(['anxun-lan.test'], machine));
    const server: Server = createServer({ key: made.keyPem, cert: made.certPem }, (_req, res) => res.end('安巡'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      expect(await handshake(port, 'anxun-lan.test', made.caCertPem)).toBe('ok 200');
      expect(await handshake(port, 'anxun-lan.test', undefined)).toMatch(/^refused /);
      expect(await handshake(port, 'not-this-server.test', made.caCertPem)).toBe('refused ERR_TLS_CERT_ALTNAME_INVALID');
    } finally {
      server.close();
    }
  });
});

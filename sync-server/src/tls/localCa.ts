import { X509Certificate, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import type { ServerHosts } from './serverHosts';

const DAY_MS = 86_400_000;
/** The CA outlives many server certificates: re-installing it on every tablet is the expensive step. */
export const CA_VALID_DAYS = 3650;
/** Under iOS's 825-day ceiling for any TLS server certificate, and Chrome's 398 for public ones. */
export const SERVER_VALID_DAYS = 397;
/** A server certificate is re-issued this long before it expires (checked at start and daily). */
export const RENEW_BEFORE_DAYS = 30;

/** The UTF8String tag (12); @types/node-forge types valueTagClass as a tag class by mistake. */
const UTF8_STRING = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;

export interface LocalCaFiles {
  dir: string;
  caCert: string;
  caKey: string;
  serverCert: string;
  serverKey: string;
}

export function localCaFiles(dataDir: string): LocalCaFiles {
  const dir = join(dataDir, 'tls');
  return { dir, caCert: join(dir, 'anxun-ca.crt'), caKey: join(dir, 'anxun-ca.key'), serverCert: join(dir, 'server.crt'), serverKey: join(dir, 'server.key') };
}

/** What a TLS server needs, and what /setup and the start message show. */
export interface LocalCaMaterial {
  caCertPem: string;
  /** SHA-256 of the CA certificate, colon-separated hex: what a person compares on the tablet. */
  caFingerprint: string;
  certPem: string;
  keyPem: string;
  /** Why the server certificate was (re)issued in this call; undefined when the kept one still fits. */
  issued: 'new' | 'expiring' | 'hosts' | 'ca' | undefined;
}

/** Private keys are readable by the server's user alone; written to a temporary name first so a crash never leaves half a key. */
function writeSecret(path: string, pem: string): void {
  writeFileSync(`${path}.tmp`, pem, { mode: 0o600 });
  chmodSync(`${path}.tmp`, 0o600);
  renameSync(`${path}.tmp`, path);
}

function serialNumber(): string {
  // Positive (first bit clear) and unique enough that two certificates never share one.
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes.toString('hex');
}

function newCertificate(publicKey: forge.pki.PublicKey, notBefore: Date, days: number): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = serialNumber();
  // An hour back: a tablet whose clock runs a little slow still accepts a certificate made just now.
  cert.validity.notBefore = new Date(notBefore.getTime() - 3_600_000);
  cert.validity.notAfter = new Date(notBefore.getTime() + days * DAY_MS);
  return cert;
}

function createCa(files: LocalCaFiles, now: Date, label: string): void {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const cert = newCertificate(keys.publicKey, now, CA_VALID_DAYS);
  const name = [
    // A UTF8String: forge's default (PrintableString) cannot hold the Chinese name.
    { shortName: 'CN', value: `安巡 Anxun 本地证书颁发机构 ${label}`, valueTagClass: UTF8_STRING },
    { shortName: 'O', value: 'Anxun local CA' },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  mkdirSync(files.dir, { recursive: true, mode: 0o700 });
  writeSecret(files.caKey, forge.pki.privateKeyToPem(keys.privateKey));
  writeFileSync(files.caCert, forge.pki.certificateToPem(cert));
}

function issueServerCertificate(files: LocalCaFiles, hosts: ServerHosts, now: Date): void {
  const caCert = forge.pki.certificateFromPem(readFileSync(files.caCert, 'utf8'));
  const caKey = forge.pki.privateKeyFromPem(readFileSync(files.caKey, 'utf8'));
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const cert = newCertificate(keys.publicKey, now, SERVER_VALID_DAYS);
  cert.setSubject([{ shortName: 'CN', value: hosts.names[0] ?? hosts.addresses[0] ?? 'anxun' }]);
  // Parsed UTF8String values come back as UTF-8 bytes, which forge would encode again.
  cert.setIssuer(caCert.subject.attributes.map((a) => (a.valueTagClass === UTF8_STRING && typeof a.value === 'string' ? { ...a, value: forge.util.decodeUtf8(a.value) } : a)));
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: [...hosts.names.map((value) => ({ type: 2, value })), ...hosts.addresses.map((ip) => ({ type: 7, ip }))] },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(caKey, forge.md.sha256.create());
  writeSecret(files.serverKey, forge.pki.privateKeyToPem(keys.privateKey));
  writeFileSync(files.serverCert, forge.pki.certificateToPem(cert));
}

/** One spelling per name or address: IPv6 as its shortest form, so "0:0:0:0:0:0:0:1" equals "::1". */
function canonical(entry: string): string {
  const ip = /^IP Address:(.*:.*)$/.exec(entry)?.[1];
  return ip ? `IP Address:${new URL(`http://[${ip}]/`).hostname.slice(1, -1)}` : entry;
}

/** The names and addresses a certificate is for, as Node prints them ("DNS:a, IP Address:1.2.3.4"). */
function altNamesOf(cert: X509Certificate): Set<string> {
  return new Set((cert.subjectAltName ?? '').split(', ').filter((s) => s.length > 0).map(canonical));
}

function wantedAltNames(hosts: ServerHosts): string[] {
  return [...hosts.names.map((n) => `DNS:${n}`), ...hosts.addresses.map((a) => canonical(`IP Address:${a}`))];
}

/** Why the kept server certificate must be re-issued, or undefined when it still serves. */
function reissueReason(files: LocalCaFiles, ca: X509Certificate, hosts: ServerHosts, now: Date): LocalCaMaterial['issued'] {
  if (!existsSync(files.serverCert) || !existsSync(files.serverKey)) return 'new';
  const kept = new X509Certificate(readFileSync(files.serverCert));
  if (!kept.checkIssued(ca) || !kept.verify(ca.publicKey)) return 'ca';
  if (new Date(kept.validTo).getTime() - now.getTime() < RENEW_BEFORE_DAYS * DAY_MS) return 'expiring';
  const have = altNamesOf(kept);
  for (const name of wantedAltNames(hosts)) if (!have.has(name)) return 'hosts';
  return undefined;
}

/**
 * The local CA of this data folder (made once) and a server certificate it signed for `hosts`,
 * issued anew when missing, signed by another CA, within RENEW_BEFORE_DAYS of expiry, or missing
 * one of the hosts (a new address, a name added to TLS_HOSTS). The CA key never leaves the folder.
 */
export function ensureLocalCa(dataDir: string, hosts: ServerHosts, now: Date = new Date()): LocalCaMaterial {
  const files = localCaFiles(dataDir);
  if (!existsSync(files.caCert) || !existsSync(files.caKey)) createCa(files, now, now.toISOString().slice(0, 10));
  const caCertPem = readFileSync(files.caCert, 'utf8');
  const ca = new X509Certificate(caCertPem);
  const issued = reissueReason(files, ca, hosts, now);
  if (issued) issueServerCertificate(files, hosts, now);
  return { caCertPem, caFingerprint: ca.fingerprint256, certPem: readFileSync(files.serverCert, 'utf8'), keyPem: readFileSync(files.serverKey, 'utf8'), issued };
}

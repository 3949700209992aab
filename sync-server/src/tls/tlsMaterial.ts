import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ensureLocalCa, localCaFiles } from './localCa';
import type { ServerHosts } from './serverHosts';

/** The key and certificate a TLS server presents now, and where they came from. */
export interface TlsMaterial {
  cert: string;
  key: string;
  /** The server certificate's expiry, for the start message and the renewal check. */
  validTo: Date;
  /** Present when the server made its own CA: what /ca.crt serves and /setup shows. */
  localCa?: { pem: string; fingerprint: string; file: string };
  /** Set when this load issued a new server certificate (and why). */
  issued?: string;
}

export type TlsSource = { kind: 'organisation'; certFile: string; keyFile: string } | { kind: 'localCa'; dataDir: string; hosts: ServerHosts };

/**
 * Reads (or, for the local CA, makes and renews) the material. Called at start and daily: an
 * organisation's files renewed in place (certbot) and a local certificate near expiry both take
 * effect without a restart.
 */
export function loadTls(source: TlsSource, now: Date = new Date()): TlsMaterial {
  if (source.kind === 'organisation') {
    const cert = readFileSync(source.certFile, 'utf8');
    return { cert, key: readFileSync(source.keyFile, 'utf8'), validTo: new Date(new X509Certificate(cert).validTo) };
  }
  const made = ensureLocalCa(source.dataDir, source.hosts, now);
  return {
    cert: made.certPem,
    key: made.keyPem,
    validTo: new Date(new X509Certificate(made.certPem).validTo),
    localCa: { pem: made.caCertPem, fingerprint: made.caFingerprint, file: localCaFiles(source.dataDir).caCert },
    ...(made.issued ? { issued: made.issued } : {}),
  };
}

/** https://host:port/ for each host, IPv6 in brackets, the port left out when it is 443. */
export function httpsUrls(hosts: readonly string[], port: number): string[] {
  return hosts.map((h) => `https://${h.includes(':') ? `[${h}]` : h}${port === 443 ? '' : `:${port}`}/`);
}

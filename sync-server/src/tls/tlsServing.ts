import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ServerConfig } from '../config';
import { parseTlsHosts, primaryHost, serverHosts } from './serverHosts';
import type { SetupSource } from './setupRoutes';
import { httpsUrls, loadTls, type TlsMaterial, type TlsSource } from './tlsMaterial';

const DAY_MS = 86_400_000;

/** Everything main.ts needs to serve HTTPS: the material now, its renewal, the setup routes' source, the start message. */
export interface TlsServing {
  material(): TlsMaterial;
  setup: SetupSource;
  /** The hosts the redirect port may send a person to, and the one it uses for any other Host header. */
  knownHosts: string[];
  primaryHost: string;
  /** Re-reads or renews the material daily; calls `onChange` when the certificate changed. Unref'd: it never holds the process open. */
  renewDaily(onChange: (material: TlsMaterial) => void): NodeJS.Timeout;
  startLines(httpPort: number | undefined): string[];
}

/** The DNS names of the organisation's certificate, for the addresses shown when TLS_HOSTS is not set. */
function certificateNames(certFile: string): string[] {
  const san = new X509Certificate(readFileSync(certFile)).subjectAltName ?? '';
  return san.split(', ').flatMap((entry) => (entry.startsWith('DNS:') && !entry.includes('*') ? [entry.slice(4)] : []));
}

export function prepareTls(config: ServerConfig, port: number): TlsServing {
  const extra = parseTlsHosts(config.TLS_HOSTS);
  const source: TlsSource = config.TLS_CERT && config.TLS_KEY ? { kind: 'organisation', certFile: config.TLS_CERT, keyFile: config.TLS_KEY } : { kind: 'localCa', dataDir: config.DATA_DIR, hosts: serverHosts(extra) };
  let material = loadTls(source);
  const hosts = source.kind === 'localCa' ? [...source.hosts.names, ...source.hosts.addresses] : [...extra, ...certificateNames(source.certFile)];
  const primary = source.kind === 'localCa' ? primaryHost(source.hosts, extra) : (hosts[0] ?? 'localhost');
  const isLoopback = (h: string) => h === 'localhost' || h.startsWith('127.') || h === '::1';
  const shown = [primary, ...hosts.filter((h) => h !== primary && !isLoopback(h))];
  const urls = httpsUrls(shown, port);
  return {
    material: () => material,
    setup: { info: () => ({ httpsUrls: urls, localCa: material.localCa ? { fingerprint: material.localCa.fingerprint } : undefined }), caPem: () => material.localCa?.pem },
    knownHosts: hosts,
    primaryHost: primary,
    renewDaily(onChange) {
      const timer = setInterval(() => {
        try {
          const next = loadTls(source);
          if (next.cert === material.cert) return;
          material = next;
          onChange(next);
        } catch (error) {
          // The current certificate keeps serving; the next day tries again.
          console.error(JSON.stringify({ level: 'error', time: new Date().toISOString(), event: 'tls_renewal_failed', error: error instanceof Error ? error.name : typeof error }));
        }
      }, DAY_MS);
      return timer.unref();
    },
    startLines(httpPort) {
      const setupUrl = httpPort === undefined ? `${urls[0]}setup` : `http://${primary.includes(':') ? `[${primary}]` : primary}${httpPort === 80 ? '' : `:${httpPort}`}/setup`;
      return [
        `安巡 Anxun sync server on ${urls[0]} (HTTPS${material.localCa ? ', local CA' : ", organisation's certificate"}, valid until ${material.validTo.toISOString().slice(0, 10)})`,
        ...urls.slice(1).map((u) => `  also ${u}`),
        `  tablets start at ${setupUrl}${httpPort === undefined ? '' : ` (plain HTTP on port ${httpPort} only redirects)`}`,
        ...(material.localCa ? [`  CA certificate: ${material.localCa.file}`, `  CA SHA-256 fingerprint: ${material.localCa.fingerprint}`] : []),
        ...(material.issued ? [`  server certificate issued (${material.issued})`] : []),
      ];
    },
  };
}

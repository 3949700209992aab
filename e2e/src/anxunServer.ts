import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const CLIENT_DIR = join(repoRoot, 'dist/client');

/** A TCP port free on loopback right now, for a process a journey starts. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningServer {
  url: string;
  /** With `tlsHost`: the plain-HTTP port's address (it only redirects) and the server's local CA certificate file. */
  httpUrl?: string;
  caFile?: string;
  process: ChildProcess;
  stop(): Promise<void>;
  output(): string;
}

/**
 * Starts the real sync server (the same entry point as `npm start`) on a fresh PGlite folder and a
 * free port. With `tlsHost` it speaks HTTPS (TLS=on) with its local CA, for that name, as on a
 * town's network, and plain HTTP on a second port that only redirects.
 */
export async function startAnxunServer(extraEnv: Record<string, string> = {}, options: { tlsHost?: string } = {}): Promise<RunningServer> {
  if (!existsSync(join(CLIENT_DIR, 'index.html'))) throw new Error(`No built client in ${CLIENT_DIR}: run \`npm run build\` first.`);
  const dataDir = mkdtempSync(join(tmpdir(), 'anxun-e2e-'));
  const port = await freePort();
  const httpPort = options.tlsHost === undefined ? undefined : await freePort();
  const tlsEnv: Record<string, string> = httpPort === undefined ? {} : { TLS: 'on', TLS_HOSTS: options.tlsHost ?? '', HTTP_PORT: String(httpPort) };
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'sync-server/src/main.ts')], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, CLIENT_DIR, ...tlsEnv, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = options.tlsHost === undefined ? `http://127.0.0.1:${port}` : `https://${options.tlsHost}:${port}`;
  // Over TLS this process does not trust the server's CA: readiness is the redirect port, which starts after HTTPS listens.
  const probe = httpPort === undefined ? `${url}/api/health` : `http://127.0.0.1:${httpPort}/ca.crt`;
  const deadline = Date.now() + 180_000; // a loaded 2-core machine: PGlite and the seed can take a while
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      if ((await fetch(probe)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    ...(httpPort === undefined ? {} : { httpUrl: `http://${options.tlsHost}:${httpPort}`, caFile: join(dataDir, 'tls', 'anxun-ca.crt') }),
    process: child,
    output: () => log,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

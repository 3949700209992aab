import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../src/testing/throwawayPostgres';
import { freePort } from '../src/testing/freePort';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

export interface BenchProcess {
  base: string;
  stop(): Promise<void>;
}

/**
 * The real server (src/main.ts) in its own process, as `npm start` runs it, on PGlite in a temp
 * dir or on a throw-away PostgreSQL, with the demo town. TRUST_PROXY=1 here only: the simulated
 * devices each send their own X-Forwarded-For, as tablets behind the town's proxy would.
 */
export async function startServerProcess(kind: 'pglite' | 'postgres', env: Record<string, string> = {}): Promise<BenchProcess> {
  let postgres: ThrowawayPostgres | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'anxun-storm-'));
  if (kind === 'postgres') postgres = await startThrowawayPostgres();
  const port = await freePort();
  // STORM_CPU_PROF=<folder>: the server writes a V8 CPU profile there when it exits (open it in Chrome DevTools, or `node bench/profileSummary.ts <file>`).
  const profile = process.env['STORM_CPU_PROF'] ? ['--cpu-prof', '--cpu-prof-dir', process.env['STORM_CPU_PROF']] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, '--import', 'tsx', MAIN], {
    env: {
      ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, CLIENT_DIR: join(dataDir, 'no-client'), SEED_DEMO: '1', TRUST_PROXY: '1',
      JWT_SECRET: 'storm-bench-secret-storm-bench-secret-42', ...(postgres ? { DATABASE_URL: postgres.url } : {}), ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr}`);
    if (Date.now() > deadline) throw new Error(`server did not start: ${stderr}`);
    const up = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    base,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await postgres?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './anxunServer';

export const DEPLOY_CADDYFILE = fileURLToPath(new URL('../../deploy/Caddyfile', import.meta.url));

export interface CaddyProxy {
  /** The shipped site (deploy/Caddyfile): round robin over every instance. */
  balanced: string;
  /** One site per instance, with the same proxy settings: a browser pinned to one instance. */
  pinned: string[];
  output(): string;
  stop(): Promise<void>;
}

/**
 * Debian's caddy running deploy/Caddyfile as shipped (its site and its `anxun_proxy` settings)
 * over plain http on 127.0.0.1 — loopback is a secure context, so the app runs whole without a
 * certificate to trust — plus one pinned site per instance built from the same settings.
 */
export async function startCaddy(upstreams: readonly string[]): Promise<CaddyProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'anxun-caddy-'));
  const balancedPort = await freePort();
  const pinnedPorts = await Promise.all(upstreams.map(() => freePort()));
  const config = [
    `{\n\tadmin off\n\tstorage file_system ${join(dir, 'data')}\n}`,
    `import ${DEPLOY_CADDYFILE}`,
    ...upstreams.map((upstream, i) => `http://127.0.0.1:${pinnedPorts[i]} {\n\treverse_proxy ${upstream} {\n\t\timport anxun_proxy\n\t}\n}`),
  ].join('\n\n');
  writeFileSync(join(dir, 'Caddyfile'), `${config}\n`);
  const child = spawn('caddy', ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], {
    cwd: dir,
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: join(dir, 'config'), ANXUN_SITE: `http://127.0.0.1:${balancedPort}`, ANXUN_UPSTREAMS: upstreams.join(' ') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const balanced = `http://127.0.0.1:${balancedPort}`;
  const pinned = pinnedPorts.map((port) => `http://127.0.0.1:${port}`);
  const deadline = Date.now() + 30_000;
  for (const url of [balanced, ...pinned]) {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`caddy exited:\n${log}`);
      const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`caddy did not serve ${url}:\n${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    balanced,
    pinned,
    output: () => log,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

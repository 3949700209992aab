import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './freePort';

export interface ThrowawayPostgres {
  /** postgres://… of a database made for the caller. */
  url: string;
  /** Another empty database in the same cluster (one per test that needs a clean slate). */
  newDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/** Debian's layout (/usr/lib/postgresql/<major>/bin), newest first; ANXUN_PG_BIN overrides it. */
function postgresBinDir(): string {
  const fromEnv = process.env['ANXUN_PG_BIN'];
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  const newest = majors.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql, or set ANXUN_SKIP_POSTGRES=1');
  return join(root, newest, 'bin');
}

/** initdb refuses to run as root: as root, the cluster belongs to the `postgres` OS user. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}


function run(bin: string, args: string[], user: ReturnType<typeof runAs>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { ...user, cwd: tmpdir(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${bin} exited with ${code}: ${stderr}`))));
  });
}

async function waitUntilReady(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`postgres exited with ${server.exitCode}: ${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`postgres did not accept connections within 20 s: ${String(error)}\n${log()}`, { cause: error });
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/**
 * A PostgreSQL cluster that lives for one test file: a temp folder, 127.0.0.1 on a free port,
 * its unix socket inside the temp folder, no fsync (nothing here must survive a crash).
 * Throws when it cannot start: tests that need PostgreSQL fail rather than silently skip.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  const user = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'anxun-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  try {
    await run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-sync'], user);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  let started: Started | undefined;
  // The free port may be taken between probing and binding it: try a few.
  for (let attempt = 1; !started; attempt++) {
    try {
      started = await startServer(bin, data, dir, user);
    } catch (error) {
      if (attempt === 3) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
  const { port, stop } = started;

  const base = `postgres://postgres@127.0.0.1:${port}`;
  let made = 0;
  const newDatabase = async () => {
    const name = `anxun_${process.pid}_${++made}`;
    const admin = new pg.Client({ connectionString: `${base}/postgres` });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    return `${base}/${name}`;
  };

  return { url: await newDatabase(), newDatabase, stop };
}

interface Started {
  port: number;
  stop(): Promise<void>;
}

async function startServer(bin: string, data: string, dir: string, user: ReturnType<typeof runAs>): Promise<Started> {
  const port = await freePort();
  const settings = {
    listen_addresses: '127.0.0.1', port: String(port), unix_socket_directories: dir,
    fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '200',
  };
  const args = ['-D', data, ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
  const server = spawn(join(bin, 'postgres'), args, { ...user, cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  server.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  // A test worker that dies must not leave a server running.
  const killOnExit = () => server.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    // SIGINT = fast shutdown: ends sessions and exits cleanly, so the folder can be removed.
    if (server.exitCode === null) server.kill('SIGINT');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(`postgres://postgres@127.0.0.1:${port}/postgres`, server, () => log);
  } catch (error) {
    process.off('exit', killOnExit);
    if (server.exitCode === null) server.kill('SIGKILL');
    await exited;
    throw error;
  }
  return { port, stop };
}

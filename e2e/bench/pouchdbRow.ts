// Issue 17's comparison row: the first sync a team would build instead, PouchDB (pouchdb-browser,
// IndexedDB adapter) in the same Chromium replicating from express-pouchdb in Node, holding the
// same hazard JSON. Its packages are a separate package (bench/pouchdb, own lockfile), installed
// here on first run, so they never enter the app's dependency tree.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { freePort } from '../src/anxunServer';

const POUCH_DIR = fileURLToPath(new URL('./pouchdb/', import.meta.url));
const SERVER_ENTRY = fileURLToPath(new URL('./pouchdbServer.ts', import.meta.url));
const E2E_DIR = fileURLToPath(new URL('../', import.meta.url));

/** `npm ci` into bench/pouchdb when it has no install, or one older than its lockfile. */
export function installPouchDB(): void {
  const installed = statSync(join(POUCH_DIR, 'node_modules/.package-lock.json'), { throwIfNoEntry: false });
  if (installed && installed.mtimeMs >= statSync(join(POUCH_DIR, 'package-lock.json')).mtimeMs) return;
  console.info('installing the PouchDB comparison row (first run): npm ci --prefix e2e/bench/pouchdb');
  execFileSync('npm', ['ci', '--prefix', POUCH_DIR, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

export interface PouchServer {
  url: string;
  stop(): Promise<void>;
}

export async function startPouchServer(): Promise<PouchServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_ENTRY, String(port)], { cwd: E2E_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`express-pouchdb exited early:\n${log}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`express-pouchdb did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** A CouchDB document of the same JSON: `_id` from `id`; the pull's `_deleted` and other `_` fields are CouchDB's own words. */
const couchDocument = (doc: object) => ({ ...Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_'))), _id: (doc as { id: string }).id });

/** A new database on the server holding `documents`, written through PouchDB's bulkDocs (not timed). */
export async function seedPouchDatabase(server: PouchServer, name: string, documents: object[]): Promise<string> {
  const remote = `${server.url}/${name}`;
  const created = await fetch(remote, { method: 'PUT' });
  if (!created.ok) throw new Error(`express-pouchdb: create ${name}: ${created.status} ${await created.text()}`);
  for (let i = 0; i < documents.length; i += 1000) {
    const r = await fetch(`${remote}/_bulk_docs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ docs: documents.slice(i, i + 1000).map(couchDocument) }) });
    const results = (await r.json()) as { error?: string; reason?: string; id?: string }[];
    const failed = Array.isArray(results) ? results.filter((x) => x.error) : [results];
    if (!r.ok || failed.length > 0) throw new Error(`express-pouchdb: bulkDocs refused ${failed.length} document(s), e.g. ${JSON.stringify(failed[0])}`);
  }
  return remote;
}

let bundle: string | undefined;

/** pouchdb-browser bundled for a page (it imports Node's `events`, as a bundler would provide). */
function pouchBundle(): string {
  if (bundle) return bundle;
  const esbuild = createRequire(join(POUCH_DIR, 'package.json'))('esbuild') as { buildSync(o: object): { outputFiles: { text: string }[] } };
  const contents = "import PouchDB from 'pouchdb-browser'; window.PouchDB = PouchDB;";
  bundle = esbuild.buildSync({ stdin: { contents, resolveDir: POUCH_DIR }, bundle: true, format: 'iife', platform: 'browser', minify: true, write: false }).outputFiles[0]?.text ?? '';
  return bundle;
}

/** `PouchDB.replicate.from(remote)` into an empty IndexedDB database, to completion (ms). */
export async function pouchFirstSync(browser: Browser, server: PouchServer, remote: string, expected: number): Promise<{ ms: number; adapter: string }> {
  if (!existsSync(join(POUCH_DIR, 'node_modules'))) throw new Error('run installPouchDB() first');
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/_bench`);
    await page.addScriptTag({ content: pouchBundle() });
    return await page.evaluate(async ({ remote, expected }) => {
      interface Db { adapter: string; replicate: { from(url: string): Promise<unknown> }; info(): Promise<{ doc_count: number }> }
      const PouchDB = (window as unknown as { PouchDB: new (name: string) => Db }).PouchDB;
      const local = new PouchDB(`bench-${Math.random()}`);
      const t0 = performance.now();
      await local.replicate.from(remote);
      const ms = performance.now() - t0;
      const stored = (await local.info()).doc_count;
      if (stored !== expected) throw new Error(`PouchDB replicated ${stored} documents, expected ${expected}`);
      return { ms, adapter: local.adapter };
    }, { remote, expected });
  } finally {
    await context.close();
  }
}

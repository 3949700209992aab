// The three client measurements of issue 17, each in a browser context of its own.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLIENT_DIR } from '../src/anxunServer';
import { PASSWORD } from './benchSeed';

const require = createRequire(import.meta.url);

export async function signIn(page: Page, url: string, username = 'wangge'): Promise<void> {
  await page.goto(url);
  await page.locator('[data-testid=login-username] input, input[data-testid=login-username]').first().fill(username);
  await page.locator('[data-testid=login-password] input, input[data-testid=login-password]').first().fill(PASSWORD);
}

/** Documents in this device's RxDB hazards store, read beside the app through IndexedDB. */
export async function hazardsStored(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const name = (await indexedDB.databases()).map((d) => d.name ?? '').find((n) => n.startsWith('rxdb-dexie-anxun-') && n.endsWith('--hazards'));
    if (!name) return 0;
    return new Promise<number>((resolve) => {
      const open = indexedDB.open(name);
      open.onerror = () => resolve(0);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('docs')) return (db.close(), resolve(0));
        const count = db.transaction('docs').objectStore('docs').count();
        count.onsuccess = () => (db.close(), resolve(count.result));
        count.onerror = () => (db.close(), resolve(0));
      };
    });
  });
}

/** From pressing 登录 on an empty device until every hazard is in IndexedDB (ms). */
export async function firstSync(context: BrowserContext, url: string, expected: number, username = 'wangge'): Promise<number> {
  const page = await context.newPage();
  await signIn(page, url, username);
  const started = Date.now();
  await page.getByTestId('login-submit').click();
  const deadline = started + 600_000;
  while ((await hazardsStored(page)) < expected) {
    if (Date.now() > deadline) throw new Error('first sync did not finish in 10 minutes');
    await page.waitForTimeout(50);
  }
  return Date.now() - started;
}

/** The physical limit: Dexie bulkPut of the same documents into an empty table, same browser and origin (ms). */
export async function dexieBulkPut(browser: Browser, url: string, documents: object[]): Promise<number> {
  // The app's CSP allows no injected script; this context only runs the measurement.
  const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${url}/manifest.webmanifest`);
    await page.addScriptTag({ path: require.resolve('dexie/dist/dexie.min.js') });
    return await page.evaluate(async (docs) => {
      const Dexie = (window as unknown as { Dexie: new (name: string) => { version(n: number): { stores(s: object): void }; table(n: string): { bulkPut(d: object[]): Promise<unknown> }; open(): Promise<unknown> } }).Dexie;
      const db = new Dexie(`bench-bulkput-${Math.random()}`);
      db.version(1).stores({ docs: '&id, enterpriseId, updatedAt' });
      await db.open();
      const t0 = performance.now();
      await db.table('docs').bulkPut(docs);
      return performance.now() - t0;
    }, documents);
  } finally {
    await context.close();
  }
}

export interface ColdStart {
  firstRowMs: number;
  /** What the header said when it first appeared, and whether an empty list showed before the first row. */
  firstHeader: string;
  emptyShown: boolean;
  /** Where the time went: the last script loaded, and the app's performance marks (ms from navigation). */
  timeline: Record<string, number>;
}

/** Offline reload with the CPU throttled 4×: navigation start to the first enterprise row on screen. */
export async function offlineColdStart(context: BrowserContext, url: string): Promise<ColdStart> {
  const warm = context.pages()[0] ?? (await context.newPage());
  await warm.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await warm.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      const w = window as unknown as { __bench: { firstRowAt?: number; header?: string; empty: boolean } };
      w.__bench = { empty: false };
      new MutationObserver((_, observer) => {
        const header = document.querySelector('[data-testid=sync-indicator]');
        if (header && w.__bench.header === undefined) w.__bench.header = header.textContent ?? '';
        if (document.querySelector('[data-testid=list-empty]')) w.__bench.empty = true;
        if (document.querySelector('[data-testid=enterprise-item]')) {
          w.__bench.firstRowAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __bench: { firstRowAt?: number } }).__bench.firstRowAt !== undefined, undefined, { timeout: 120_000 });
    const seen = await page.evaluate(() => (window as unknown as { __bench: { firstRowAt: number; header?: string; empty: boolean } }).__bench);
    const timeline = await page.evaluate(() => {
      const scripts = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')) as PerformanceResourceTiming[];
      const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('anxun:'));
      return { navigatorOnLine: navigator.onLine ? 1 : 0, scriptsLoaded: Math.max(0, ...scripts.map((e) => e.responseEnd)), scripts: scripts.length, ...Object.fromEntries(marks.map((m) => [m.name.slice(6), m.startTime])) };
    });
    return { firstRowMs: seen.firstRowAt, firstHeader: seen.header ?? '', emptyShown: seen.empty, timeline };
  } finally {
    await page.close();
    await context.setOffline(false);
  }
}

export interface ScriptLoad {
  file: string;
  gzipBytes: number;
  wireBytes: number;
  encoding: string;
}

/** The JavaScript a new device loads for the login page, and then for the officer's first screen. */
export async function firstScreenScripts(browser: Browser, url: string): Promise<{ login: ScriptLoad[]; firstScreen: ScriptLoad[] }> {
  // No service worker: its precache would fetch every chunk, which is not what the screen needs.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1024, height: 768 }, locale: 'zh-CN' });
  const loads: ScriptLoad[] = [];
  try {
    const page = await context.newPage();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.endsWith('.js')) return;
      const file = join(CLIENT_DIR, path);
      const headers = response.headers();
      loads.push({ file: basename(path), gzipBytes: statSync(`${file}.gz`, { throwIfNoEntry: false })?.size ?? readFileSync(file).length, wireBytes: Number(headers['content-length'] ?? 0), encoding: headers['content-encoding'] ?? 'identity' });
    });
    await signIn(page, url);
    await page.waitForLoadState('networkidle');
    const login = [...loads];
    await page.getByTestId('login-submit').click();
    await page.getByTestId('enterprise-item').first().waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    return { login, firstScreen: [...loads] };
  } finally {
    await context.close();
  }
}

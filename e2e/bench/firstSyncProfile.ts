// Where a first sync's time goes (issue 17), not a benchmark: N hazards for `wangge`, then one
// first sync with a CPU profile of the page (CDP), IndexedDB transactions counted beside the app,
// and the pull requests' timings. Build the client unminified so the profile names functions:
//   npx vite build --minify false --outDir /tmp/anxun-profile-client
//   BENCH_CLIENT_DIR=/tmp/anxun-profile-client npm run bench:client-profile -w e2e
// The raw profile is written to e2e/artifacts/first-sync.cpuprofile (Chromium DevTools opens it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAnxunServer } from '../src/anxunServer';
import { ARTIFACTS, launchChromium, tabletContext } from '../src/browser';
import { accessToken, pullAll, seedOfficerDevice } from './benchSeed';
import { hazardsStored, signIn } from './clientMeasures';
import { countIndexedDbWork, type IndexedDbWork } from './indexedDbCounter';
import { summariseProfile, type CpuProfile } from './profileSummary';

const HAZARDS = Number(process.env['BENCH_N'] ?? 10_000);
const clientDir = process.env['BENCH_CLIENT_DIR'];

async function main() {
  const server = await startAnxunServer(clientDir ? { CLIENT_DIR: clientDir } : {});
  const browser = await launchChromium();
  try {
    await seedOfficerDevice(server.url, HAZARDS);
    const expected = (await pullAll(server.url, await accessToken(server.url, 'wangge'), 'hazards')).length;
    const context = await tabletContext(browser);
    const page = await context.newPage();
    await page.addInitScript(countIndexedDbWork);
    await signIn(page, server.url);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    // Each hazards page's request (sent → answered) and the stored count as it grows, in ms from the click.
    const requests: string[] = [];
    const progress: string[] = [];
    page.on('requestfinished', (request) => {
      if (!request.url().endsWith('/hazards/pull')) return;
      const t = request.timing();
      requests.push(`${(t.startTime - started).toFixed(0)}→${(t.startTime + t.responseEnd - started).toFixed(0)}`);
    });
    const started = Date.now();
    await page.getByTestId('login-submit').click();
    for (let stored = 0, last = -1; stored < expected; await page.waitForTimeout(50)) {
      stored = await hazardsStored(page);
      if (stored !== last) progress.push(`${Date.now() - started}:${stored}`);
      last = stored;
    }
    const wall = Date.now() - started;
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'first-sync.cpuprofile'), JSON.stringify(profile));

    console.info(`first sync of ${expected} hazards: ${wall} ms (profiled: slower than the bench's figure)`);
    for (const line of summariseProfile(profile)) console.info(line);
    const work = await page.evaluate(() => (window as unknown as { __idb: IndexedDbWork }).__idb);
    console.info(`IndexedDB: ${work.transactions} transactions (${work.readwrite} readwrite) in ${work.databases.length} databases; requests: ${Object.entries(work.requests).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.info(`  busiest stores: ${Object.entries(work.byStore).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.info(`hazards/pull requests (ms from the click, sent→answered): ${requests.join(' ')}`);
    console.info(`hazards stored (ms from the click: count): ${progress.join(' ')}`);
    const pulls = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.name.includes('/api/replication/'))
        .map((e) => ({ path: new URL(e.name).pathname.replace('/api/replication/', ''), start: e.startTime, wait: e.responseStart - e.requestStart, body: e.responseEnd - e.responseStart, bytes: e.encodedBodySize })),
    );
    const hazardPulls = pulls.filter((p) => p.path === 'hazards/pull');
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    console.info(`requests to /api/replication: ${pulls.length}; hazards/pull: ${hazardPulls.length}, server wait ${sum(hazardPulls.map((p) => p.wait)).toFixed(0)} ms in all (${hazardPulls.map((p) => p.wait.toFixed(0)).join(' ')}), ${(sum(hazardPulls.map((p) => p.bytes)) / 1e6).toFixed(1)} MB`);
    console.info(`  hazards/pull started at (ms from navigation): ${hazardPulls.map((p) => p.start.toFixed(0)).join(' ')}`);
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();

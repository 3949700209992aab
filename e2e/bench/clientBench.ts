// Benchmark (not a test), issue 17's client rows, each beside its limit in the same run:
// first sync of N hazards to an empty device vs Dexie bulkPut of the same JSON in the same
// Chromium, and against PouchDB replicating the same JSON from express-pouchdb (bench/pouchdb,
// installed on first run); first-screen JavaScript (gzipped) vs 200 kB; offline cold start to the
// first row at 4× CPU throttle vs 1.0 s. Run `npx vite build` first, then `npm run bench:client -w e2e`.
import { startAnxunServer } from '../src/anxunServer';
import type { Browser } from 'playwright-core';
import { launchChromium, tabletContext } from '../src/browser';
import { accessToken, pullAll, seedOfficerDevice } from './benchSeed';
import { installPouchDB, pouchFirstSync, seedPouchDatabase, startPouchServer, type PouchServer } from './pouchdbRow';
import { dexieBulkPut, firstScreenScripts, firstSync, offlineColdStart, type ColdStart, type ScriptLoad } from './clientMeasures';

const HAZARDS = Number(process.env['BENCH_N'] ?? 10_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const JS_LIMIT_KB = 200;
const COLD_START_LIMIT_MS = 1_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const sum = (loads: ScriptLoad[], key: 'gzipBytes' | 'wireBytes') => loads.reduce((n, l) => n + l[key], 0);

async function main() {
  installPouchDB();
  const server = await startAnxunServer();
  let pouch: PouchServer | undefined;
  let browser: Browser | undefined;
  try {
    pouch = await startPouchServer();
    browser = await launchChromium();
    let t0 = Date.now();
    await seedOfficerDevice(server.url, HAZARDS);
    const officer = await accessToken(server.url, 'wangge');
    const hazards = await pullAll(server.url, officer, 'hazards');
    console.info(`seeded ${HAZARDS} hazards for wangge through the push API in ${Date.now() - t0} ms; the device should hold ${hazards.length}`);
    t0 = Date.now();
    const pouchRemote = await seedPouchDatabase(pouch, 'hazards', hazards);
    console.info(`seeded express-pouchdb (memory adapter) with the same ${hazards.length} hazards through bulkDocs in ${Date.now() - t0} ms`);

    const scripts = await firstScreenScripts(browser, server.url);
    const loginGz = sum(scripts.login, 'gzipBytes');
    const allGz = sum(scripts.firstScreen, 'gzipBytes');
    const encodings = [...new Set(scripts.firstScreen.map((l) => l.encoding))].join(', ');
    console.info(`first-screen JS: login page ${kB(loginGz)} kB gzipped (${scripts.login.length} files); login + officer's first screen ${kB(allGz)} kB gzipped = ${(allGz / 1000 / JS_LIMIT_KB).toFixed(2)}× the ${JS_LIMIT_KB} kB limit; on the wire ${kB(sum(scripts.firstScreen, 'wireBytes'))} kB (${encodings})`);
    for (const l of scripts.firstScreen) console.info(`  ${scripts.login.includes(l) ? 'login ' : 'screen'} ${l.file.padEnd(36)} ${kB(l.gzipBytes).padStart(7)} kB gz ${kB(l.wireBytes).padStart(7)} kB ${l.encoding}`);

    // The server's share of a first sync: the same pages of 1,000 fetched from Node, no browser.
    const serverPulls: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      t0 = Date.now();
      await pullAll(server.url, officer, 'hazards');
      serverPulls.push(Date.now() - t0);
    }

    // The cold start of a demo-town officer (wangge2: no bench data), as issue 13 measured it.
    const demo = await tabletContext(browser);
    const demoColds: number[] = [];
    try {
      await firstSync(demo, server.url, (await pullAll(server.url, await accessToken(server.url, 'wangge2'), 'hazards')).length, 'wangge2');
      for (let run = 1; run <= RUNS; run++) demoColds.push((await offlineColdStart(demo, server.url)).firstRowMs);
    } finally {
      await demo.close();
    }

    const syncs: number[] = [];
    const bulkPuts: number[] = [];
    const pouchSyncs: number[] = [];
    let pouchAdapter = '';
    const colds: ColdStart[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const context = await tabletContext(browser);
      try {
        t0 = Date.now();
        syncs.push(await firstSync(context, server.url, hazards.length));
        bulkPuts.push(await dexieBulkPut(browser, server.url, hazards));
        const replicated = await pouchFirstSync(browser, pouch, pouchRemote, hazards.length);
        pouchSyncs.push(replicated.ms);
        pouchAdapter = replicated.adapter;
        colds.push(await offlineColdStart(context, server.url));
        const cold = colds[colds.length - 1];
        console.info(`run ${run}: first sync ${syncs[run - 1]} ms, Dexie bulkPut ${bulkPuts[run - 1]?.toFixed(0)} ms, PouchDB replication ${pouchSyncs[run - 1]?.toFixed(0)} ms, offline cold start ${cold?.firstRowMs.toFixed(0)} ms (header first showed "${cold?.firstHeader}", empty list shown first: ${cold?.emptyShown ? 'yes' : 'no'})`);
        console.info(`  cold start timeline (ms): ${Object.entries(cold?.timeline ?? {}).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
      } finally {
        await context.close();
      }
    }
    const sync = median(syncs);
    const bulk = median(bulkPuts);
    const pouchSync = median(pouchSyncs);
    // On a shared machine the load swings between runs: each run's ratio compares measurements
    // taken a moment apart, and the median of those is the figure.
    const perRun = (over: number[], under: number[]) => median(over.map((x, i) => x / (under[i] ?? NaN)));
    const fmtRuns = (over: number[], under: number[]) => over.map((x, i) => (x / (under[i] ?? NaN)).toFixed(2)).join(', ');
    const cold = median(colds.map((c) => c.firstRowMs));
    console.info(`\nclient rows, median of ${RUNS} (${HAZARDS} hazards; a ratio is the median of the runs' own ratios):`);
    console.info(`  first sync to an empty device   ${sync} ms = ${perRun(syncs, bulkPuts).toFixed(2)}× Dexie bulkPut of the same JSON (${bulk.toFixed(0)} ms; runs ${fmtRuns(syncs, bulkPuts)}); goal ≤ 2×`);
    console.info(`    of which the server's pull    ${median(serverPulls)} ms (the same pages of 1,000 fetched from Node)`);
    console.info(`  the same with PouchDB           PouchDB ${pouchSync.toFixed(0)} ms: Anxun ${perRun(pouchSyncs, syncs).toFixed(2)}× as fast (PouchDB's time ÷ Anxun's; runs ${fmtRuns(pouchSyncs, syncs)}); goal ≥ 5× (pouchdb-browser, ${pouchAdapter} adapter, replicate.from an express-pouchdb on the memory adapter, default options; Anxun's time includes signing in and its other collections)`);
    console.info(`  first-screen JS (gzipped)       ${kB(allGz)} kB = ${(allGz / 1000 / JS_LIMIT_KB).toFixed(2)}× the ${JS_LIMIT_KB} kB limit (login page alone ${kB(loginGz)} kB)`);
    console.info(`  offline cold start, 4× CPU      ${cold.toFixed(0)} ms = ${(cold / COLD_START_LIMIT_MS).toFixed(2)}× the ${COLD_START_LIMIT_MS} ms limit (${hazards.length} hazards on the device)`);
    const demoCold = median(demoColds);
    console.info(`  the same, demo-town officer     ${demoCold.toFixed(0)} ms = ${(demoCold / COLD_START_LIMIT_MS).toFixed(2)}× the limit (wangge2, demo data only)`);
  } finally {
    await browser?.close();
    await pouch?.stop();
    await server.stop();
  }
}

await main();

// Benchmark (not a test) of the supervisors' overview over a city-sized hazard table, on PGlite in a
// temp dir and on a throw-away PostgreSQL. Run: npm run bench:overview -w sync-server
//   (or npx tsx sync-server/bench/overviewBench.ts). BENCH_HAZARDS, BENCH_INSPECTIONS, BENCH_RUNS override the sizes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OverviewHazardQuery, shanghaiDate, addDays } from '@anxun/shared-schema';
import { kpiGroups } from '../src/overview/kpiGroups';
import { startThrowawayPostgres } from '../src/testing/throwawayPostgres';
import { backfillHazardStatus } from '../src/store/hazardStatusBackfill';
import { loadHazardDetail } from '../src/store/hazardDetailSql';
import { loadKpiFacts } from '../src/store/kpiFactsSql';
import { migrate } from '../src/store/migrate';
import { decodeCursor } from '../src/store/overviewCursor';
import { hazardFilter, overviewCounts, overviewHazards } from '../src/store/overviewSql';
import { openPglite } from '../src/store/pgliteClient';
import { openPostgres } from '../src/store/postgresClient';
import type { SqlClient } from '../src/store/sqlClient';
import { BENCH_CITY, BENCH_TOWN, seedBenchCity } from './overviewSeed';

const HAZARDS = Number(process.env['BENCH_HAZARDS'] ?? 100_000);
const INSPECTIONS = Number(process.env['BENCH_INSPECTIONS'] ?? 50_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 20);
const NOW = new Date();
const TODAY = shanghaiDate(NOW);

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

async function measure(label: string, work: () => Promise<unknown>): Promise<string> {
  await work(); // warm-up: plans and caches
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await timed(work))[1]);
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return `${label.padEnd(46)} p50 ${at(0.5).toFixed(1).padStart(7)} ms   p95 ${at(0.95).toFixed(1).padStart(7)} ms`;
}

async function benchStore(name: string, db: SqlClient): Promise<string[]> {
  const lines = [`── ${name}`];
  await migrate(db);
  const [, seedMs] = await timed(() => seedBenchCity(db, HAZARDS, INSPECTIONS, NOW));
  const [rebuilt, backfillMs] = await timed(() => backfillHazardStatus(db));
  await db.query('ANALYZE');
  const [again, idleMs] = await timed(() => backfillHazardStatus(db));
  lines.push(`seed ${HAZARDS} hazards + events + ${INSPECTIONS} inspections (bulk SQL): ${(seedMs / 1000).toFixed(1)} s`);
  lines.push(`backfill hazard_status (fold of every hazard): ${rebuilt} rows in ${(backfillMs / 1000).toFixed(1)} s; idle re-check at start: ${again} rows, ${idleMs.toFixed(0)} ms`);

  const q = (params: Record<string, string>) => OverviewHazardQuery.parse(params);
  const page = (area: string, params: Record<string, string>) => () => overviewHazards(db, area, q(params), undefined, TODAY);
  let cursor: string | null = null;
  for (let i = 0; i < 49; i++) cursor = (await overviewHazards(db, BENCH_CITY, q({ limit: '50' }), cursor ? decodeCursor(cursor, 'foundAt') : undefined, TODAY)).nextCursor;
  const page50 = decodeCursor(cursor ?? '', 'foundAt');
  for (const [area, who] of [[BENCH_CITY, 'city'], [BENCH_TOWN, 'town']] as const) {
    lines.push(await measure(`${who}: first page (50) + counts, unfiltered`, page(area, { limit: '50' })));
    lines.push(await measure(`${who}: source=enterpriseSelfCheck`, page(area, { source: 'enterpriseSelfCheck' })));
    lines.push(await measure(`${who}: overdue=true`, page(area, { overdue: 'true' })));
    lines.push(await measure(`${who}: gridId=bg-0-3`, page(area, { gridId: 'bg-0-3' })));
    lines.push(await measure(`${who}: sort=deadline, state=RECTIFYING`, page(area, { sort: 'deadline', state: 'RECTIFYING' })));
    lines.push(await measure(`${who}: q=消防 (title contains)`, page(area, { q: '消防' })));
    lines.push(await measure(`${who}: counts only, unfiltered`, () => overviewCounts(db, hazardFilter(area, q({}), TODAY))));
  }
  lines.push(await measure('city: page 50 via cursor (+ counts)', () => overviewHazards(db, BENCH_CITY, q({ limit: '50' }), page50, TODAY)));
  const [opened] = (await overviewHazards(db, BENCH_TOWN, q({ limit: '1' }), undefined, TODAY)).items;
  if (opened) lines.push(await measure('town: hazard drilldown (record, events, enterprise, its hazards)', () => loadHazardDetail(db, BENCH_TOWN, opened.hazardId, TODAY)));
  const from = addDays(TODAY, -364);
  for (const [area, who] of [[BENCH_CITY, 'city'], [BENCH_TOWN, 'town']] as const) {
    lines.push(await measure(`${who}: KPIs for a year, by grid (SQL + pure maths)`, async () =>
      kpiGroups(await loadKpiFacts(db, area, from, TODAY, TODAY), { from, to: TODAY, groupBy: 'grid' }, area, TODAY)));
  }
  return lines;
}

const report: string[] = [`overview benchmark: ${HAZARDS} hazards, ${INSPECTIONS} inspections, ${RUNS} runs per query, today ${TODAY}`];
const dir = mkdtempSync(join(tmpdir(), 'anxun-bench-pglite-'));
const pglite = await openPglite(dir);
try {
  report.push(...(await benchStore('PGlite (temp dir)', pglite)));
} finally {
  await pglite.close();
  rmSync(dir, { recursive: true, force: true });
}
console.info(report.join('\n'));
const cluster = await startThrowawayPostgres();
try {
  const postgres = await openPostgres(cluster.url);
  try {
    report.push(...(await benchStore('PostgreSQL (throw-away cluster, fsync off)', postgres)));
  } finally {
    await postgres.close();
  }
} finally {
  await cluster.stop();
}
console.info(report.join('\n'));

// Benchmark (not a test) of the push path against the database's own set-wise speed, on PGlite in a
// temp dir and on a throw-away PostgreSQL, in one run (issue 17). Run: npm run bench (root), or
// npx tsx sync-server/bench/pushBench.ts. BENCH_N (10,000) hazards per run, BENCH_RUNS (3) runs;
// ANXUN_SKIP_POSTGRES=1 leaves PostgreSQL out. On PostgreSQL it also measures the write lock (pushConcurrency.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from '../src/store/pgliteClient';
import { openPostgres } from '../src/store/postgresClient';
import { startThrowawayPostgres } from '../src/testing/throwawayPostgres';
import { measureConcurrency } from './pushConcurrency';
import { measureStore, PUSH_BATCH, type StoreFigures } from './pushBenchRuns';
import type { LimitScope } from './documentsInsertLimit';
import type { StatementTally } from './statementCounter';

const N = Number(process.env['BENCH_N'] ?? 10_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const log = (line: string) => console.info(line);

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const docsPerSecond = (value: number) => Math.round(value).toLocaleString('en-US');

function ratioLine(path: string, store: string, ours: readonly number[], limitName: string, limit: readonly number[]): string {
  const [a, b] = [median(ours), median(limit)];
  return `${path} ${store}: ${docsPerSecond(a)} docs/s = ${((100 * a) / b).toFixed(1)}% of ${limitName} (${docsPerSecond(b)} docs/s)`;
}

/** Statements per pushed row, by statement, with the time the app waited for them. */
function profileLines(what: string, tally: StatementTally, wallMs: number): string[] {
  const perRow = (value: number) => (value / N).toFixed(2).padStart(6);
  const lines = [
    `  ${what}: ${perRow(tally.statements).trim()} statements/row (+ BEGIN/COMMIT: ${tally.transactions} transactions = ${((2 * tally.transactions) / N).toFixed(2)}/row), ` +
      `waiting on SQL ${perRow(tally.sqlMs).trim()} ms/row of ${perRow(wallMs).trim()} ms/row wall`,
  ];
  const rows = [...tally.byPrefix].sort(([, a], [, b]) => b.count - a.count || b.ms - a.ms);
  for (const [prefix, { count, ms }] of rows) lines.push(`    ${perRow(count)}/row ${perRow(ms)} ms/row  ${prefix}`);
  return lines;
}

/** What each limit writes, as the ratio lines name it. */
const LIMIT_NAMES: Record<LimitScope, string> = {
  documents: 'documents alone (the issue\'s limit)',
  history: 'documents + document_history',
  status: 'documents + history + hazard_status (what any correct push must write)',
};

function report(store: string, figures: StoreFigures): string[] {
  const lines = (verb: string, path: 'create' | 'update', ours: readonly number[]) => (Object.keys(LIMIT_NAMES) as LimitScope[]).map((scope) =>
    ratioLine(`push ${path}`, store, ours, `multi-row ${verb}, ${LIMIT_NAMES[scope]}`, figures.limits[scope][path]));
  return [
    ...lines('INSERT', 'create', figures.pushCreate),
    ...lines('upsert', 'update', figures.pushUpdate),
    `profile ${store} (last run, ${N} rows, batches of ${PUSH_BATCH}):`,
    ...profileLines('create', figures.createTally, figures.createMs),
    ...profileLines('update', figures.updateTally, figures.updateMs),
  ];
}

const summary: string[] = [`push benchmark: ${N.toLocaleString('en-US')} hazards per run, batches of ${PUSH_BATCH}, median of ${RUNS} runs, ${new Date().toISOString()}`];
log(summary[0] ?? '');

log('── PGlite (temp dir)');
const dir = mkdtempSync(join(tmpdir(), 'anxun-bench-pglite-'));
const pglite = await openPglite(dir);
try {
  summary.push(...report('PGlite', await measureStore(pglite, 'pglite', N, RUNS, log)));
} finally {
  await pglite.close();
  rmSync(dir, { recursive: true, force: true });
}

if (process.env['ANXUN_SKIP_POSTGRES'] === '1') {
  summary.push('PostgreSQL: skipped (ANXUN_SKIP_POSTGRES=1)');
} else {
  log('── PostgreSQL (throw-away cluster, fsync off)');
  const cluster = await startThrowawayPostgres();
  try {
    const postgres = await openPostgres(cluster.url);
    try {
      summary.push(...report('PostgreSQL', await measureStore(postgres, 'postgres', N, RUNS, log)));
    } finally {
      await postgres.close();
    }
    const c = await measureConcurrency(async () => openPostgres(await cluster.newDatabase()), N, log);
    summary.push(
      `write lock, PostgreSQL, ${N.toLocaleString('en-US')} new hazards: 1 pusher ${docsPerSecond(c.one)} docs/s; 4 pushers of different grids at once ${docsPerSecond(c.four)} docs/s ` +
        `(${(c.four / c.one).toFixed(2)}×); the same 4 with the lock dropped ${docsPerSecond(c.fourWithoutLock)} docs/s (${(c.fourWithoutLock / c.four).toFixed(2)}× the locked 4)`,
    );
  } finally {
    await cluster.stop();
  }
}
log(summary.join('\n'));

// Benchmark (not a test) of a reconnect storm (issue 17): N simulated tablets over real HTTP
// against a real server process, all at once: refresh (or --login: sign in, paying scrypt), pull
// every collection from their checkpoints in pages of 1,000, push 5 hazards. Prints p50/p95/p99
// beside the goal (p99 < 2 s with refresh, no failed device).
// Run: npm run bench:storm -w sync-server -- [N] [--store=postgres|pglite|both] [--pglite-n=N] [--login] [--pool=N] [--per-collection]
// --per-collection: the tablet pulls as the client did before the batched pull (13 requests), for comparison.
// N defaults to 500 (PostgreSQL); PGlite runs --pglite-n (default: N). ANXUN_SKIP_POSTGRES=1 skips PostgreSQL.
import { cpus, loadavg } from 'node:os';
import { COLLECTION_NAMES } from '@anxun/shared-schema';
import { startServerProcess } from './stormServer';
import { DeviceFailure, inBatches, login, newDevice, pullEachCollection, pullEverything, pushFive, quantile, refresh, seconds, spread, STORM_USERS, type Device } from './stormDevices';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const N = Number(args.find((a) => /^\d+$/.test(a)) ?? 500);
const PGLITE_N = Number(flag('pglite-n') ?? N);
const STORES = (flag('store') ?? (process.env['ANXUN_SKIP_POSTGRES'] === '1' ? 'pglite' : 'both')).split(',').flatMap((s) => (s === 'both' ? ['postgres', 'pglite'] : [s])) as ('postgres' | 'pglite')[];
const WITH_LOGIN = args.includes('--login');
const POOL = flag('pool');
const PER_COLLECTION = args.includes('--per-collection');
const pullAll = PER_COLLECTION ? pullEachCollection : pullEverything;
const GOAL_P99_MS = 2_000;
const log = (line: string) => console.info(line);

interface DeviceRun { ms: number; authMs: number; pullMs: number; pushMs: number; pulledDocs: number; failure?: string }

async function storm(kind: 'postgres' | 'pglite', n: number): Promise<string[]> {
  const server = await startServerProcess(kind, POOL ? { PG_POOL_SIZE: POOL } : {});
  try {
    const devices = Array.from({ length: n }, (_, i) => newDevice(i));
    // Before the storm (not timed): each tablet signed in once and synced; its checkpoints are its user's.
    const setupStart = performance.now();
    await inBatches(devices, 4, (d) => login(server.base, d));
    for (const user of STORM_USERS) {
      const first = devices.find((d) => d.username === user.username) as Device;
      const pulled = await pullEverything(server.base, first);
      const enterpriseId = pulled.get('enterprises')?.[0]?.id;
      if (!enterpriseId) throw new Error(`${user.username} sees no enterprise`);
      for (const d of devices) if (d.username === user.username) Object.assign(d, { checkpoints: new Map(first.checkpoints), enterpriseId });
    }
    log(`  ${kind}: ${n} devices signed in and synced in ${seconds(performance.now() - setupStart)} (not timed)`);

    // The limit beside it, in the same run: the same devices making as many requests, at once, to
    // an endpoint that does nothing (/api/health): HTTP, the event loop and this machine's load.
    // A tablet makes 3: the refresh, one batched pull (every collection fits one page after setup), the push
    // (with --per-collection: one pull per collection instead).
    const requests = 1 + (PER_COLLECTION ? COLLECTION_NAMES.length : 1) + 1;
    let hollowFailures = 0;
    const hollow = await Promise.all(devices.map(async (device) => {
      const t0 = performance.now();
      try {
        for (let i = 0; i < requests; i++) await fetch(`${server.base}/api/health`, { headers: { 'x-forwarded-for': device.address } }).then((r) => r.text());
      } catch {
        hollowFailures += 1;
      }
      return performance.now() - t0;
    }));
    const hollowP99 = quantile([...hollow].sort((a, b) => a - b), 0.99);

    for (const d of devices) d.requests = 0;
    const start = performance.now();
    const runs = await Promise.all(devices.map(async (device): Promise<DeviceRun> => {
      const t0 = performance.now();
      const run: DeviceRun = { ms: 0, authMs: 0, pullMs: 0, pushMs: 0, pulledDocs: 0 };
      try {
        await (WITH_LOGIN ? login : refresh)(server.base, device);
        const t1 = performance.now();
        const pulled = await pullAll(server.base, device);
        run.pulledDocs = [...pulled.values()].reduce((sum, docs) => sum + docs.length, 0);
        const t2 = performance.now();
        await pushFive(server.base, device, 'storm');
        Object.assign(run, { authMs: t1 - t0, pullMs: t2 - t1, pushMs: performance.now() - t2 });
      } catch (error) {
        run.failure = error instanceof DeviceFailure ? error.message : String(error);
      }
      run.ms = performance.now() - t0;
      return run;
    }));
    const wallMs = performance.now() - start;
    const ok = runs.filter((r) => !r.failure);
    const failed = runs.filter((r) => r.failure);
    const p99 = quantile(ok.map((r) => r.ms).sort((a, b) => a - b), 0.99);
    const met = failed.length === 0 && p99 < GOAL_P99_MS;
    const reasons = [...new Set(failed.map((r) => r.failure))].slice(0, 3);
    return [
      `storm ${kind} (${n} devices, ${WITH_LOGIN ? 'login' : 'refresh'} + pull ${COLLECTION_NAMES.length} collections ${PER_COLLECTION ? 'one request each' : 'in one request'} + push 5${POOL ? `, pool ${POOL}` : ''}):`,
      `  ${spread('device total', ok.map((r) => r.ms))}  = p99 ${(p99 / GOAL_P99_MS).toFixed(2)}× the 2 s goal → ${met ? 'met' : 'NOT met'}`,
      `  ${spread('limit: the same requests to /api/health', hollow)}  → storm p99 = ${(p99 / hollowP99).toFixed(1)}× it${hollowFailures ? ` (${hollowFailures} failed)` : ''}`,
      `  ${spread(WITH_LOGIN ? 'login  ' : 'refresh', ok.map((r) => r.authMs))}`,
      `  ${spread('pull   ', ok.map((r) => r.pullMs))} (median ${quantile(ok.map((r) => r.pulledDocs).sort((a, b) => a - b), 0.5)} documents)`,
      `  ${spread('push 5 ', ok.map((r) => r.pushMs))}`,
      `  requests per device: ${[...new Set(devices.map((d) => d.requests))].join(', ')} (the limit line sent ${requests} each)`,
      `  failed devices: ${failed.length} of ${n}${reasons.length ? ` (${reasons.join('; ')})` : ''}; storm wall ${seconds(wallMs)}, ${(n / (wallMs / 1000)).toFixed(0)} devices/s`,
    ];
  } finally {
    await server.stop();
  }
}

const summary = [`storm benchmark, ${new Date().toISOString()}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()[0]?.toFixed(1)} at start, client and server on this machine`];
for (const kind of STORES) {
  log(`── ${kind}`);
  const lines = await storm(kind, kind === 'pglite' ? PGLITE_N : N);
  for (const line of lines) log(line);
  summary.push(...lines);
}
log('\n── summary');
for (const line of summary) log(line);

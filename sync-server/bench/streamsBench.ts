// Benchmark (not a test) of change streams under pushes (issue 17): D simulated tablets over real
// HTTP against a real server process, each with its combined change stream open, each pushing 5
// hazards P times at random moments of a window. Prints push p50/p95/p99 beside the goal (p99 < 1 s)
// and delivery latency (push answered → document on each stream of a device in scope), and any miss;
// then the same pushes with every stream closed, as the limit the streams' cost is measured against.
// Also prints the store reads the streams made per push (the server's /metrics): one shared read
// per notice, plus any stream's own pulls.
// Run: npm run bench:streams -w sync-server -- [D] [--store=postgres|pglite] [--pushes=P] [--window=seconds] [--pool=N] [--users=U]
// --base=URL runs against a server already started (e.g. under node --cpu-prof) instead of its own.
// --users spreads the devices over U officers (default 3, at most 4: the demo town's officers who
// report grid-patrol hazards on grids of their own; the enforcement officer shares grid-ys-01 with
// wangge, and the expert's gridPatrol hazards are refused, an expert reports 第三方检查 only).
import { cpus, loadavg } from 'node:os';
import { COLLECTION_NAMES } from '@anxun/shared-schema';
import { startServerProcess } from './stormServer';
import { inBatches, login, newDevice, pushFive, quantile, seconds, spread, STORM_USERS, type Device } from './stormDevices';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const D = Number(args.find((a) => /^\d+$/.test(a)) ?? 200);
const KIND = (flag('store') ?? (process.env['ANXUN_SKIP_POSTGRES'] === '1' ? 'pglite' : 'postgres')) as 'postgres' | 'pglite';
const PUSHES = Number(flag('pushes') ?? 2);
const WINDOW_MS = Number(flag('window') ?? 10) * 1000;
const POOL = flag('pool');
const GOAL_PUSH_P99_MS = 1_000;
const OFFICERS = [...STORM_USERS, { username: 'zhifa', userId: 'u-enforcer-1' }] as const;
const USERS = Math.max(1, Math.min(OFFICERS.length, Number(flag('users') ?? STORM_USERS.length)));
const log = (line: string) => console.info(line);

/** Reads a device's SSE stream, noting when each document id arrives. */
async function openStream(base: string, device: Device, arrivals: Map<string, Map<number, number>>): Promise<{ ready: Promise<void>; close(): void }> {
  const abort = new AbortController();
  const response = await fetch(`${base}/api/replication/stream?access_token=${device.accessToken}`, { headers: { 'x-forwarded-for': device.address }, signal: abort.signal });
  if (!response.ok || !response.body) throw new Error(`stream ${device.index}: ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let resyncs = 0;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  void (async () => {
    let buffer = '';
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (chunk.done) return;
      buffer += chunk.value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = event.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('');
        if (!data) continue;
        const { message } = JSON.parse(data) as { message: 'RESYNC' | { documents: { id: string }[] } };
        if (message === 'RESYNC') {
          if (++resyncs === COLLECTION_NAMES.length) markReady();
          continue;
        }
        const at = performance.now();
        for (const doc of message.documents) {
          const seen = arrivals.get(doc.id) ?? new Map<number, number>();
          if (!seen.has(device.index)) seen.set(device.index, at);
          arrivals.set(doc.id, seen);
        }
      }
    }
  })();
  return { ready, close: () => abort.abort() };
}

/** The server's count of store reads made by change streams, by kind (anxun_stream_reads_total). */
async function streamReadsOf(base: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const reads: Record<string, number> = {};
  for (const [, read, n] of text.matchAll(/^anxun_stream_reads_total\{read="(\w+)"\} (\d+)$/gm)) reads[read as string] = Number(n);
  return reads;
}

const BASE = flag('base');
const server = BASE ? { base: BASE, stop: async () => undefined } : await startServerProcess(KIND, POOL ? { PG_POOL_SIZE: POOL } : {});
try {
  const devices = Array.from({ length: D }, (_, i) => ({ ...newDevice(i), ...(OFFICERS[i % USERS] as (typeof OFFICERS)[number]) }));
  await inBatches(devices, 4, (d) => login(server.base, d));
  // An enterprise of each officer's grids to report hazards on (the first their pull returns).
  const firstEnterprise = new Map<string, string>();
  for (const d of devices) {
    if (!firstEnterprise.has(d.userId)) {
      const response = await fetch(`${server.base}/api/replication/enterprises/pull`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${d.accessToken}` }, body: JSON.stringify({ checkpoint: null, limit: 1 }),
      });
      firstEnterprise.set(d.userId, ((await response.json()) as { documents: { id: string }[] }).documents[0]?.id ?? '');
    }
    d.enterpriseId = firstEnterprise.get(d.userId) ?? '';
  }
  const arrivals = new Map<string, Map<number, number>>();
  const streams = await Promise.all(devices.map((d) => openStream(server.base, d, arrivals)));
  await Promise.all(streams.map((s) => s.ready));
  log(`  ${D} streams open on ${KIND} for ${USERS} officers; ${D * PUSHES} pushes of 5 hazards over ${seconds(WINDOW_MS)}`);
  const readsBefore = await streamReadsOf(server.base);

  const committedAt = new Map<string, { at: number; userId: string }>();
  const failures = new Set<string>();
  /** Every device pushes PUSHES times at random moments of the window; returns each push's time and the failures. */
  const pushRound = async (tag: string): Promise<{ ms: number[]; failed: number }> => {
    const ms: number[] = [];
    let failed = 0;
    await Promise.all(devices.flatMap((device) => Array.from({ length: PUSHES }, async (_, round) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * WINDOW_MS));
      const t0 = performance.now();
      try {
        const ids = await pushFive(server.base, device, `${tag}-r${round}`);
        const at = performance.now();
        ms.push(at - t0);
        for (const id of ids) committedAt.set(id, { at, userId: device.userId });
      } catch (error) {
        failed += 1;
        failures.add(String(error).slice(0, 120));
      }
    })));
    return { ms, failed };
  };
  const { ms: pushMs, failed: failedPushes } = await pushRound('stream');
  // Let the last deliveries land, then count: every stream of the pushing officer must have each document.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const delivery: number[] = [];
  let missed = 0;
  for (const [id, { at, userId }] of committedAt) {
    const seen = arrivals.get(id) ?? new Map<number, number>();
    for (const d of devices) {
      const arrived = seen.get(d.index);
      if (arrived !== undefined) delivery.push(Math.max(0, arrived - at));
      else if (d.userId === userId) missed += 1;
    }
  }
  const readsAfter = await streamReadsOf(server.base);
  const reads = Object.fromEntries(Object.entries(readsAfter).map(([read, n]) => [read, n - (readsBefore[read] ?? 0)]));
  const readsPerPush = Object.values(reads).reduce((a, b) => a + b, 0) / Math.max(1, pushMs.length);
  for (const s of streams) s.close();
  // The limit: the same pushes on the same server with no stream open, so the streams' share of
  // the push time shows apart from what the push path and the machine's load cost.
  committedAt.clear();
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const alone = await pushRound('alone');
  const p99 = quantile([...pushMs].sort((a, b) => a - b), 0.99);
  const aloneP99 = quantile([...alone.ms].sort((a, b) => a - b), 0.99);
  const lines = [
    `streams benchmark, ${new Date().toISOString()}, ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}, client and server on this machine`,
    `streams ${KIND} (${D} open streams of ${USERS} officers, ${D * PUSHES} pushes of 5 hazards over ${seconds(WINDOW_MS)}${POOL ? `, pool ${POOL}` : ''}):`,
    `  ${spread('push    ', pushMs)}  = p99 ${(p99 / GOAL_PUSH_P99_MS).toFixed(2)}× the 1 s goal → ${p99 < GOAL_PUSH_P99_MS && failedPushes === 0 ? 'met' : 'NOT met'}`,
    `  ${spread('no streams', alone.ms)} (limit: the same pushes with no stream open${alone.failed ? `, ${alone.failed} failed` : ''}) → with streams p99 ${(p99 / aloneP99).toFixed(2)}× this`,
    `  ${spread('delivery', delivery)} (push answered → on a stream in scope; ${delivery.length} deliveries)`,
    `  store reads by the streams: ${readsPerPush.toFixed(2)} per push (${Object.entries(reads).map(([read, n]) => `${read} ${n}`).join(', ')})`,
    `  failed pushes: ${failedPushes}${failures.size ? ` (${[...failures].slice(0, 2).join('; ')})` : ''}; deliveries missed on the pusher's own streams: ${missed}`,
  ];
  log('\n── summary');
  for (const line of lines) log(line);
} finally {
  await server.stop();
}

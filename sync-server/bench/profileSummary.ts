// Prints where a V8 CPU profile (node --cpu-prof) spent its time: self time by function and by
// file, the costliest first; `--last=S` only the last S seconds before the last busy sample (the
// storm runs last, then the server stops).
// Run: npx tsx sync-server/bench/profileSummary.ts <file.cpuprofile> [top] [--last=S]
import { readFileSync } from 'node:fs';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const args = process.argv.slice(2);
const [file, topArg] = args.filter((a) => !a.startsWith('--'));
const lastUs = Number(args.find((a) => a.startsWith('--last='))?.slice(7) ?? Infinity) * 1e6;
if (!file) throw new Error('usage: profileSummary.ts <file.cpuprofile> [top]');
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
const at: number[] = [];
profile.timeDeltas.reduce((t, d, i) => (at[i] = t + d), 0);
const lastBusy = Math.max(...profile.samples.map((id, i) => (idle.has(id) ? 0 : (at[i] ?? 0))));
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => {
  const t = at[i] ?? 0;
  if (t <= lastBusy && t >= lastBusy - lastUs) selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

const shortUrl = (url: string) => url.replace(/^file:\/\//, '').replace(/.*node_modules\//, 'npm:').replace(/.*\/sync-server\//, '').replace(/.*\/shared-schema\//, 'shared-schema/');
function tally(key: (n: ProfileNode) => string): [string, number][] {
  const sums = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (node) sums.set(key(node), (sums.get(key(node)) ?? 0) + us);
  }
  return [...sums].sort((a, b) => b[1] - a[1]).slice(0, top);
}
const line = ([name, us]: [string, number]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`;
console.info(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
console.info('── self time by function');
for (const row of tally((n) => `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`)) console.info(line(row));
console.info('── self time by file (npm packages by package)');
for (const row of tally((n) => { const u = shortUrl(n.callFrame.url); return u.startsWith('npm:') ? (u.match(/^npm:(@[^/]+\/[^/]+|[^/]+)/)?.[1] ?? u) : u || `(${n.callFrame.functionName})`; })) console.info(line(row));

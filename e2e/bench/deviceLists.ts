// Benchmark (not a test): how the officer's lists behave with 500 enterprises and 5,000 hazards on
// the device. Prints figures; run with `npm run bench:device -w e2e` after `npm run build`.
import { completeUscc, type Enterprise, type Hazard, type HazardEvent } from '@anxun/shared-schema';
import { startAnxunServer } from '../src/anxunServer';
import { launchChromium, logIn, tabletContext } from '../src/browser';
import { waitForSync } from '../src/fields';

const ENTERPRISES = Number(process.env['BENCH_ENTERPRISES'] ?? 500);
const HAZARDS = Number(process.env['BENCH_HAZARDS'] ?? 5000);
const PASSWORD = 'anxun2026';

async function session(url: string, username: string): Promise<string> {
  const r = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD, deviceId: 'bench' }) });
  return ((await r.json()) as { accessToken: string }).accessToken;
}

async function push(url: string, token: string, collection: string, docs: object[]) {
  for (let i = 0; i < docs.length; i += 200) {
    const rows = docs.slice(i, i + 200).map((d) => ({ assumedMasterState: null, newDocumentState: { ...d, _deleted: false } }));
    const r = await fetch(`${url}/api/replication/${collection}/push`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(rows) });
    if (!r.ok) throw new Error(`${collection}: ${r.status} ${await r.text()}`);
  }
}

function enterprise(n: number): Enterprise {
  const stamp = new Date().toISOString();
  return {
    id: `bench-ent-${n}`, name: `基准测试企业${String(n).padStart(4, '0')}号有限公司`, uscc: completeUscc(`91320582MA${String(n).padStart(7, '0')}`),
    usccWarningAccepted: false, regAddress: '', siteAddress: `杨舍镇测试路${n}号`, areaCode: '320582100001', townName: '杨舍镇', villageName: '东城社区',
    gridIds: ['grid-ys-01'], industryCode: '3360', supervisionCategory: 'machinery', lineDepartment: '应急管理局', scale: 'belowSize', headcount: 20 + (n % 200),
    operatingStatus: 'operating', riskColour: (['red', 'orange', 'yellow', 'blue'] as const)[n % 4] ?? 'blue', tags: n % 2 ? ['dustExplosion'] : ['confinedSpace'],
    people: [{ id: `bp-${n}`, role: 'safetyOfficer', name: '测试员' }], boundOfficerIds: ['u-officer-1'], landlord: '', notes: '', updatedAt: stamp,
  };
}

function hazardWithEvent(n: number): [Hazard, HazardEvent] {
  const at = new Date(Date.now() - (n % 60) * 86_400_000).toISOString();
  const hazard: Hazard = {
    id: `bench-hz-${n}`, no: `YH-B-${n}`, enterpriseId: `bench-ent-${n % ENTERPRISES}`, title: `基准隐患 ${n}：消防通道堵塞`, description: '', location: '车间',
    category: 'siteManagement', proposedLevel: 'general', basis: '', source: 'gridPatrol', foundBy: 'u-officer-1', foundAt: at, photosBefore: [], requiredMeasures: '', updatedAt: at,
  };
  const deadline = new Date(Date.now() + ((n % 30) - 10) * 86_400_000).toISOString().slice(0, 10);
  const event: HazardEvent = {
    id: `bench-ev-${n}`, hazardId: hazard.id, enterpriseId: hazard.enterpriseId, type: 'assign', payload: { deadline }, actorId: 'u-officer-1', actorRole: 'officer',
    actorKind: 'grid', actorName: '王建国', deviceId: 'bench', deviceTime: at, updatedAt: at,
  };
  return [hazard, event];
}

async function main() {
  const server = await startAnxunServer();
  const browser = await launchChromium();
  try {
    let started = Date.now();
    const city = await session(server.url, 'shijianguan');
    const officer = await session(server.url, 'wangge');
    await push(server.url, city, 'enterprises', Array.from({ length: ENTERPRISES }, (_, i) => enterprise(i)));
    const pairs = Array.from({ length: HAZARDS }, (_, i) => hazardWithEvent(i));
    await push(server.url, officer, 'hazards', pairs.map(([h]) => h));
    await push(server.url, officer, 'hazardEvents', pairs.map(([, e]) => e));
    console.info(`seeded ${ENTERPRISES} enterprises, ${HAZARDS} hazards and events through the push API in ${Date.now() - started} ms`);

    const context = await tabletContext(browser);
    const page = await context.newPage();
    started = Date.now();
    await logIn(page, server.url, 'wangge', PASSWORD);
    await waitForSync(page, (s) => s.pending === 0 && s.online === 'true', 300_000);
    await page.getByTestId('enterprise-item').nth(99).waitFor({ timeout: 300_000 });
    console.info(`first sync to an empty device and list shown: ${Date.now() - started} ms`);

    const timed = async (label: string, action: () => Promise<unknown>, done: () => Promise<unknown>, runs = 5) => {
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = Date.now();
        await action();
        await done();
        samples.push(Date.now() - t0);
      }
      samples.sort((a, b) => a - b);
      console.info(`${label}: median ${samples[Math.floor(runs / 2)]} ms, max ${samples[runs - 1]} ms (${runs} runs)`);
    };
    await timed('enterprise list (reload to first 100 rows shown)', () => page.reload(), () => page.getByTestId('enterprise-item').nth(99).waitFor());
    await timed('enterprise list: show all 537 rows', () => page.evaluate(async () => { for (let i = 0; i < 6; i++) { (document.querySelector('[data-testid=show-more]') as HTMLButtonElement | null)?.click(); await new Promise((r) => setTimeout(r, 0)); } }), () => page.waitForFunction((n) => document.querySelectorAll('[data-testid=enterprise-item]').length >= n, ENTERPRISES), 1);
    await timed('search 500 enterprises by name', () => page.getByTestId('enterprise-search').fill('基准测试企业0420号'), async () => {
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=enterprise-item]').length === 1);
      await page.getByTestId('enterprise-search').fill('');
    });
    await timed('hazard list (navigate to first rows shown)', () => page.goto(`${server.url}/#/hazards`), () => page.getByTestId('hazard-item').first().waitFor());
    await timed('hazard filter 逾期 (tab switch)', () => page.getByText(/^逾期/).click(), () => page.waitForFunction(() => document.querySelectorAll('[data-testid=hazard-item]').length > 0));
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    console.info(`JS heap after the runs: ${(heap / 1024 / 1024).toFixed(1)} MB`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();

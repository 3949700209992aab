import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, DrawReplay, MonthlyReport, monthRange, shanghaiDate, type OverviewHazardPage } from '@anxun/shared-schema';
import { ARTIFACTS, cleanShot, logIn, screenshot, tabletContext } from './browser';
import { waitForSync } from './fields';
import { AFTER_PHOTO, signatures, SITE_PHOTO } from './evidence';
import { PASSWORD, useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';
import { pushAs, tokenOf } from './serverWrites';

const env = useServerAndBrowser();
const desktop = () => env.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'allow', acceptDownloads: true });

/** A patrol of 王建国 through grid 一 this morning, with fixes and located check-ins, as his tablet would sync it. */
async function seedPatrol(baseUrl: string) {
  const token = await tokenOf(baseUrl, 'wangge', PASSWORD);
  // Yesterday from 08:30 Shanghai time: a morning's patrol, whatever hour the test runs.
  const start = Date.parse(`${addDays(shanghaiDate(new Date()), -1)}T08:30:00+08:00`);
  const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
  const enterprises = (await serverDocuments(baseUrl, 'wangge', PASSWORD, 'enterprises'))
    .filter((e) => (e['gridIds'] as string[]).includes('grid-ys-01')).slice(0, 4);
  // A walk across the grid (31.86–31.88 N, 120.53–120.55 E) with a detour at each visit.
  const points = Array.from({ length: 40 }, (_, n) => ({ t: at(n * 6), lat: 31.8625 + n * 0.00042 + Math.sin(n / 3) * 0.0012, lon: 120.5335 + n * 0.00035 + Math.cos(n / 4) * 0.0015, acc: 6 }));
  const checkIns = enterprises.map((e, n) => {
    const p = points[6 + n * 9] ?? points[0];
    return { enterpriseId: e.id, at: at((6 + n * 9) * 6 + 2), lat: p?.lat, lon: p?.lon };
  });
  await pushAs(baseUrl, token, 'patrols', [{
    id: 'pt-e2e-draws', officerId: 'u-officer-1', areaCode: '320582100', gridIds: ['grid-ys-01'], startedAt: at(0), endedAt: at(240), points, checkIns, updatedAt: at(240),
  }]);
}

/**
 * This month's work as the officers' tablets would have synced it: patrol inspections of some
 * enterprises of grids 一 and 二, and hazards found, rectified and closed. Figures that grade
 * people date hazards by the server's clock (invariant 9), so the devices' clocks below are
 * recorded but do not move anything into another month.
 */
async function seedThisMonth(baseUrl: string, month: string) {
  const day = (d: number, hour = 10) => new Date(Date.parse(`${month}-${String(d).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`)).toISOString();
  const all = await serverDocuments(baseUrl, 'jianguan', PASSWORD, 'enterprises');
  const inGrid = (g: string) => all.filter((e) => (e['gridIds'] as string[]).includes(g));
  const officers = [
    { username: 'wangge', id: 'u-officer-1', name: '王建国', grid: 'grid-ys-01', visits: 9 },
    { username: 'wangge2', id: 'u-officer-2', name: '李海燕', grid: 'grid-ys-02', visits: 5 },
  ];
  for (const o of officers) {
    const token = await tokenOf(baseUrl, o.username, PASSWORD);
    const visited = inGrid(o.grid).slice(0, o.visits);
    await pushAs(baseUrl, token, 'inspections', visited.map((e, n) => ({
      id: `insp-${o.id}-${month}-${n}`, enterpriseId: e.id, templateId: 'general-industry@1', templateVersion: 1, type: 'gridPatrol', status: 'finished',
      officerIds: [o.id], startedAt: day(3 + n, 9), finishedAt: day(3 + n, 10), answers: [], signatures: signatures(o.name, day(3 + n, 10)), summary: '', updatedAt: day(3 + n, 10),
    })));
    const closedOn = o.grid === 'grid-ys-01' ? [12, 14] : [12, 22];
    for (const [n, closedDay] of closedOn.entries()) {
      const id = `hz-${o.id}-${month}-${n}`;
      const enterpriseId = visited[n]?.id ?? '';
      await pushAs(baseUrl, token, 'hazards', [{
        id, no: `YH-${id}`, enterpriseId, title: n === 0 ? '配电箱门未关闭，内部线路裸露' : '消防通道堆放杂物', description: '现场检查发现', location: '车间', category: 'siteManagement',
        proposedLevel: 'general', basis: '', source: 'gridPatrol', foundBy: o.id, foundAt: day(3 + n), photosBefore: [SITE_PHOTO], requiredMeasures: '限期整改', updatedAt: day(3 + n),
      }]);
      const event = (k: number, type: string, payload: object, at: string) => ({
        id: `${id}-e${k}`, hazardId: id, enterpriseId, type, payload, actorId: o.id, actorRole: 'officer', actorKind: 'grid', actorName: o.name, deviceId: 'e2e-tablet', deviceTime: at, updatedAt: at,
      });
      await pushAs(baseUrl, token, 'hazardEvents', [
        event(1, 'assign', { deadline: `${month}-15` }, day(3 + n, 11)),
        event(2, 'submitRectification', { measures: '已整改', photos: [AFTER_PHOTO] }, day(closedDay - 1)),
        event(3, 'verify', { passed: true }, day(closedDay)),
      ]);
    }
  }
}

async function tick(page: Page, group: string, text: string) {
  await page.getByTestId(`draw-${group}`).locator('label', { hasText: text }).click();
}

async function apiJson<T>(path: string, token: string, parse: (b: unknown) => T, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${env.server.url}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return parse(await response.json());
}

/** A sheet as objects keyed by its header row. */
function rowsOf(book: ExcelJS.Workbook, name: string): Record<string, unknown>[] {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return rows;
}

it('a supervisor draws inspections that reach an officer’s tablet and stay offline, replays the draw, and the monthly workbook matches the database', async () => {
  const base = env.server.url;
  // Hazards are dated by the server's clock, which a journey cannot turn back: report on this month.
  const month = shanghaiDate(new Date()).slice(0, 7);
  const previousMonth = addDays(`${month}-01`, -1).slice(0, 7);
  await seedPatrol(base);
  await seedThisMonth(base, month);

  // 李海燕 (网格二) is signed in on her tablet before the draw, online.
  const officerCtx = await tabletContext(env.browser);
  const officer = await officerCtx.newPage();
  await logIn(officer, base, 'wangge2', PASSWORD);
  await officer.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await officer.goto(`${base}/#/tasks`);
  await officer.getByTestId('my-tasks').waitFor();
  expect(await officer.getByTestId('task-row').count()).toBe(0);

  // The town supervisor draws two enterprises of grid 一 with a pool of 李海燕 and 刘文静: neither is bound there.
  const supCtx = await desktop();
  const sup = await supCtx.newPage();
  await logIn(sup, base, 'jianguan', PASSWORD);
  // 双随机抽查 is a page of the console: reach it through the console's side nav.
  await sup.goto(`${base}/#/console`);
  await sup.getByTestId('console-nav-draws').click();
  await sup.getByTestId('draw-pool').locator('label').first().waitFor();
  await tick(sup, 'grids', '杨舍镇工业企业网格一');
  await tick(sup, 'pool', '李海燕');
  await tick(sup, 'pool', '刘文静');
  await sup.getByTestId('draw-count').fill('2');
  await sup.getByTestId('draw-submit').click();
  const result = sup.getByTestId('draw-result').first();
  await result.waitFor({ timeout: 30_000 });
  const drawId = (await result.getAttribute('data-draw-id')) ?? '';
  const seed = Number(await result.getByTestId('draw-seed').textContent());
  const drawn = await result.getByTestId('draw-assignment').allTextContents();
  expect(drawn).toHaveLength(2);
  for (const row of drawn) expect(row).toContain('李海燕');
  await cleanShot(sup, 'draws-desktop');

  // The tasks arrive on her tablet through the change stream, with the enterprises' names.
  await officer.getByTestId('task-row').nth(1).waitFor({ timeout: 30_000 });
  const names = await officer.locator('[data-testid=task-row] .task-name').allTextContents();
  for (const name of names) expect(drawn.some((row) => row.includes(name))).toBe(true);

  // The drawn enterprises come into her scope with the tasks (though they are not in her grid).
  const targets = await officer.locator('[data-testid=task-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-enterprise-id') ?? ''));
  for (const id of targets) {
    await officer.goto(`${base}/#/enterprises/${id}`);
    await officer.getByTestId('start-inspection-link').waitFor({ timeout: 30_000 });
  }

  // Offline, after a reload, the tasks are still there (IndexedDB): she marks one done and starts the other.
  await officer.goto(`${base}/#/tasks`);
  await officerCtx.setOffline(true);
  await officer.reload();
  await officer.getByTestId('task-row').nth(1).waitFor({ timeout: 30_000 });
  await officer.getByTestId('task-done').first().click();
  await officer.locator('[data-testid=task-row][data-status=done]').waitFor();
  await cleanShot(officer, 'tasks-offline-tablet');
  await officer.locator('[data-testid=task-row][data-status=assigned]').getByTestId('task-start').click();
  await officer.waitForURL(/#\/enterprises\/[^/]+\/inspect$/);
  await officer.getByTestId('template-option').first().waitFor({ timeout: 15_000 });
  await officerCtx.setOffline(false);
  await waitForSync(officer, (s) => s.online === 'true' && s.pending === 0);
  const tasks = (await serverDocuments(base, 'jianguan', PASSWORD, 'tasks')).filter((t) => t['drawId'] === drawId);
  expect(tasks.map((t) => t['status']).sort()).toEqual(['done', 'inProgress']);

  // Replay: the recorded seed and inputs give the recorded draw.
  await result.getByTestId('draw-replay').click();
  await expect.poll(() => result.getByTestId('draw-replay-result').getAttribute('data-matches'), { timeout: 15_000 }).toBe('true');
  const token = await tokenOf(base, 'jianguan', PASSWORD);
  const replay = await apiJson(`/api/draws/${drawId}/replay`, token, (b) => DrawReplay.parse(b), { method: 'POST', body: '{}' });
  expect(replay).toMatchObject({ seed, matches: true });

  // Tracks: 王建国's patrol on the plan of the grids.
  await sup.goto(`${base}/#/tracks`); // an old link still lands on the console page
  await sup.getByTestId('tracks-officer').selectOption('u-officer-1');
  await sup.getByTestId('plan-checkin').nth(3).waitFor({ timeout: 30_000 });
  expect(await sup.getByTestId('plan-grid').count()).toBe(3);
  expect(await sup.getByTestId('tracks-stats').textContent()).toContain('4 小时 0 分');
  await cleanShot(sup, 'tracks-desktop');

  // The monthly report: printable page, then the workbook downloaded and read back.
  await sup.getByTestId('console-nav-reports').click();
  await sup.getByTestId('report-sheet').waitFor({ timeout: 30_000 });
  // The report page opens on the previous (finished) month; the supervisor picks this one.
  expect(await sup.getByTestId('report-month').inputValue()).toBe(previousMonth);
  await sup.getByTestId('report-month').fill(month);
  await sup.getByTestId('report-sheet').waitFor({ timeout: 30_000 });
  await cleanShot(sup, 'report-desktop');
  // As printed: A4 landscape at 96 dpi, the app's header and toolbar gone.
  await sup.emulateMedia({ media: 'print' });
  await sup.setViewportSize({ width: 1123, height: 794 });
  expect(await sup.locator('.app-header').isVisible()).toBe(false);
  expect(await sup.getByTestId('console-nav-reports').isVisible()).toBe(false);
  await screenshot(sup, 'report-print');
  // Printed to PDF it is A4 landscape (a named @page: the portrait writs keep their own paper).
  const pdf = await sup.pdf({ printBackground: true, preferCSSPageSize: true });
  writeFileSync(`${ARTIFACTS}report-print.pdf`, pdf);
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 84[12](\.\d+)? 59[45](\.\d+)?\]/);
  await sup.emulateMedia({ media: 'screen' });
  await sup.setViewportSize({ width: 1440, height: 900 });
  const [download] = await Promise.all([sup.waitForEvent('download'), sup.getByTestId('report-download').click()]);
  const file = `${ARTIFACTS}monthly-${month}.xlsx`;
  await download.saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  expect(book.worksheets.map((w) => w.name)).toEqual(['按镇街', '按网格', '逾期隐患', '网格排名']);

  // Against the database: hazards found this month (server dates) per grid, from the overview queries.
  const hazards = await serverDocuments(base, 'jianguan', PASSWORD, 'hazards');
  const gridDocs = await serverDocuments(base, 'jianguan', PASSWORD, 'grids');
  const sheet = new Map(rowsOf(book, '按网格').map((r) => [String(r['网格']), r]));
  expect(sheet.size).toBe(gridDocs.length);
  let found = 0;
  let closedTotal = 0;
  for (const g of gridDocs) {
    const row = sheet.get(String(g['name']));
    const { from, to } = monthRange(month);
    const foundIn = (await apiJson(`/api/overview/hazards?gridId=${g.id}&from=${from}&to=${to}&limit=1`, token, (b) => b as OverviewHazardPage)).counts.total;
    expect(row?.['本月发现隐患'], String(g['name'])).toBe(foundIn);
    found += foundIn;
    // Closed and overdue against the server's overview queries of the same grid.
    const overdue = await apiJson(`/api/overview/hazards?gridId=${g.id}&overdue=true&limit=1`, token, (b) => b as OverviewHazardPage);
    expect(row?.['当前逾期'], String(g['name'])).toBe(overdue.counts.total);
    const closed = await apiJson(`/api/overview/hazards?gridId=${g.id}&state=CLOSED,WRITTEN_OFF&from=${from}&to=${to}&limit=1`, token, (b) => b as OverviewHazardPage);
    expect(row?.['已闭环'], String(g['name'])).toBe(closed.counts.total);
    closedTotal += closed.counts.total;
  }
  expect(found).toBeGreaterThan(0);
  expect(closedTotal).toBe(4);
  const report = await apiJson(`/api/reports/monthly?month=${month}`, token, (b) => MonthlyReport.parse(b));
  const overdueRows = rowsOf(book, '逾期隐患');
  expect(overdueRows.length).toBe(report.total.overdue.count);
  expect(overdueRows.length).toBeGreaterThan(0);
  const titles = new Map(hazards.map((h) => [h.id, String(h['title'])]));
  for (const [n, h] of report.overdue.entries()) expect(overdueRows[n]?.['隐患']).toBe(titles.get(h.hazardId));
  expect(rowsOf(book, '按镇街').at(-1)).toMatchObject({ 镇街: '合计', 本月发现隐患: report.total.hazardsFound });

  await supCtx.close();
  await officerCtx.close();
});

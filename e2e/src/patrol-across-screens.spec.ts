import { expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { Patrol } from '@anxun/shared-schema';
import { cleanShot, logIn, screenshot, tabletContext } from './browser';
import { waitForSync } from './fields';
import { enterpriseLocation, METRE, standAt } from './geo';
import { PASSWORD, useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';
import { pushAs, tokenOf } from './serverWrites';

const env = useServerAndBrowser();
const STEP = 22 * METRE; // 22 m north: a brisk walk at one fix a second.

/** Walks `steps` fixes north from where the officer is, one a second; returns the new latitude. */
async function walk(context: BrowserContext, page: Page, from: { lat: number; lon: number }, steps: number): Promise<{ lat: number; lon: number }> {
  let lat = from.lat;
  for (let i = 0; i < steps; i++) {
    await page.waitForTimeout(1_000);
    lat += STEP;
    await context.setGeolocation({ latitude: lat, longitude: from.lon, accuracy: 8 });
  }
  return { lat, lon: from.lon };
}

it('a patrol records on every screen and through a reload, and drops jumps and poor fixes', async () => {
  const officer = await tabletContext(env.browser);
  // 250 m south of ent-001: six steps later the officer checks in 118 m from it, on site.
  const start = await standAt(officer, env.server.url, 'ent-001', -250);
  const page = await officer.newPage();
  await logIn(page, env.server.url, 'wangge', PASSWORD);

  await page.goto(`${env.server.url}/#/enterprises`);
  await page.getByTestId('patrol-start').click();
  await page.getByTestId('patrol-badge').waitFor();
  const phases: Record<string, number> = { started: Date.now() };
  let here = await walk(officer, page, start, 3);

  // Opening an enterprise used to unmount the recorder with the list.
  await page.goto(`${env.server.url}/#/enterprises/ent-001`);
  phases['enterprise'] = Date.now();
  here = await walk(officer, page, here, 3);
  await page.getByTestId('start-inspection-link').click();
  await page.locator('[data-testid=template-option][data-template=confined-space] button').click();
  await page.getByTestId('inspection-progress').waitFor();
  phases['inspection'] = Date.now();
  here = await walk(officer, page, here, 3);
  await expect(page.getByTestId('patrol-badge').innerText()).resolves.toMatch(/巡查中 · \d+\.\d{2} 公里/);
  await expect(page.getByTestId('check-in-place').getAttribute('data-place')).resolves.toBe('onSite');
  await screenshot(page, 'patrol-badge-inspection');

  // A cell-tower fix (800 m accuracy) and a 1 km jump in a second are not drawn.
  await page.waitForTimeout(1_000);
  await officer.setGeolocation({ latitude: here.lat + 0.003, longitude: here.lon, accuracy: 800 });
  await page.waitForTimeout(1_000);
  await officer.setGeolocation({ latitude: here.lat + 0.009, longitude: here.lon, accuracy: 8 });
  await page.waitForTimeout(1_000);
  await officer.setGeolocation({ latitude: here.lat, longitude: here.lon, accuracy: 8 });

  // A reload midway: the open patrol resumes from the local database.
  await page.reload();
  await page.getByTestId('inspection-progress').waitFor();
  await page.getByTestId('patrol-badge').waitFor();
  phases['reloaded'] = Date.now();
  await walk(officer, page, here, 4);

  await waitForSync(page, (s) => s.online === 'true' && s.pending === 0);
  const patrols = (await serverDocuments(env.server.url, 'wangge', PASSWORD, 'patrols')).map((d) => Patrol.parse(d));
  const patrol = patrols.find((p) => !p.endedAt && Date.parse(p.startedAt) >= (phases['started'] ?? 0) - 60_000);
  expect(patrol, 'the running patrol reached the server').toBeDefined();
  const times = (patrol?.points ?? []).map((p) => Date.parse(p.t));
  const between = (from: number, to: number) => times.filter((t) => t >= from && t < to).length;
  const { started = 0, enterprise = 0, inspection = 0, reloaded = 0 } = phases;
  expect(between(started - 5_000, enterprise), 'fixes on the list').toBeGreaterThanOrEqual(2);
  expect(between(enterprise, inspection), 'fixes on the enterprise page').toBeGreaterThanOrEqual(2);
  expect(between(inspection, reloaded), 'fixes during the inspection').toBeGreaterThanOrEqual(2);
  expect(between(reloaded, Date.now()), 'fixes after the reload').toBeGreaterThanOrEqual(2);
  const northmost = Math.max(...(patrol?.points ?? []).map((p) => p.lat));
  expect(northmost, 'the jump and the cell-tower fix were dropped').toBeLessThan(here.lat + 0.001);
  expect((patrol?.points ?? []).every((p) => p.acc <= 50)).toBe(true);
});

it('a check-in 800 m from the enterprise needs a reason, and the supervisor sees 非现场', async () => {
  const officer = await tabletContext(env.browser);
  const page = await officer.newPage();
  await logIn(page, env.server.url, 'wangge', PASSWORD);
  await standAt(officer, env.server.url, 'ent-001', 800);
  await page.goto(`${env.server.url}/#/enterprises/ent-001`);
  await page.getByTestId('start-inspection-link').click();
  await page.locator('[data-testid=template-option][data-template=confined-space] button').click();
  const prompt = page.locator('[data-testid=check-in-prompt][data-place=offSite]');
  await prompt.waitFor();
  await expect(prompt.innerText()).resolves.toMatch(/距企业 800 米/);
  await expect(page.getByTestId('start-off-site').isDisabled()).resolves.toBe(true);
  await screenshot(page, 'check-in-off-site-prompt');
  await page.getByTestId('off-site-reason').fill('企业门卫不让进厂，在厂门口路口签到');
  await page.getByTestId('start-off-site').click();
  await page.getByTestId('inspection-progress').waitFor();
  await expect(page.getByTestId('check-in-place').getAttribute('data-place')).resolves.toBe('offSite');
  await waitForSync(page, (s) => s.online === 'true' && s.pending === 0);

  // An earlier patrol of the day, from another of the officer's devices: a 25-minute gap without
  // a fix (a basement), an on-site check-in at ent-001 and one 800 m off.
  const gate = await enterpriseLocation(env.server.url, 'ent-001');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const at = (hhmm: string) => new Date(`${today}T${hhmm}:00+08:00`).toISOString();
  const fix = (hhmm: string, metresNorth: number) => ({ t: at(hhmm), lat: gate.lat + metresNorth * METRE, lon: gate.lon, acc: 8 });
  const gridArea = (await serverDocuments(env.server.url, 'wangge', PASSWORD, 'grids')).find((g) => g.id === 'grid-ys-01')?.['areaCode'];
  await pushAs(env.server.url, await tokenOf(env.server.url, 'wangge', PASSWORD), 'patrols', [{
    id: 'e2e-morning-patrol', officerId: 'u-officer-1', areaCode: gridArea, gridIds: ['grid-ys-01'], startedAt: at('07:00'), endedAt: at('07:40'),
    points: [fix('07:00', -300), fix('07:05', -150), fix('07:10', 0), fix('07:35', 700), fix('07:40', 800)],
    checkIns: [{ enterpriseId: 'ent-001', at: at('07:10'), lat: gate.lat, lon: gate.lon }, { enterpriseId: 'ent-001', at: at('07:40'), lat: gate.lat + 800 * METRE, lon: gate.lon }],
    updatedAt: at('07:40'),
  }]);

  const desk = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const supervisor = await desk.newPage();
  await logIn(supervisor, env.server.url, 'jianguan', PASSWORD);
  await supervisor.goto(`${env.server.url}/#/inspections`);
  const flagged = supervisor.locator('[data-testid=inspection-item] [data-testid=check-in-place][data-place=offSite]');
  await flagged.first().waitFor({ timeout: 30_000 });
  await expect(flagged.first().innerText()).resolves.toMatch(/非现场 · 距企业 800 米 · 原因：企业门卫不让进厂/);
  await cleanShot(supervisor, 'check-in-off-site-supervisor');

  // 巡查轨迹: the grid's enterprises as named markers, numbered stops (the off-site one red), the gap dashed.
  await supervisor.goto(`${env.server.url}/#/console/tracks`);
  // A gap drawn north–south is a line with no width: attached, though Playwright calls it hidden.
  await supervisor.getByTestId('plan-gap').first().waitFor({ state: 'attached', timeout: 30_000 });
  expect(await supervisor.getByTestId('plan-enterprise').count()).toBeGreaterThan(3);
  expect(await supervisor.locator('[data-testid=plan-checkin][data-off-site=true]').count()).toBeGreaterThanOrEqual(1);
  expect(await supervisor.locator('[data-testid=plan-checkin][data-off-site=false]').count()).toBeGreaterThanOrEqual(1);
  const rows = await supervisor.getByTestId('day-patrol').allInnerTexts();
  expect(rows.some((r) => /王建国\s+07:00–07:40\s+0 小时 40 分\s+1\.10 km\s+张家港市/.test(r)), rows.join(' | ')).toBe(true);
  await cleanShot(supervisor, 'tracks-stops-gap');
});

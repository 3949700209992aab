import { expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { Patrol } from '@anxun/shared-schema';
import { logIn, screenshot, tabletContext } from './browser';
import { waitForSync } from './fields';
import { PASSWORD, useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';

const env = useServerAndBrowser();
const START = { latitude: 31.8712, longitude: 120.5431 };
const STEP = 0.0002; // ≈ 22 m north: a brisk walk at one fix a second.

/** Walks `steps` fixes north from where the officer is, one a second; returns the new latitude. */
async function walk(context: BrowserContext, page: Page, fromLat: number, steps: number): Promise<number> {
  let lat = fromLat;
  for (let i = 0; i < steps; i++) {
    await page.waitForTimeout(1_000);
    lat += STEP;
    await context.setGeolocation({ latitude: lat, longitude: START.longitude, accuracy: 8 });
  }
  return lat;
}

it('a patrol records on every screen and through a reload, and drops jumps and poor fixes', async () => {
  const officer = await tabletContext(env.browser);
  await officer.grantPermissions(['geolocation']);
  await officer.setGeolocation({ ...START, accuracy: 10 });
  const page = await officer.newPage();
  await logIn(page, env.server.url, 'wangge', PASSWORD);

  await page.goto(`${env.server.url}/#/enterprises`);
  await page.getByTestId('patrol-start').click();
  await page.getByTestId('patrol-badge').waitFor();
  const phases: Record<string, number> = { started: Date.now() };
  let lat = await walk(officer, page, START.latitude, 3);

  // Opening an enterprise used to unmount the recorder with the list.
  await page.goto(`${env.server.url}/#/enterprises/ent-001`);
  phases['enterprise'] = Date.now();
  lat = await walk(officer, page, lat, 3);
  await page.getByTestId('start-inspection-link').click();
  await page.locator('[data-testid=template-option][data-template=confined-space] button').click();
  await page.getByTestId('inspection-progress').waitFor();
  phases['inspection'] = Date.now();
  lat = await walk(officer, page, lat, 3);
  await expect(page.getByTestId('patrol-badge').innerText()).resolves.toMatch(/巡查中 · \d+\.\d{2} 公里/);
  await screenshot(page, 'patrol-badge-inspection');

  // A cell-tower fix (800 m accuracy) and a 1 km jump in a second are not drawn.
  await page.waitForTimeout(1_000);
  await officer.setGeolocation({ latitude: lat + 0.003, longitude: START.longitude, accuracy: 800 });
  await page.waitForTimeout(1_000);
  await officer.setGeolocation({ latitude: lat + 0.009, longitude: START.longitude, accuracy: 8 });
  await page.waitForTimeout(1_000);
  await officer.setGeolocation({ latitude: lat, longitude: START.longitude, accuracy: 8 });

  // A reload midway: the open patrol resumes from the local database.
  await page.reload();
  await page.getByTestId('inspection-progress').waitFor();
  await page.getByTestId('patrol-badge').waitFor();
  phases['reloaded'] = Date.now();
  await walk(officer, page, lat, 4);

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
  expect(northmost, 'the jump and the cell-tower fix were dropped').toBeLessThan(lat + 0.001);
  expect((patrol?.points ?? []).every((p) => p.acc <= 50)).toBe(true);
});

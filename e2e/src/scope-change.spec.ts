import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { logIn, screenshot, tabletContext } from './browser';
import { fillField, waitForSync } from './fields';
import { PASSWORD, useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';
import { pushEditAs, tokenOf } from './serverWrites';

const env = useServerAndBrowser();

/** Enterprises the list shows for a search, by id. */
async function listed(page: Page, search: string): Promise<string[]> {
  await fillField(page, 'enterprise-search', search);
  await page.waitForTimeout(300);
  return page.getByTestId('enterprise-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-id') ?? ''));
}

it('a grid handed to another officer leaves the first officer’s tablet, and stays gone offline', async () => {
  const url = env.server.url;
  const enterprises = await serverDocuments(url, 'jianguan', PASSWORD, 'enterprises');
  const gridsOf = (e: Record<string, unknown>) => (e['gridIds'] as string[] | undefined) ?? [];
  // 王建国 covers 杨舍 网格一 and 九小场所网格; the second is handed over below.
  const leaving = enterprises.find((e) => gridsOf(e).includes('grid-ys-03') && !gridsOf(e).includes('grid-ys-01'));
  const staying = enterprises.find((e) => gridsOf(e).includes('grid-ys-01'));
  if (!leaving || !staying) throw new Error('the demo town has no enterprise only in grid-ys-03, or none in grid-ys-01');

  const officer = await tabletContext(env.browser);
  const page = await officer.newPage();
  page.on('console', (m) => { if (m.text().startsWith('DBG')) console.log(m.text()); });
  await logIn(page, url, 'wangge', PASSWORD);
  await waitForSync(page, (s) => s.online === 'true' && s.pending === 0);
  expect(await listed(page, String(leaving['name']))).toContain(leaving.id);

  // The administrator hands 九小场所网格 to 李海燕: 王建国 may no longer see its enterprises.
  const grids = await serverDocuments(url, 'admin', PASSWORD, 'grids');
  const grid = grids.find((g) => g.id === 'grid-ys-03');
  if (!grid) throw new Error('grid-ys-03 missing');
  const { _deleted: _d, ...assumed } = grid as Record<string, unknown> & { _deleted?: boolean };
  await pushEditAs(url, await tokenOf(url, 'admin', PASSWORD), 'grids', grid, { ...assumed, officerIds: ['u-officer-2'], updatedAt: new Date().toISOString() });

  // Without a reload or a new login, the tablet drops what left its scope and keeps the rest.
  await expect.poll(() => listed(page, String(leaving['name'])), { timeout: 60_000, interval: 1_000 }).not.toContain(leaving.id);
  expect(await listed(page, String(staying['name']))).toContain(staying.id);
  await screenshot(page, 'scope-change-officer-list');

  // Gone from the device's storage too, not just from the screen: offline after a reload.
  await officer.setOffline(true);
  await page.reload();
  await page.getByTestId('enterprise-item').first().waitFor();
  expect(await listed(page, String(leaving['name']))).not.toContain(leaving.id);
  expect(await listed(page, String(staying['name']))).toContain(staying.id);
  await officer.close();
});

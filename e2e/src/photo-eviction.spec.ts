import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { logIn, tabletContext } from './browser';
import { waitForSync } from './fields';
import { PASSWORD, useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';
import { testPhoto } from './testImage';

const env = useServerAndBrowser();

/** The photo hashes this device holds, read straight from IndexedDB. */
const localPhotos = (page: Page) =>
  page.evaluate(() => new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open('anxun-photos');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('photos').objectStore('photos').getAllKeys();
      request.onsuccess = () => {
        resolve((request.result as string[]).sort());
        open.result.close();
      };
      request.onerror = () => reject(request.error);
    };
  }));

async function recordHazard(page: Page, title: string, treatment: 'deadline' | 'onSpot', seed: number): Promise<string> {
  await page.goto(`${env.server.url}/#/enterprises/ent-001/new-hazard`);
  await page.getByTestId('hazard-title').fill(title);
  await page.getByTestId('hazard-description').fill(`${title}（现场照片）`);
  await page.getByTestId(`treatment-${treatment}`).check();
  // Every hazard outside a checklist carries a site photo; 即查即改 adds the after photo.
  await page.getByTestId('photo-input').nth(0).setInputFiles(testPhoto(640, 480, seed));
  if (treatment === 'onSpot') await page.getByTestId('photo-input').nth(1).setInputFiles(testPhoto(640, 480, seed + 100));
  const ticks = async () => (await page.locator('form[data-testid=new-hazard]').innerText()).split('✓ 1').length - 1;
  await expect.poll(ticks, { timeout: 15_000 }).toBe(treatment === 'onSpot' ? 2 : 1);
  await page.getByTestId('save-hazard').click();
  await page.getByTestId('hazard-heading').waitFor();
  return page.url().split('/').pop() ?? '';
}

it('over its photo budget, a device evicts uploaded photos of closed hazards and keeps those open work needs', async () => {
  const context = await tabletContext(env.browser);
  const page = await context.newPage();
  await logIn(page, env.server.url, 'wangge', PASSWORD);
  await waitForSync(page, (s) => s.online === 'true' && s.pending === 0);

  const closedId = await recordHazard(page, '灭火器压力不足', 'onSpot', 21);
  await page.locator('[data-state=CLOSED]').first().waitFor();
  const openId = await recordHazard(page, '配电箱线路裸露', 'deadline', 22);
  await waitForSync(page, (s) => s.pending === 0);
  await expect.poll(async () => Number(await page.getByTestId('sync-indicator').getAttribute('data-photos-pending')), { timeout: 60_000 }).toBe(0);
  const before = await localPhotos(page);
  expect(before).toHaveLength(3);

  // An administrator caps this device at 0 bytes: eviction runs when the workspace opens.
  await page.evaluate(() => localStorage.setItem('anxun.photoBudgetBytes', '0'));
  await page.reload();
  await expect.poll(() => localPhotos(page), { timeout: 30_000 }).toHaveLength(1);

  // The open hazard's before photo stayed; the closed one's photos went and still show from the server.
  await page.goto(`${env.server.url}/#/hazards/${closedId}`);
  await page.getByTestId('hazard-heading').waitFor();
  const openHazard = (await serverDocuments(env.server.url, 'wangge', PASSWORD, 'hazards')).find((h) => h.id === openId);
  const openPhoto = (openHazard?.['photosBefore'] as string[])[0];
  expect(await localPhotos(page)).toEqual([openPhoto]);
  const closedPhoto = before.find((hash) => hash !== openPhoto) ?? '';
  const shown = page.locator(`[data-hash="${closedPhoto}"] img, img[data-hash="${closedPhoto}"]`);
  await shown.first().waitFor({ timeout: 30_000 });
  await context.close();
});

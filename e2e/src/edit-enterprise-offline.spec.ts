import { expect, it } from 'vitest';
import { logIn, screenshot, tabletContext } from './browser';
import { fillField, syncState, waitForSync } from './fields';
import { PASSWORD, useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';

const env = useServerAndBrowser();

it('an officer edits an enterprise offline, across a reload and a closed tab, and the supervisor sees it after sync', async () => {
  const officer = await tabletContext(env.browser);
  let page = await officer.newPage();
  await logIn(page, env.server.url, 'wangge', PASSWORD);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await waitForSync(page, (s) => s.online === 'true' && s.pending === 0);
  await screenshot(page, 'officer-enterprise-list');

  // No signal: the app shell comes from the service worker, the data from IndexedDB.
  await officer.setOffline(true);
  await page.reload();
  await page.getByTestId('enterprise-item').first().waitFor();
  await waitForSync(page, (s) => s.online === 'false');

  const first = page.getByTestId('enterprise-item').first();
  const name = (await first.getAttribute('data-name')) ?? (await first.innerText()).split('\n')[0] ?? '';
  const enterpriseId = await first.getAttribute('data-id');
  await first.click();
  await page.getByTestId('enterprise-edit').click();
  const note = `离线核实 ${Date.now()}：除尘器已加装泄爆片`;
  await fillField(page, 'field-notes', note);
  await fillField(page, 'field-headcount', '321');
  await page.getByTestId('save-enterprise').click();
  await waitForSync(page, (s) => s.pending >= 1);
  await screenshot(page, 'officer-edit-saved-offline');

  // Close the tab and open the app again, still offline: the edit and its pending state survive.
  await page.close();
  page = await officer.newPage();
  await page.goto(env.server.url);
  await page.getByTestId('enterprise-item').first().waitFor();
  expect((await syncState(page)).pending).toBeGreaterThanOrEqual(1);
  expect(JSON.stringify(await serverDocuments(env.server.url, 'wangge', PASSWORD, 'enterprises'))).not.toContain(note);

  // Signal again: the waiting edit reaches the server.
  await officer.setOffline(false);
  await waitForSync(page, (s) => s.online === 'true' && s.pending === 0, 90_000);
  const onServer = (await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'enterprises')).find((d) => d['notes'] === note);
  expect(onServer).toMatchObject({ headcount: 321 });
  if (enterpriseId) expect(onServer?.id).toBe(enterpriseId);

  // The supervisor, on another device, sees it once synced.
  const supervisor = await tabletContext(env.browser);
  const desk = await supervisor.newPage();
  await logIn(desk, env.server.url, 'jianguan', PASSWORD);
  // A supervisor lands on 监管台; the ledger is one tap away.
  await desk.getByRole('link', { name: '企业台账' }).click();
  await fillField(desk, 'enterprise-search', name);
  await desk.getByTestId('enterprise-item').first().click();
  await desk.getByText(note).first().waitFor({ timeout: 30_000 });
  await screenshot(desk, 'supervisor-sees-edit');
  await supervisor.close();
  await officer.close();
});

import { expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { cleanShot, logIn, tabletContext } from './browser';
import { waitForSync } from './fields';
import { actIn, indexedDbContains, phoneContext } from './hazardLoop';
import { PASSWORD, useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';
import { testPhoto } from './testImage';

const env = useServerAndBrowser();

/** A weak mobile signal: 400 kbit/s each way, 400 ms latency. */
const weakSignal = (cdp: CDPSession) => cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });

it('an enterprise runs a self-check on a phone with a weak signal, rectifies and closes its finding itself; its grid officer sees it, another enterprise never does', async () => {
  const phone = await phoneContext(env.browser);
  const page = await phone.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  const cdp = await phone.newCDPSession(page);
  await cdp.send('Network.enable');
  await logIn(page, env.server.url, 'qiye', PASSWORD);
  await waitForSync(page, (s) => s.online === 'true' && s.pending === 0, 90_000);
  await weakSignal(cdp);
  // The throttle is real: one small request takes at least the emulated latency.
  const timedRequest = () => page.evaluate(async () => {
    const start = performance.now();
    await fetch('/api/health', { cache: 'no-store' });
    return performance.now() - start;
  });
  const roundTrip = await timedRequest();
  expect(roundTrip).toBeGreaterThanOrEqual(400);

  // 开始自查 from the 整改清单: the same checklist templates, without 逢查必考 or an inspector's signature.
  await page.getByTestId('start-self-check').click();
  await page.locator('[data-testid=template-option][data-template=confined-space] button').click();
  await page.getByTestId('inspection-progress').waitFor();
  expect(await page.getByTestId('exam-panel').count()).toBe(0);
  expect(await page.getByTestId('signer-officer').count()).toBe(0);
  const inspectionId = page.url().split('/').pop() ?? '';

  // The signal drops mid-check: answers, the photo and the finding are kept on the phone.
  // (Playwright's offline switch: the CDP one alone does not tell the page it went offline.)
  await phone.setOffline(true);
  await waitForSync(page, (s) => s.online === 'false', 30_000);
  for (const code of ['GM-03', 'GM-04', 'CS-04']) await page.getByTestId(`answer-${code}-pass`).click();
  await page.getByTestId('answer-CS-06-fail').click();
  const item = page.locator('[data-testid=check-item][data-code="CS-06"]');
  await item.getByTestId('photo-input').first().setInputFiles(testPhoto(640, 480, 51));
  await item.getByTestId('photo-thumb').first().waitFor();
  await page.getByTestId('make-hazard-CS-06').click();
  await page.getByTestId('hazard-location').fill('污水池入口');
  await page.getByTestId('hazard-measures').fill('补齐全身式安全带和安全绳，建立领用登记');
  await page.getByTestId('save-hazard').click();
  await page.getByTestId('hazard-link-CS-06').waitFor();
  await cleanShot(page, 'enterprise-self-check-phone');
  await page.getByTestId('finish-inspection').click();
  await page.getByTestId('inspection-finished').waitFor();

  // Its own finding is on its 整改清单, marked 企业自查; it submits the rectification, still without signal.
  await page.goto(`${env.server.url}/#/rectification`);
  const card = page.locator('[data-testid=rect-card]', { hasText: '污水池入口' });
  await card.waitFor();
  expect(await card.innerText()).toContain('企业自查');
  const hazardId = (await card.getAttribute('data-id')) ?? '';
  await actIn(page, `[data-testid=rect-card][data-id="${hazardId}"]`, 'submitRectification', { measures: '已购置全身式安全带4副并登记领用' }, 52);
  await page.locator(`[data-testid=rect-card][data-id="${hazardId}"][data-state=SUBMITTED] [data-testid=action-verify]`).waitFor();
  await cleanShot(page, 'enterprise-self-check-submitted-phone');

  // A weak signal again: everything goes up slowly, then the enterprise closes its own finding (自改).
  await phone.setOffline(false);
  await weakSignal(cdp);
  const reconnected = Date.now();
  const roundTripAfter = await timedRequest();
  expect(roundTripAfter).toBeGreaterThanOrEqual(400);
  await waitForSync(page, (s) => s.online === 'true' && s.pending === 0, 120_000);
  await expect.poll(async () => Number(await page.getByTestId('sync-indicator').getAttribute('data-photos-pending')), { timeout: 120_000 }).toBe(0);
  console.log(`weak signal: health round trip ${Math.round(roundTrip)} ms (after the drop ${Math.round(roundTripAfter)} ms); self-check, finding, rectification and 2 photos synced ${Date.now() - reconnected} ms after reconnecting`);
  await actIn(page, `[data-testid=rect-card][data-id="${hazardId}"]`, 'verify', { passed: true });
  await page.locator(`[data-testid=rect-card][data-id="${hazardId}"]`).waitFor({ state: 'detached' });
  await waitForSync(page, (s) => s.pending === 0, 120_000);
  await expect.poll(async () => Number(await page.getByTestId('sync-indicator').getAttribute('data-photos-pending')), { timeout: 120_000 }).toBe(0);
  await cleanShot(page, 'enterprise-rectification-after-self-close-phone');

  const hazard = (await serverDocuments(env.server.url, 'wangge', PASSWORD, 'hazards')).find((h) => h.id === hazardId);
  expect(hazard).toMatchObject({ source: 'enterpriseSelfCheck', inspectionId, checklistItemCode: 'CS-06', foundBy: 'u-ent-1' });
  const events = (await serverDocuments(env.server.url, 'wangge', PASSWORD, 'hazardEvents')).filter((e) => e['hazardId'] === hazardId);
  expect(events.map((e) => [e['type'], (e['verdict'] as { accepted: boolean }).accepted])).toEqual([['assign', true], ['submitRectification', true], ['verify', true]]);
  const inspection = (await serverDocuments(env.server.url, 'wangge', PASSWORD, 'inspections')).find((i) => i.id === inspectionId);
  expect(inspection).toMatchObject({ type: 'selfCheck', status: 'finished' });

  // The grid officer sees it, closed and marked 企业自查, and was told of the self-reported finding.
  const officerCtx = await tabletContext(env.browser);
  const officer = await officerCtx.newPage();
  await logIn(officer, env.server.url, 'wangge', PASSWORD);
  await officer.goto(`${env.server.url}/#/hazards`);
  const row = officer.locator(`[data-testid=hazard-item][data-id="${hazardId}"]`);
  await row.waitFor({ timeout: 30_000 });
  // The hazard may land a moment before its events (collections replicate independently).
  await expect.poll(() => row.getAttribute('data-state'), { timeout: 30_000 }).toBe('CLOSED');
  expect(await row.getByTestId('self-check-tag').innerText()).toBe('企业自查');
  await officer.goto(`${env.server.url}/#/notifications`);
  await officer.locator(`[data-testid=notify-item][data-kind=selfReported][data-hazard="${hazardId}"]`).waitFor({ timeout: 30_000 });
  await officerCtx.close();

  // Another enterprise never receives any of it.
  const otherCtx = await phoneContext(env.browser);
  const other = await otherCtx.newPage();
  await logIn(other, env.server.url, 'qiye2', PASSWORD);
  await waitForSync(other, (s) => s.online === 'true' && s.pending === 0, 60_000);
  await other.goto(`${env.server.url}/#/hazards`);
  await other.getByTestId('hazard-item').first().waitFor();
  expect(await other.locator(`[data-testid=hazard-item][data-id="${hazardId}"]`).count()).toBe(0);
  expect(await indexedDbContains(other, hazardId)).toBe(false);
  expect(await indexedDbContains(other, inspectionId)).toBe(false);
  await Promise.all([phone.close(), otherCtx.close()]);
});

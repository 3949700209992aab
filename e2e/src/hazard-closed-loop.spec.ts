import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { logIn, screenshot, tabletContext } from './browser';
import { waitForSync } from './fields';
import { PASSWORD, useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';

const env = useServerAndBrowser();

/** Opens an action on the hazard page, fills its fields and submits it. */
async function act(page: Page, type: string, fields: Record<string, string | boolean> = {}) {
  await page.getByTestId(`action-${type}`).click();
  for (const [key, value] of Object.entries(fields)) {
    const input = page.getByTestId(`action-${key}`);
    if (typeof value === 'boolean') await input.setChecked(value);
    else await input.fill(value);
  }
  await page.getByTestId('action-submit').click();
  await page.locator(`[data-testid=timeline-event][data-type=${type}]`).last().waitFor();
}

async function openHazard(page: Page, hazardId: string) {
  await page.goto(`${page.url().split('#')[0]}#/hazards/${hazardId}`);
  await page.getByTestId('hazard-heading').waitFor({ timeout: 30_000 });
}

async function stateOf(page: Page, hazardId: string): Promise<string | null> {
  return page.locator(`[data-testid=hazard-item][data-id="${hazardId}"]`).getAttribute('data-state');
}

it('officer, enterprise and supervisor close a hazard together, with a failed re-check on the way', async () => {
  const officerCtx = await tabletContext(env.browser);
  const officer = await officerCtx.newPage();
  await logIn(officer, env.server.url, 'wangge', PASSWORD);
  await waitForSync(officer, (s) => s.online === 'true' && s.pending === 0);

  // The officer records a hazard offline with a deadline.
  await officerCtx.setOffline(true);
  await officer.goto(`${env.server.url}/#/enterprises/ent-001/new-hazard`);
  await officer.getByTestId('hazard-title').fill('配电箱门未关闭，线路裸露');
  await officer.getByTestId('hazard-location').fill('二号车间');
  await officer.getByTestId('hazard-deadline').fill('2026-12-20');
  await officer.getByTestId('save-hazard').click();
  await officer.getByTestId('hazard-heading').waitFor();
  const hazardId = officer.url().split('/').pop() ?? '';
  await officerCtx.setOffline(false);
  await waitForSync(officer, (s) => s.online === 'true' && s.pending === 0, 60_000);

  // The enterprise sees it (and a second enterprise does not), and submits its rectification.
  const enterpriseCtx = await env.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const enterprise = await enterpriseCtx.newPage();
  await logIn(enterprise, env.server.url, 'qiye', PASSWORD);
  await enterprise.goto(`${env.server.url}/#/hazards`);
  await enterprise.locator(`[data-testid=hazard-item][data-id="${hazardId}"]`).waitFor({ timeout: 30_000 });
  expect(await stateOf(enterprise, hazardId)).toBe('RECTIFYING');
  await screenshot(enterprise, 'enterprise-rectification-list-phone');
  const otherCtx = await env.browser.newContext();
  const other = await otherCtx.newPage();
  await logIn(other, env.server.url, 'qiye2', PASSWORD);
  await other.goto(`${env.server.url}/#/hazards`);
  await other.getByTestId('hazard-item').first().waitFor();
  expect(await other.locator(`[data-testid=hazard-item][data-id="${hazardId}"]`).count()).toBe(0);
  await otherCtx.close();

  await openHazard(enterprise, hazardId);
  await act(enterprise, 'submitRectification', { measures: '已关闭配电箱门并更换线路', costYuan: '800' });
  await waitForSync(enterprise, (s) => s.pending === 0, 60_000);

  // The officer re-checks offline and fails it with a reason and a new deadline.
  await officerCtx.setOffline(true);
  await openHazard(officer, hazardId);
  await expect.poll(() => officer.locator('[data-testid=timeline-event][data-type=submitRectification]').count(), { timeout: 30_000 }).toBe(1);
  await act(officer, 'verify', { passed: false, reason: '线路仍有裸露接头', deadline: '2026-12-27' });
  await officerCtx.setOffline(false);
  await waitForSync(officer, (s) => s.online === 'true' && s.pending === 0, 60_000);

  // The enterprise sees the verdict and resubmits; the officer passes and closes (销号).
  await openHazard(enterprise, hazardId);
  await enterprise.getByText('线路仍有裸露接头').first().waitFor({ timeout: 30_000 });
  await act(enterprise, 'submitRectification', { measures: '接头已用绝缘胶带包扎并加装线槽' });
  await waitForSync(enterprise, (s) => s.pending === 0, 60_000);
  await openHazard(officer, hazardId);
  await expect.poll(() => officer.locator('[data-testid=timeline-event][data-type=submitRectification]').count(), { timeout: 30_000 }).toBe(2);
  await act(officer, 'verify', { passed: true });
  await waitForSync(officer, (s) => s.pending === 0, 60_000);

  // The supervisor sees the whole timeline: every event, its author, device time and server time.
  const supervisorCtx = await tabletContext(env.browser);
  const supervisor = await supervisorCtx.newPage();
  await logIn(supervisor, env.server.url, 'jianguan', PASSWORD);
  await openHazard(supervisor, hazardId);
  await expect.poll(() => supervisor.locator('[data-testid=timeline-event]').count(), { timeout: 30_000 }).toBe(5);
  const verdicts = await supervisor.locator('[data-testid=timeline-event]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-type'), e.getAttribute('data-verdict')]));
  expect(verdicts).toEqual([['assign', 'true'], ['submitRectification', 'true'], ['verify', 'true'], ['submitRectification', 'true'], ['verify', 'true']]);
  await screenshot(supervisor, 'supervisor-hazard-timeline');
  const events = (await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'hazardEvents')).filter((e) => e['hazardId'] === hazardId);
  expect(new Set(events.map((e) => e['actorId']))).toEqual(new Set(['u-officer-1', 'u-ent-1']));
  await supervisor.goto(`${env.server.url}/#/hazards`);
  await supervisor.locator(`[data-testid=hazard-item][data-id="${hazardId}"]`).waitFor();
  expect(await stateOf(supervisor, hazardId)).toBe('CLOSED');
  await Promise.all([officerCtx.close(), enterpriseCtx.close(), supervisorCtx.close()]);
});

import { expect, it } from 'vitest';
import { addDays, shanghaiDate } from '@anxun/shared-schema';
import type { Page } from 'playwright-core';
import { cleanShot, logIn, screenshot, tabletContext } from './browser';
import { waitForSync } from './fields';
import { actIn, indexedDbContains, openHazard, phoneContext, recordHazard, timelineEntries } from './hazardLoop';
import { PASSWORD, useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';

const env = useServerAndBrowser();
/** Dates some days from today (Asia/Shanghai), so the journey never ages into the past. */
const inDays = (n: number) => addDays(shanghaiDate(new Date()), n);
const DEADLINE = inDays(19);
const NEW_DEADLINE = inDays(26);
const HAZARD_PAGE = 'body';

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
  const hazardId = await recordHazard(officer, env.server.url, 'ent-001', {
    title: '配电箱门未关闭，线路裸露', location: '二号车间', basis: 'GB 50054-2011 第3.1.1条', measures: '关闭配电箱门，更换破损线路', deadline: DEADLINE,
  });
  await officerCtx.setOffline(false);
  await waitForSync(officer, (s) => s.online === 'true' && s.pending === 0, 60_000);

  // The enterprise lands on its 整改清单 on a phone and finds it there, with basis, measures and countdown.
  const enterpriseCtx = await phoneContext(env.browser);
  const enterprise = await enterpriseCtx.newPage();
  await logIn(enterprise, env.server.url, 'qiye', PASSWORD);
  const card = `[data-testid=rect-card][data-id="${hazardId}"]`;
  await enterprise.locator(card).waitFor({ timeout: 30_000 });
  expect(await enterprise.locator(card).getAttribute('data-state')).toBe('RECTIFYING');
  const cardText = await enterprise.locator(card).innerText();
  for (const shown of ['GB 50054-2011 第3.1.1条', '关闭配电箱门，更换破损线路', `期限 ${DEADLINE}`]) expect(cardText).toContain(shown);
  expect(await enterprise.locator(card).getByTestId('rect-countdown').innerText()).toMatch(/剩 \d+ 天/);
  await cleanShot(enterprise, 'enterprise-rectification-list-phone');
  // A second enterprise never receives it: not in its list, nowhere in its IndexedDB.
  const otherCtx = await phoneContext(env.browser);
  const other = await otherCtx.newPage();
  await logIn(other, env.server.url, 'qiye2', PASSWORD);
  await other.goto(`${env.server.url}/#/hazards`);
  await other.getByTestId('hazard-item').first().waitFor();
  await waitForSync(other, (s) => s.online === 'true' && s.pending === 0);
  expect(await other.locator(`[data-testid=hazard-item][data-id="${hazardId}"]`).count()).toBe(0);
  expect(await indexedDbContains(other, hazardId)).toBe(false);
  expect(await indexedDbContains(enterprise, hazardId)).toBe(true);
  await otherCtx.close();

  // It submits its rectification with an after photo from the card.
  await actIn(enterprise, card, 'submitRectification', { measures: '已关闭配电箱门并更换线路', costYuan: '800' }, 31);
  await enterprise.locator(`${card}[data-state=SUBMITTED]`).waitFor();
  await waitForSync(enterprise, (s) => s.pending === 0, 60_000);

  // The officer finds it in the re-check queue, and re-checks offline: failed, with a reason and a new deadline.
  await officer.goto(`${env.server.url}/#/recheck`);
  const queued = officer.locator(`[data-testid=queue-item][data-section=submitted][data-id="${hazardId}"]`);
  await queued.waitFor({ timeout: 30_000 });
  expect(await queued.innerText()).toContain('已关闭配电箱门并更换线路');
  await queued.locator('[data-testid=photo-thumb]').first().waitFor();
  await cleanShot(officer, 'officer-recheck-queue');
  await officerCtx.setOffline(true);
  await actIn(officer, `[data-testid=queue-item][data-id="${hazardId}"]`, 'verify', { passed: false, reason: '线路仍有裸露接头', deadline: NEW_DEADLINE });
  await officerCtx.setOffline(false);
  await waitForSync(officer, (s) => s.online === 'true' && s.pending === 0, 60_000);

  // The enterprise sees the verdict on its card and in its notifications, and resubmits.
  await enterprise.goto(`${env.server.url}/#/rectification`);
  const failed = enterprise.locator(`[data-testid=rect-group][data-group=failed] ${card}`);
  await failed.waitFor({ timeout: 30_000 });
  expect(await failed.getByTestId('rect-verdict').innerText()).toContain(`复查未通过：线路仍有裸露接头，新期限 ${NEW_DEADLINE}`);
  // The header nav and the phone's tab bar both carry the badge; the phone shows the tab bar's.
  await enterprise.locator('[data-testid=nav-badge]:visible').waitFor();
  await enterprise.goto(`${env.server.url}/#/notifications`);
  await enterprise.locator(`[data-testid=notify-item][data-kind=recheckFailed][data-hazard="${hazardId}"]`).waitFor();
  expect(await enterprise.locator(`[data-testid=notify-item][data-kind=newHazard][data-hazard="${hazardId}"]`).count()).toBe(1);
  await cleanShot(enterprise, 'enterprise-notifications-phone');
  await enterprise.getByTestId('notify-mark-all').click();
  await enterprise.locator('[data-testid=nav-badge]').first().waitFor({ state: 'detached' });
  await enterprise.goto(`${env.server.url}/#/rectification`);
  // Every rectification carries an after photo (issue 13, item 9).
  await actIn(enterprise, card, 'submitRectification', { measures: '接头已用绝缘胶带包扎并加装线槽' }, 32);
  await waitForSync(enterprise, (s) => s.pending === 0, 60_000);

  // The officer passes it and closes it (销号).
  await openHazard(officer, hazardId);
  await expect.poll(() => officer.locator('[data-testid=timeline-event][data-type=submitRectification]').count(), { timeout: 30_000 }).toBe(2);
  await actIn(officer, HAZARD_PAGE, 'verify', { passed: true });
  await waitForSync(officer, (s) => s.pending === 0, 60_000);

  // The supervisor sees the whole timeline: every event, its author, device time and server time.
  const supervisorCtx = await tabletContext(env.browser);
  const supervisor = await supervisorCtx.newPage();
  await logIn(supervisor, env.server.url, 'jianguan', PASSWORD);
  await openHazard(supervisor, hazardId);
  await expect.poll(() => supervisor.locator('[data-testid=timeline-event]').count(), { timeout: 30_000 }).toBe(5);
  const entries = await timelineEntries(supervisor);
  expect(entries.map((e) => [e.type, e.verdict])).toEqual([['assign', 'true'], ['submitRectification', 'true'], ['verify', 'true'], ['submitRectification', 'true'], ['verify', 'true']]);
  const authors = ['王建国', '钱卫东', '王建国', '钱卫东', '王建国'];
  for (const [i, entry] of entries.entries()) {
    expect(entry.text).toContain(authors[i]);
    expect(entry.text).toMatch(/设备时间 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
    expect(entry.text).toMatch(/服务器时间 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
  }
  await screenshot(supervisor, 'supervisor-hazard-timeline');
  const events = (await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'hazardEvents')).filter((e) => e['hazardId'] === hazardId);
  expect(new Set(events.map((e) => e['actorId']))).toEqual(new Set(['u-officer-1', 'u-ent-1']));
  await supervisor.goto(`${env.server.url}/#/hazards`);
  await supervisor.locator(`[data-testid=hazard-item][data-id="${hazardId}"]`).waitFor();
  expect(await stateOf(supervisor, hazardId)).toBe('CLOSED');
  await Promise.all([officerCtx.close(), enterpriseCtx.close(), supervisorCtx.close()]);
});

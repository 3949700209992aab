import { expect, it } from 'vitest';
import { shanghaiDate } from '@anxun/shared-schema';
import { logIn, screenshot, tabletContext } from './browser';
import { waitForSync } from './fields';
import { actIn, openHazard } from './hazardLoop';
import { PASSWORD, useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';
import { testPhoto } from './testImage';

const env = useServerAndBrowser();
const year = shanghaiDate(new Date()).slice(0, 4);

it('a grid officer refers a major hazard; the 吹哨员 accepts it, decides on-site measures and opens a case offline; the referrer sees the outcome', async () => {
  // 王建国 (grid officer) finds a major hazard at ent-001 and refers it to enforcement (抄告).
  const gridCtx = await tabletContext(env.browser);
  const grid = await gridCtx.newPage();
  await logIn(grid, env.server.url, 'wangge', PASSWORD);
  await waitForSync(grid, (s) => s.online === 'true' && s.pending === 0);
  await grid.goto(`${env.server.url}/#/enterprises/ent-001/new-hazard`);
  await grid.getByTestId('hazard-title').fill('抛光车间除尘器未设泄爆装置');
  await grid.getByTestId('hazard-location').fill('抛光车间1号布袋除尘器');
  await grid.getByTestId('hazard-level').selectOption('major');
  // A hazard outside a checklist carries its own site photo and description (issue 13, item 9).
  await grid.getByTestId('hazard-description').fill('布袋除尘器进风管无泄爆口，现场积尘');
  await grid.getByTestId('photo-input').first().setInputFiles(testPhoto(640, 480, 31));
  await grid.locator('form[data-testid=new-hazard]').getByText('✓ 1').first().waitFor();
  await grid.getByTestId('save-hazard').click();
  await grid.getByTestId('hazard-heading').waitFor();
  const hazardId = grid.url().split('/').pop() ?? '';
  await actIn(grid, '[data-testid=hazard-actions]', 'referToEnforcement', { text: '疑似重大事故隐患，请执法受理' });
  await waitForSync(grid, (s) => s.pending === 0, 60_000);

  // 陈立新 (enforcement) finds it in the 吹哨员 inbox and accepts it.
  const enfCtx = await tabletContext(env.browser);
  const enf = await enfCtx.newPage();
  await logIn(enf, env.server.url, 'zhifa', PASSWORD);
  await enf.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await waitForSync(enf, (s) => s.online === 'true' && s.pending === 0);
  await enf.goto(`${env.server.url}/#/referrals`);
  const pending = `[data-testid=referral-item][data-section=pending][data-id="${hazardId}"]`;
  await enf.locator(pending).waitFor({ timeout: 30_000 });
  await actIn(enf, pending, 'acceptReferral', { text: '受理，立即现场处置' });
  await enf.locator(`[data-testid=referral-item][data-section=accepted][data-id="${hazardId}"]`).waitFor();

  // Offline at the works: the 现场处理措施决定书 with two officers, then 立案 from the accepted referral.
  await enfCtx.setOffline(true);
  await openHazard(enf, hazardId);
  await enf.getByTestId('hazard-measures-writ').waitFor();
  await enf.getByTestId('own-cert-no').fill('32058200123');
  await enf.getByTestId('second-officer-name').fill('刘文静');
  await enf.getByTestId('second-officer-cert').fill('32058200456');
  await enf.getByTestId('issue-writ-onsiteMeasures').click();
  await enf.getByTestId('writ-sheet').waitFor();
  const measuresUrl = enf.url();
  expect(await enf.getByTestId('writ-number').innerText()).toContain('临时编号');
  await openHazard(enf, hazardId);
  await enf.getByTestId('open-case-link').click();
  await enf.getByTestId('case-facts').fill('抛光车间1号布袋除尘器未设置泄爆装置，粉尘涉爆。');
  await enf.getByTestId('case-second-officer').fill('刘文静');
  await enf.getByTestId('case-open-submit').click();
  await enf.getByTestId('case-heading').waitFor();
  expect(await enf.getByTestId('case-status').getAttribute('data-status')).toBe('filed');
  await enf.getByTestId('first-violation').waitFor();
  await enf.getByTestId('issue-case-writ-caseApproval').click();
  await enf.getByTestId('writ-sheet').waitFor();
  expect(await enf.getByTestId('writ-title').innerText()).toBe('立案审批表');
  await screenshot(enf, 'referral-case-approval');

  // Back online: official numbers from the server; the case reached the server, not the enterprise.
  await enfCtx.setOffline(false);
  await waitForSync(enf, (s) => s.online === 'true' && s.pending === 0, 90_000);
  await enf.goto(measuresUrl);
  await expect.poll(() => enf.getByTestId('writ-number').innerText(), { timeout: 30_000 }).toMatch(new RegExp(`^杨舍应急现决〔${year}〕\\d+号$`));
  const cases = await serverDocuments(env.server.url, 'zhifa', PASSWORD, 'cases');
  expect(cases.filter((c) => (c['hazardIds'] as string[]).includes(hazardId))).toHaveLength(1);
  expect(await serverDocuments(env.server.url, 'qiye', PASSWORD, 'cases')).toEqual([]);
  expect(await serverDocuments(env.server.url, 'wangge', PASSWORD, 'cases')).toEqual([]);

  // 王建国 sees the outcome on the hazard and in 通知.
  await openHazard(grid, hazardId);
  await expect.poll(() => grid.getByTestId('hazard-referral').getAttribute('data-state'), { timeout: 60_000 }).toBe('accepted');
  expect(await grid.getByTestId('hazard-referral').innerText()).toContain('陈立新');
  await grid.goto(`${env.server.url}/#/notifications`);
  await grid.locator(`[data-testid=notify-item][data-kind=referralAccepted][data-hazard="${hazardId}"]`).waitFor({ timeout: 30_000 });
  await screenshot(grid, 'referral-outcome-notification');
  await Promise.all([gridCtx.close(), enfCtx.close()]);
});

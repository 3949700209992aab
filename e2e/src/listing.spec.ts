import { expect, it } from 'vitest';
import { addDays, HazardEvent, shanghaiDate, type Hazard } from '@anxun/shared-schema';
import { cleanShot, logIn, screenshot, tabletContext } from './browser';
import { waitForSync } from './fields';
import { actIn, openHazard, phoneContext } from './hazardLoop';
import { PASSWORD, useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';
import { pushAs, tokenOf } from './serverWrites';
import { SITE_PHOTO } from './evidence';

/*
 * The enforcement path of issue 16, end to end: the grid officer refers a confirmed major hazard
 * to enforcement (抄告), the 吹哨员 accepts it and issues the 现场处理措施决定书 offline (official
 * number on reconnecting); then 挂牌督办 (item 3): the town lists it, the 张家港市 supervisor finds
 * it in the register, the enterprise files its 五落实 plan on a phone, the town approves it, the
 * enterprise asks to resume, the re-check passes and the town writes it off. (referral-case.spec
 * goes on from a referral to 立案 and its documents.)
 */

const env = useServerAndBrowser();
/** Dates some days from today (Asia/Shanghai), so the journey never ages into the past. */
const inDays = (n: number) => addDays(shanghaiDate(new Date()), n);
const REVIEW_DATE = inDays(14);
const PLAN_DEADLINE = inDays(9);
const HAZARD_PAGE = 'body';
const HAZARD_ID = 'hz-e2e-listing';
const now = () => new Date().toISOString();

/** A major hazard of ent-001, reported and escalated by the grid officer and confirmed by the town, as their devices would push it. */
async function confirmedMajorHazard(baseUrl: string): Promise<void> {
  const hazard: Hazard = {
    id: HAZARD_ID, no: 'YH-E2E-LIST', enterpriseId: 'ent-001', title: '粉尘爆炸危险场所除尘系统未设泄爆装置', description: '布袋除尘器未设置泄爆口',
    location: '抛光车间', category: 'unsafeCondition', proposedLevel: 'major', basis: '应急管理部令第10号', source: 'gridPatrol',
    foundBy: 'u-officer-1', foundAt: now(), photosBefore: [SITE_PHOTO], requiredMeasures: '加装泄爆装置', updatedAt: now(),
  };
  const event = (id: string, type: HazardEvent['type'], payload: HazardEvent['payload'], who: 'officer' | 'town'): HazardEvent => ({
    id, hazardId: HAZARD_ID, enterpriseId: 'ent-001', type, payload, deviceId: 'e2e-other-device', deviceTime: now(), updatedAt: now(),
    ...(who === 'officer'
      ? { actorId: 'u-officer-1', actorRole: 'officer', actorKind: 'grid', actorName: '王建国' }
      : { actorId: 'u-sup-1', actorRole: 'supervisor', actorAreaCode: '320582100', actorName: '杨舍镇应急管理办' }),
  });
  const officer = await tokenOf(baseUrl, 'wangge', PASSWORD);
  await pushAs(baseUrl, officer, 'hazards', [hazard]);
  await pushAs(baseUrl, officer, 'hazardEvents', [event('ev-e2e-l1', 'report', {}, 'officer'), event('ev-e2e-l2', 'escalate', { text: '疑似重大隐患' }, 'officer')]);
  await pushAs(baseUrl, await tokenOf(baseUrl, 'jianguan', PASSWORD), 'hazardEvents', [event('ev-e2e-l3', 'confirmMajor', { deadline: inDays(30) }, 'town')]);
}


it('refers a major hazard to the 吹哨员, who decides on-site measures offline; the town lists it, the city sees it, and it is written off after the plan and a passed re-check', async () => {
  await confirmedMajorHazard(env.server.url);
  const year = shanghaiDate(new Date()).slice(0, 4);

  // 王建国 (grid officer) refers the confirmed major hazard to enforcement (抄告).
  const gridCtx = await tabletContext(env.browser);
  const grid = await gridCtx.newPage();
  await logIn(grid, env.server.url, 'wangge', PASSWORD);
  await waitForSync(grid, (s) => s.online === 'true' && s.pending === 0);
  await openHazard(grid, HAZARD_ID);
  await actIn(grid, '[data-testid=hazard-actions]', 'referToEnforcement', { text: '重大事故隐患，请执法现场处置' });
  await waitForSync(grid, (s) => s.pending === 0, 60_000);

  // 陈立新 (enforcement, 吹哨员) accepts it from the inbox, then at the works, offline, issues the
  // 现场处理措施决定书 with a second officer; back online, the server gives it its official number.
  const enfCtx = await tabletContext(env.browser);
  const enf = await enfCtx.newPage();
  await logIn(enf, env.server.url, 'zhifa', PASSWORD);
  await enf.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await waitForSync(enf, (s) => s.online === 'true' && s.pending === 0);
  await enf.goto(`${env.server.url}/#/referrals`);
  const pending = `[data-testid=referral-item][data-section=pending][data-id="${HAZARD_ID}"]`;
  await enf.locator(pending).waitFor({ timeout: 30_000 });
  await actIn(enf, pending, 'acceptReferral', { text: '受理，立即现场处置' });
  await enf.locator(`[data-testid=referral-item][data-section=accepted][data-id="${HAZARD_ID}"]`).waitFor();
  await enfCtx.setOffline(true);
  await openHazard(enf, HAZARD_ID);
  await enf.getByTestId('hazard-measures-writ').waitFor();
  await enf.getByTestId('own-cert-no').fill('32058200123');
  await enf.getByTestId('second-officer-name').fill('刘文静');
  await enf.getByTestId('second-officer-cert').fill('32058200456');
  await enf.getByTestId('issue-writ-onsiteMeasures').click();
  await enf.getByTestId('writ-sheet').waitFor();
  expect(await enf.getByTestId('writ-number').innerText()).toContain('临时编号');
  const measuresUrl = enf.url();
  await enfCtx.setOffline(false);
  await waitForSync(enf, (s) => s.online === 'true' && s.pending === 0, 90_000);
  await enf.goto(measuresUrl);
  await expect.poll(() => enf.getByTestId('writ-number').innerText(), { timeout: 30_000 }).toMatch(new RegExp(`^杨舍应急现决〔${year}〕\\d+号$`));
  await openHazard(grid, HAZARD_ID);
  await expect.poll(() => grid.getByTestId('hazard-referral').getAttribute('data-state'), { timeout: 60_000 }).toBe('accepted');
  await Promise.all([gridCtx.close(), enfCtx.close()]);

  // The town supervisor lists it at 镇 level, with a listing number, a review date and 停产停业.
  const townCtx = await tabletContext(env.browser);
  const town = await townCtx.newPage();
  await logIn(town, env.server.url, 'jianguan', PASSWORD);
  await openHazard(town, HAZARD_ID);
  await town.getByTestId('action-list').waitFor({ timeout: 30_000 });
  await actIn(town, HAZARD_PAGE, 'list', { docNo: '杨安委督〔2026〕1号', reviewDate: REVIEW_DATE, stopProduction: true });
  await town.getByTestId('listing-stop').waitFor();
  expect(await town.getByTestId('hazard-listing').innerText()).toContain(`镇级挂牌 · 杨安委督〔2026〕1号 · 复查日期 ${REVIEW_DATE}`);
  await waitForSync(town, (s) => s.online === 'true' && s.pending === 0);

  // The 张家港市 supervisor sees the town's listing in the register, filtered to 镇级.
  const cityCtx = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'allow' });
  const city = await cityCtx.newPage();
  await logIn(city, env.server.url, 'shijianguan', PASSWORD);
  await city.goto(`${env.server.url}/#/console/listings`);
  const row = city.locator('[data-testid=register-row]', { hasText: '杨安委督〔2026〕1号' });
  await row.waitFor({ timeout: 60_000 });
  await city.getByTestId('register-level').selectOption('town');
  expect(await row.innerText()).toContain('粉尘爆炸危险场所除尘系统未设泄爆装置');
  expect(await row.getByTestId('register-state').innerText()).toBe('挂牌督办中');
  expect(await row.getByTestId('register-plan').innerText()).toBe('未报送');
  await city.getByTestId('register-level').selectOption('district');
  await city.getByTestId('register-empty').waitFor();
  await city.getByTestId('register-level').selectOption('');
  await row.waitFor();
  await cleanShot(city, 'listing-register-city');
  // On paper: the sheet alone, without the console's nav and toolbar.
  await city.emulateMedia({ media: 'print' });
  await screenshot(city, 'listing-register-print');
  await city.emulateMedia({ media: 'screen' });

  // The enterprise files its 五落实 plan on a phone.
  const enterpriseCtx = await phoneContext(env.browser);
  const enterprise = await enterpriseCtx.newPage();
  await logIn(enterprise, env.server.url, 'qiye', PASSWORD);
  await openHazard(enterprise, HAZARD_ID);
  await enterprise.getByTestId('listing-stop').waitFor({ timeout: 30_000 });
  // Its operating status follows the stop order while listed.
  await enterprise.goto(`${env.server.url}/#/enterprises/ent-001`);
  expect(await enterprise.locator('[data-field="field.operatingStatus"]').innerText()).toContain('停产停业（应急部门责令）（挂牌督办期间责令停产停业）');
  await openHazard(enterprise, HAZARD_ID);
  await enterprise.getByTestId('action-filePlan').click();
  const form = enterprise.getByTestId('action-form-filePlan');
  await form.getByTestId('action-measures').fill('拆除原除尘器进风管，加装符合GB 15605的泄爆片，泄爆口引至室外');
  await form.getByTestId('action-responsiblePerson').fill('张伟（总经理）');
  await form.getByTestId('action-costYuan').fill('86000');
  await form.getByTestId('action-deadline').fill(PLAN_DEADLINE);
  await form.getByTestId('action-emergencyPlan').fill('《粉尘爆炸事故专项应急预案》，停产期间每日巡查');
  await cleanShot(enterprise, 'listing-plan-form-phone');
  await form.getByTestId('action-submit').click();
  await form.waitFor({ state: 'detached' });
  expect(await enterprise.getByTestId('plan-state').innerText()).toBe('已报送，待挂牌部门审核');
  await waitForSync(enterprise, (s) => s.pending === 0);

  // The town (the listing authority) finds the plan in 审核督办 and approves it; the enterprise reports the work done.
  await town.goto(`${env.server.url}/#/console/review`);
  const waiting = town.locator(`[data-testid=review-queue-listing] [data-testid=review-item][data-hazard-id="${HAZARD_ID}"]`);
  await waiting.waitFor({ timeout: 30_000 });
  expect(await waiting.getByTestId('review-plan').innerText()).toContain(`责任人 张伟（总经理）；资金 86000 元；时限 ${PLAN_DEADLINE}`);
  await cleanShot(town, 'listing-review-plan');
  await waiting.getByTestId('review-action-approvePlan').click();
  await waiting.getByTestId('review-submit').click();
  await waiting.waitFor({ state: 'detached' });
  await waitForSync(town, (s) => s.pending === 0);
  await openHazard(enterprise, HAZARD_ID);
  await enterprise.getByTestId('action-requestResumption').waitFor({ timeout: 30_000 });
  await actIn(enterprise, HAZARD_PAGE, 'requestResumption', { text: '泄爆片已安装，第三方检测合格，申请复产' });
  await waitForSync(enterprise, (s) => s.pending === 0);

  // The re-check passes on site; only then the listing authority writes it off (核销).
  await openHazard(town, HAZARD_ID);
  await town.getByTestId('action-reviewResumption').waitFor({ timeout: 30_000 });
  expect(await town.getByTestId('action-delist').count()).toBe(0);
  await actIn(town, HAZARD_PAGE, 'reviewResumption', { passed: true, text: '现场复查：泄爆片已安装到位' });
  await actIn(town, HAZARD_PAGE, 'delist', { text: '复查合格，予以核销' });
  await town.getByTestId('listing-stop').waitFor({ state: 'detached' });
  await waitForSync(town, (s) => s.pending === 0);
  await enterprise.goto(`${env.server.url}/#/enterprises/ent-001`);
  await expect.poll(() => enterprise.locator('[data-field="field.operatingStatus"]').innerText(), { timeout: 30_000 }).not.toContain('挂牌督办期间责令停产停业');

  // The city's register drops it, and shows it again among the written-off ones.
  await city.goto(`${env.server.url}/#/console/listings`);
  await expect.poll(() => row.count(), { timeout: 60_000 }).toBe(0);
  await city.getByTestId('register-written-off').check();
  await row.waitFor();
  expect(await row.getByTestId('register-state').innerText()).toBe('已核销');

  const events = (await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'hazardEvents')).filter((e) => e['hazardId'] === HAZARD_ID).map((e) => HazardEvent.parse(e));
  expect(events.map((e) => [e.type, e.verdict?.accepted]).sort()).toEqual([
    ['acceptReferral', true], ['approvePlan', true], ['confirmMajor', true], ['delist', true], ['escalate', true], ['filePlan', true], ['list', true],
    ['referToEnforcement', true], ['report', true], ['requestResumption', true], ['reviewResumption', true],
  ]);
  await Promise.all([townCtx.close(), cityCtx.close(), enterpriseCtx.close()]);
});

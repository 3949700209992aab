import { expect, it } from 'vitest';
import { HazardEvent, type Hazard } from '@anxun/shared-schema';
import { cleanShot, logIn, screenshot, tabletContext } from './browser';
import { waitForSync } from './fields';
import { actIn, openHazard, phoneContext } from './hazardLoop';
import { PASSWORD, useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';
import { pushAs, tokenOf } from './serverWrites';

/*
 * 挂牌督办 (issue 16 item 3): a confirmed major hazard is listed by the town, the 张家港市
 * supervisor finds it in the register, the enterprise files its 五落实 plan on a phone, the town
 * approves it, the enterprise asks to resume, the re-check passes and the town writes it off.
 * (The case spec covers referral and the 现场处理措施决定书; the lead may chain the two.)
 */

const env = useServerAndBrowser();
const HAZARD_PAGE = 'body';
const HAZARD_ID = 'hz-e2e-listing';
const now = () => new Date().toISOString();

/** A major hazard of ent-001, reported and escalated by the grid officer and confirmed by the town, as their devices would push it. */
async function confirmedMajorHazard(baseUrl: string): Promise<void> {
  const hazard: Hazard = {
    id: HAZARD_ID, no: 'YH-E2E-LIST', enterpriseId: 'ent-001', title: '粉尘爆炸危险场所除尘系统未设泄爆装置', description: '布袋除尘器未设置泄爆口',
    location: '抛光车间', category: 'unsafeCondition', proposedLevel: 'major', basis: '应急管理部令第10号', source: 'gridPatrol',
    foundBy: 'u-officer-1', foundAt: now(), photosBefore: [], requiredMeasures: '加装泄爆装置', updatedAt: now(),
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
  await pushAs(baseUrl, await tokenOf(baseUrl, 'jianguan', PASSWORD), 'hazardEvents', [event('ev-e2e-l3', 'confirmMajor', { deadline: '2026-12-31' }, 'town')]);
}


it('lists a major hazard at the town, shows it in the city register, and writes it off after the plan and a passed re-check', async () => {
  await confirmedMajorHazard(env.server.url);

  // The town supervisor lists it at 镇 level, with a listing number, a review date and 停产停业.
  const townCtx = await tabletContext(env.browser);
  const town = await townCtx.newPage();
  await logIn(town, env.server.url, 'jianguan', PASSWORD);
  await openHazard(town, HAZARD_ID);
  await town.getByTestId('action-list').waitFor({ timeout: 30_000 });
  await actIn(town, HAZARD_PAGE, 'list', { docNo: '杨安委督〔2026〕1号', reviewDate: '2026-12-15', stopProduction: true });
  await town.getByTestId('listing-stop').waitFor();
  expect(await town.getByTestId('hazard-listing').innerText()).toContain('镇级挂牌 · 杨安委督〔2026〕1号 · 复查日期 2026-12-15');
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
  await form.getByTestId('action-deadline').fill('2026-12-10');
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
  expect(await waiting.getByTestId('review-plan').innerText()).toContain('责任人 张伟（总经理）；资金 86000 元；时限 2026-12-10');
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
    ['approvePlan', true], ['confirmMajor', true], ['delist', true], ['escalate', true], ['filePlan', true], ['list', true], ['report', true], ['requestResumption', true], ['reviewResumption', true],
  ]);
  await Promise.all([townCtx.close(), cityCtx.close(), enterpriseCtx.close()]);
});

import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { completeUscc, enterpriseIdOf } from '@anxun/shared-schema';
import { cleanShot, screenshot, tabletContext } from './browser';
import { waitForSync } from './fields';
import { useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';

/**
 * Issue 14's done-when journey: a town that starts with SEED_DEMO=0 sets itself up through the
 * console, and its first officer and enterprise hold exactly what they should.
 */
const env = useServerAndBrowser([], { SEED_DEMO: '0' });
const NEW_PASSWORD = 'Town-setup-2026';
const EAST = '城东网格';
const WEST = '城西网格';

// 300 rows: 140 in the east grid, 160 in the west; five of them wrong (each a different reason).
const usccOf = (i: number) => completeUscc(`91320582MA1Y${String(i).padStart(5, '0')}`);
const WRONG: Record<number, (cells: string[]) => void> = {
  10: (c) => { c[1] = `${c[1]?.slice(0, 17) ?? ''}${c[1]?.endsWith('0') ? '1' : '0'}`; },
  20: (c) => { c[3] = '不存在的网格'; },
  30: (c) => { c[1] = usccOf(5); },
  40: (c) => { c[0] = ''; },
  200: (c) => { c[1] = ''; },
};
const REASONS = ['校验位', '没有名为', '重复', '缺少企业名称', '缺少统一社会信用代码'];
const EAST_STORED = 140 - 4;
function ledger(): string {
  const header = '企业名称,统一社会信用代码,地址,所属网格,行业领域,风险等级,企业规模,法定代表人,联系电话,安全负责人,安全负责人电话,标签';
  const rows = Array.from({ length: 300 }, (_, i) => {
    const cells = [`样本企业${i}`, usccOf(i), `杨舍镇样本路 ${i} 号`, i < 140 ? EAST : WEST, '机械', '黄', '规下', '张三', '13800000000', '李四', '13900000000', ''];
    WRONG[i]?.(cells);
    return cells.join(',');
  });
  return [header, ...rows].join('\r\n');
}

async function changePassword(page: Page, current: string): Promise<void> {
  await page.getByTestId('change-password').waitFor({ timeout: 60_000 });
  await page.getByTestId('password-current').fill(current);
  await page.getByTestId('password-new').fill(NEW_PASSWORD);
  await page.getByTestId('password-repeat').fill(NEW_PASSWORD);
  await page.getByTestId('password-submit').click();
}
async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(env.server.url);
  await page.locator('input[data-testid="login-username"]').fill(username);
  await page.locator('input[data-testid="login-password"]').fill(password);
  await page.getByTestId('login-submit').click();
}
const summary = (page: Page) => page.getByTestId('import-summary').textContent();

it('a town starts from nothing: administrator, areas, grids, ledger, officer and enterprise', async () => {
  const oneTime = /administrator: admin \/ (\S+)/.exec(env.server.output())?.[1];
  expect(oneTime, env.server.output()).toBeTruthy();
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'allow' });
  const admin = await context.newPage();
  await signIn(admin, 'admin', oneTime ?? '');
  await changePassword(admin, oneTime ?? '');
  await admin.getByTestId('console-nav-places').click({ timeout: 60_000 });

  // The town and its two grids: one drawn on the plan, one from a GeoJSON file.
  await admin.getByTestId('area-code').fill('320582100');
  await admin.getByTestId('area-name').fill('杨舍镇');
  await admin.getByTestId('area-create').click();
  await admin.getByTestId('area-list').getByText('杨舍镇').waitFor();
  await admin.getByTestId('grid-new').click();
  await admin.getByTestId('grid-name').fill(EAST);
  await admin.getByTestId('grid-draw').click();
  const plan = admin.getByTestId('boundary-plan');
  for (const [x, y] of [[200, 150], [500, 140], [520, 400], [210, 420]] as const) await plan.click({ position: { x, y } });
  expect(await admin.getByTestId('grid-boundary-count').textContent()).toContain('4 个点');
  await cleanShot(admin, 'admin-grid-drawing-desktop');
  await admin.getByTestId('grid-save').click();
  await admin.getByTestId('grid-row').filter({ hasText: EAST }).waitFor({ timeout: 30_000 });
  await admin.getByTestId('grid-new').click();
  await admin.getByTestId('grid-name').fill(WEST);
  await admin.getByTestId('grid-type').selectOption('residential');
  const square = [[120.5, 31.85], [120.52, 31.85], [120.52, 31.87], [120.5, 31.87], [120.5, 31.85]];
  await admin.getByTestId('grid-geojson').setInputFiles({ name: 'west.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[square]] } })) });
  // The file is read asynchronously: wait for the count rather than read it at once.
  await expect.poll(() => admin.getByTestId('grid-boundary-count').textContent(), { timeout: 10_000 }).toContain('1 个多边形，共 4 个点');
  await admin.getByTestId('grid-save').click();
  await admin.getByTestId('grid-row').filter({ hasText: WEST }).waitFor({ timeout: 30_000 });
  expect(await admin.getByTestId('grid-row').count()).toBe(2);
  await cleanShot(admin, 'admin-places-desktop');

  // The ledger: 300 rows, five wrong ones refused with their reasons; the same file again changes nothing.
  await admin.getByTestId('console-nav-import').click();
  await admin.getByTestId('import-file').setInputFiles({ name: '台账.csv', mimeType: 'text/csv', buffer: Buffer.from(ledger(), 'utf8') });
  await admin.getByTestId('import-run').click();
  await expect.poll(() => summary(admin), { timeout: 120_000 }).toContain('新增 295 家，更新 0 家，无变化 0 家，拒绝 5 行');
  const refused = await admin.locator('tr[data-status=refused]').allTextContents();
  expect(refused).toHaveLength(5);
  for (const reason of REASONS) expect(refused.some((r) => r.includes(reason)), reason).toBe(true);
  const stored = await serverDocuments(env.server.url, 'admin', NEW_PASSWORD, 'enterprises');
  expect(stored).toHaveLength(295);
  for (const i of Object.keys(WRONG).map(Number)) expect(stored.some((d) => d['name'] === `样本企业${i}`), `row of 样本企业${i}`).toBe(false);
  await admin.getByTestId('import-run').click();
  await expect.poll(() => summary(admin), { timeout: 120_000 }).toContain('新增 0 家，更新 0 家，无变化 295 家，拒绝 5 行');

  // The first officer, bound to the east grid at opening; then every enterprise's account.
  await admin.getByTestId('console-nav-people').click();
  await admin.getByTestId('account-username').fill('chengdong');
  await admin.getByTestId('account-name').fill('城东网格员');
  await admin.getByTestId('account-grid').selectOption({ label: EAST });
  await admin.getByTestId('account-open').click();
  const notice = admin.getByTestId('opening-notice');
  const officerPassword = (await notice.locator('tr', { hasText: 'chengdong' }).locator('code').textContent()) ?? '';
  await expect.poll(() => admin.getByTestId('open-enterprise-accounts').textContent(), { timeout: 60_000 }).toContain('295');
  await admin.getByTestId('open-enterprise-accounts').click();
  const enterpriseUser = `qy${usccOf(0)}`;
  const enterpriseRow = notice.locator('tr', { hasText: enterpriseUser });
  await enterpriseRow.waitFor({ timeout: 180_000 });
  const enterprisePassword = (await enterpriseRow.locator('code').textContent()) ?? '';

  await admin.getByTestId('console-nav-bindings').click();
  await admin.getByTestId('bindings-target').selectOption({ label: EAST });
  await admin.getByTestId('binding-row').filter({ hasText: '城东网格员' }).waitFor({ timeout: 30_000 });
  await cleanShot(admin, 'admin-bindings-desktop');
  await admin.getByTestId('console-nav-audit').click();
  await admin.getByTestId('audit-row').first().waitFor({ timeout: 30_000 });
  await admin.getByTestId('audit-action').selectOption('grid');
  await expect.poll(() => admin.getByTestId('audit-row').count(), { timeout: 30_000 }).toBe(2);
  expect(await admin.getByTestId('audit-list').textContent()).toContain('新建网格');
  await cleanShot(admin, 'admin-audit-grids-desktop');
  await admin.getByTestId('audit-action').selectOption('');
  await expect.poll(() => admin.getByTestId('audit-row').count(), { timeout: 30_000 }).toBe(50);
  await cleanShot(admin, 'admin-audit-desktop');
  await context.close();

  // The officer on a tablet holds exactly the east grid's enterprises, offline.
  const tablet = await tabletContext(env.browser);
  const officer = await tablet.newPage();
  await signIn(officer, 'chengdong', officerPassword);
  await changePassword(officer, officerPassword);
  await officer.getByTestId('enterprise-item').first().waitFor({ timeout: 60_000 });
  await officer.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await waitForSync(officer, (s) => s.online === 'true' && s.pending === 0, 90_000);
  await tablet.setOffline(true);
  await officer.reload();
  await officer.getByTestId('enterprise-item').first().waitFor({ timeout: 60_000 });
  await expect.poll(() => officer.getByText(/共 \d+ 家/).first().textContent(), { timeout: 30_000 }).toBe(`共 ${EAST_STORED} 家`);
  await screenshot(officer, 'officer-town-setup-offline-tablet');
  await tablet.close();

  // An enterprise account from the bulk opening, on a phone: its own profile only.
  const phone = await env.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'allow', isMobile: true, hasTouch: true });
  const owner = await phone.newPage();
  await signIn(owner, enterpriseUser, enterprisePassword);
  await changePassword(owner, enterprisePassword);
  await owner.locator('[data-testid=rectification-home][data-ready=true]').waitFor({ timeout: 60_000 });
  await owner.goto(`${env.server.url}/#/enterprises/${enterpriseIdOf(usccOf(0))}`);
  await owner.getByText('样本企业0').first().waitFor({ timeout: 30_000 });
  await screenshot(owner, 'enterprise-town-setup-phone');
  const own = await serverDocuments(env.server.url, enterpriseUser, NEW_PASSWORD, 'enterprises');
  expect(own.map((d) => d.id)).toEqual([enterpriseIdOf(usccOf(0))]);
  await phone.close();
}, 900_000);

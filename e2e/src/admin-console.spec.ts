import { expect, it } from 'vitest';
import { cleanShot } from './browser';
import { PASSWORD, useServerAndBrowser } from './journey';

const env = useServerAndBrowser();
// Check characters computed with GB 32100 (completeUscc); the last row's is wrong on purpose.
const LEDGER = [
  '企业名称,统一社会信用代码,地址,所属网格,行业领域,风险等级,企业规模,法定代表人,联系电话,安全负责人,安全负责人电话,标签',
  '端到端五金厂,91320582MA1X00000N,杨舍镇工业园 1 号,杨舍镇工业企业网格一,机械,黄,规下,张三,13800000000,李四,13900000000,粉尘涉爆、有限空间',
  '端到端校验错误,91320582MA1X00000X,杨舍镇工业园 2 号,杨舍镇工业企业网格一,,,,,,,,',
].join('\r\n');

it('the town administrator imports a ledger, checks it first, and opens an officer account, on a 1440×900 desktop', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.locator('input[data-testid="login-username"]').fill('admin');
  await page.locator('input[data-testid="login-password"]').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('console-nav-import').waitFor({ timeout: 60_000 });
  await page.getByTestId('account-list').waitFor({ timeout: 30_000 });
  await cleanShot(page, 'admin-accounts-desktop');

  await page.getByTestId('console-nav-import').click();
  await page.getByTestId('import-file').setInputFiles({ name: '台账.csv', mimeType: 'text/csv', buffer: Buffer.from(LEDGER, 'utf8') });
  await page.getByTestId('import-check').click();
  await expect.poll(() => page.getByTestId('import-summary').textContent(), { timeout: 30_000 }).toContain('新增 1 家，更新 0 家，无变化 0 家，拒绝 1 行');
  await cleanShot(page, 'admin-import-checked-desktop');
  await page.getByTestId('import-run').click();
  await expect.poll(() => page.getByTestId('import-summary').textContent(), { timeout: 30_000 }).toContain('导入完成');
  expect(await page.locator('tr[data-status=refused]').textContent()).toContain('校验位');
  await cleanShot(page, 'admin-import-done-desktop');

  await page.getByTestId('console-nav-people').click();
  await page.getByTestId('account-username').fill('e2e-officer');
  await page.getByTestId('account-name').fill('端到端网格员');
  await page.getByTestId('account-grid').selectOption('grid-ys-02');
  await page.getByTestId('account-open').click();
  await page.getByTestId('opening-notice').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('opening-notice').textContent()).toContain('e2e-officer');
  await cleanShot(page, 'admin-people-desktop');
  await context.close();
}, 240_000);

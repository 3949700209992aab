import { expect, it } from 'vitest';
import { cleanShot, logIn, tabletContext } from './browser';
import { phoneContext } from './hazardLoop';
import { PASSWORD, useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';
import { testPhoto } from './testImage';

const env = useServerAndBrowser();

const PHONE = '13912345678';
const DESCRIPTION = '仓库东侧安全出口被纸箱堵死，晚上有工人在里面抽烟';

it('a passer-by reports a hazard with a photo from a phone, the town supervisor verifies it into a hazard, and the reporter follows it by code', async () => {
  const enterprise = (await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'enterprises')).find((e) => String(e['areaCode']).startsWith('320582100'));
  const enterpriseName = String(enterprise?.['name'] ?? '');
  expect(enterpriseName).not.toBe('');

  // The public page from the login page: no account, on a phone, with its location.
  const phone = await phoneContext(env.browser);
  await phone.grantPermissions(['geolocation'], { origin: env.server.url });
  await phone.setGeolocation({ latitude: 31.8612, longitude: 120.5341, accuracy: 12 });
  const page = await phone.newPage();
  await page.goto(env.server.url);
  await page.getByTestId('login-report-link').click();
  await page.getByTestId('public-report-form').waitFor();
  await page.getByTestId('report-town').selectOption('320582100');
  await page.getByTestId('report-description').fill(DESCRIPTION);
  await page.getByTestId('report-address').fill('杨舍镇东城社区港城大道 88 号仓库东门');
  await page.getByTestId('report-locate').click();
  await page.getByText('已获取位置').waitFor();
  await page.getByTestId('report-enterprise').fill(enterpriseName);
  await page.getByTestId('report-photos').setInputFiles(testPhoto(1600, 1200, 71));
  await page.locator('.public-report-photos img').waitFor();
  await page.getByTestId('report-contact-phone').fill(PHONE);
  await cleanShot(page, 'public-report-form-390');
  await page.getByTestId('report-submit').click();
  const code = (await page.getByTestId('report-code').innerText()).trim();
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  await expect.poll(() => page.getByTestId('report-photo-progress').innerText(), { timeout: 30_000 }).toContain('1/1');
  await cleanShot(page, 'public-report-receipt-390');

  // The town supervisor's inbox: the report with its contact and photo, verified into a hazard.
  const desk = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'allow' });
  const inbox = await desk.newPage();
  await logIn(inbox, env.server.url, 'jianguan', PASSWORD);
  await inbox.getByTestId('console-nav-public-reports').click();
  await inbox.locator('[data-testid=inbox-row]', { hasText: DESCRIPTION }).click();
  await inbox.locator('[data-testid=report-detail][data-status=received]').waitFor();
  expect(await inbox.getByTestId('inbox-contact').innerText()).toContain(PHONE);
  await inbox.getByTestId('inbox-photo').waitFor();
  await inbox.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('[data-testid=inbox-photo]')].every((img) => img.complete && img.naturalWidth > 0));
  await cleanShot(inbox, 'public-report-inbox-1440');

  // 指派核实: the grid officer checks on site from a tablet, seeing the report but not the reporter.
  await inbox.getByTestId('inbox-assign').click();
  await inbox.getByTestId('assign-officer').selectOption('u-officer-1');
  await inbox.getByRole('button', { name: '确认指派' }).click();
  await inbox.locator('[data-testid=report-detail][data-status=verifying]').waitFor();
  const tablet = await tabletContext(env.browser);
  const field = await tablet.newPage();
  await logIn(field, env.server.url, 'wangge', PASSWORD);
  await field.goto(`${env.server.url}/#/report-checks`);
  const card = field.getByTestId('check-card');
  await card.waitFor();
  expect(await card.innerText()).not.toContain(PHONE);
  await card.getByTestId('inbox-photo').waitFor();
  await card.getByLabel('情况属实').check();
  await card.locator('textarea').fill('现场核实：东侧安全出口堆放纸箱约 2 米高，出口无法开启');
  await card.getByRole('button', { name: '报告核实情况' }).click();
  await card.getByTestId('check-sent').waitFor();
  await cleanShot(field, 'public-report-check-tablet');
  await tablet.close();
  await inbox.reload();
  await inbox.getByTestId('inbox-check').waitFor();
  expect(await inbox.getByTestId('inbox-check').innerText()).toContain('属实');
  await inbox.getByTestId('inbox-verify').click();
  // The reporter's enterprise name matched the ledger: it is preselected.
  await expect.poll(() => inbox.getByTestId('verify-enterprise').inputValue(), { timeout: 30_000 }).toBe(enterprise?.id);
  await inbox.getByTestId('verify-title').fill('仓库安全出口被堵塞');
  await inbox.getByTestId('verify-deadline').fill('2099-12-31');
  await inbox.getByTestId('verify-measures').fill('立即清理安全出口，仓库内禁止吸烟并张贴警示标志');
  await inbox.getByTestId('verify-confirm').click();
  await inbox.locator('[data-testid=report-detail][data-status=verified]').waitFor();
  await inbox.getByTestId('inbox-hazard-link').waitFor();
  await cleanShot(inbox, 'public-report-verified-1440');

  // The hazard is an ordinary one of source 举报 for the grid officer, without the reporter.
  const hazard = (await serverDocuments(env.server.url, 'wangge', PASSWORD, 'hazards')).find((h) => h['source'] === 'whistleblower' && String(h['description']).includes(DESCRIPTION));
  expect(hazard?.['enterpriseId']).toBe(enterprise?.id);
  expect(JSON.stringify(hazard)).not.toContain(PHONE);

  // The reporter follows it with the code: 整改中, nothing about who handled it.
  await page.goto(`${env.server.url}/#/report/track`);
  await page.getByTestId('track-code').fill(code.toLowerCase());
  await page.getByTestId('track-submit').click();
  await page.locator('[data-testid=track-result][data-progress=rectifying]').waitFor();
  const answer = await page.getByTestId('track-result').innerText();
  expect(answer).not.toContain(enterpriseName);
  await cleanShot(page, 'public-report-track-390');

  // The same public page on a desktop, and the poster for the gates.
  const wide = await desk.newPage();
  await wide.goto(`${env.server.url}/#/report/track/${code.replaceAll('-', '')}`);
  await wide.locator('[data-testid=track-result][data-progress=rectifying]').waitFor();
  await cleanShot(wide, 'public-report-track-1440');
  await wide.goto(`${env.server.url}/report-poster?place=${encodeURIComponent(enterpriseName)}`);
  await wide.getByTestId('report-poster').waitFor();
  await cleanShot(wide, 'public-report-poster-1440');
  await phone.close();
  await desk.close();
}, 240_000);

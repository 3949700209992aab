import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, shanghaiDate } from '@anxun/shared-schema';
import { ARTIFACTS, logIn, screenshot, tabletContext } from './browser';
import { standAt } from './geo';
import { waitForSync } from './fields';
import { PASSWORD, useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';
import { testPhoto } from './testImage';
import { sign } from './signaturePad';

const env = useServerAndBrowser();
// Official numbers run per Asia/Shanghai year; the deadline is a fortnight ahead.
const today = shanghaiDate(new Date());
const year = today.slice(0, 4);
const deadline = addDays(today, 15);
const chineseDeadline = `${Number(deadline.slice(0, 4))}年${Number(deadline.slice(5, 7))}月${Number(deadline.slice(8, 10))}日前`;

/** The print page as the enterprise receives it: the sheet as PNG, and the printed A4 PDF. */
async function keepPrinted(page: Page, name: string): Promise<{ pdf: Buffer }> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // The whole page, clipped to the sheet: an element screenshot would scroll it under the sticky header.
  const box = await page.getByTestId('writ-sheet').boundingBox();
  const scrollY = await page.evaluate(() => window.scrollY);
  if (!box) throw new Error('no writ sheet');
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true, clip: { x: box.x, y: box.y + scrollY, width: box.width, height: box.height } });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  writeFileSync(join(ARTIFACTS, `${name}.pdf`), pdf);
  return { pdf };
}

/** A real PDF of A4 pages (595 × 842 pt), the page count it claims. */
function a4Pages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF-')).toBe(true);
  expect(text).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
  return (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

async function answer(page: Page, code: string, result: 'pass' | 'fail') {
  await page.getByTestId(`answer-${code}-${result}`).click();
  await page.locator(`[data-testid=check-item][data-code="${code}"][data-result="${result}"]`).waitFor();
}


async function act(page: Page, type: string, fields: Record<string, string | boolean>, photo?: ReturnType<typeof testPhoto>) {
  await page.getByTestId(`action-${type}`).click();
  for (const [key, value] of Object.entries(fields)) {
    const input = page.getByTestId(`action-${key}`);
    if (typeof value === 'boolean') await input.setChecked(value);
    else await input.fill(value);
  }
  if (photo) {
    const form = page.getByTestId(`action-form-${type}`);
    await form.getByTestId('photo-input').setInputFiles(photo);
    await expect.poll(() => form.innerText(), { timeout: 30_000 }).toContain('✓ 1');
  }
  await page.getByTestId('action-submit').click();
  await page.locator(`[data-testid=timeline-event][data-type=${type}]`).last().waitFor();
}

async function issue(page: Page, kind: string): Promise<string> {
  await page.getByTestId(`issue-writ-${kind}`).click();
  await page.getByTestId('writ-sheet').waitFor();
  return decodeURIComponent(page.url().split('/').pop() ?? '');
}

it('an enforcement officer issues writs offline with provisional numbers, and they print with official numbers after sync', async () => {
  const officerCtx = await tabletContext(env.browser);
  const officer = await officerCtx.newPage();
  await logIn(officer, env.server.url, 'zhifa', PASSWORD);
  await officer.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await waitForSync(officer, (s) => s.online === 'true' && s.pending === 0);
  const enterpriseName = (await serverDocuments(env.server.url, 'zhifa', PASSWORD, 'enterprises')).find((e) => e.id === 'ent-001')?.['name'];
  await standAt(officerCtx, env.server.url, 'ent-001'); // 现场签到: at the works' gate

  // Offline for the whole inspection: a failed item becomes a hazard with a deadline.
  await officerCtx.setOffline(true);
  await officer.goto(`${env.server.url}/#/enterprises/ent-001`);
  await officer.getByTestId('start-inspection-link').click();
  await officer.locator('[data-testid=template-option][data-template=confined-space] button').click();
  await officer.getByTestId('inspection-progress').waitFor();
  const inspectionUrl = officer.url();
  const codes = await officer.getByTestId('check-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''));
  for (const code of codes) await answer(officer, code, code === 'CS-06' ? 'fail' : 'pass');
  const item = officer.locator('[data-testid=check-item][data-code="CS-06"]');
  await item.getByTestId('photo-input').first().setInputFiles(testPhoto(640, 480, 7));
  await item.getByTestId('photo-thumb').first().waitFor();
  // The officer's observation, typed on the item, prints under the defect (issue 13, item 11).
  await item.getByTestId('note-CS-06').fill('集水井入口仅有1条半身式安全带，无气体检测仪');
  await officer.getByTestId('make-hazard-CS-06').click();
  await expect.poll(() => officer.getByTestId('hazard-description').inputValue()).toBe('集水井入口仅有1条半身式安全带，无气体检测仪');
  expect(await officer.getByTestId('hazard-title').inputValue()).toMatch(/^有限空间作业防护和应急装备配备不全/);
  await officer.getByTestId('hazard-location').fill('污水处理站地下集水井');
  await officer.getByTestId('hazard-measures').fill('配齐全身式安全带、安全绳和便携式四合一气体检测仪，建立发放登记');
  await officer.getByTestId('hazard-deadline').fill(deadline);
  await officer.getByTestId('save-hazard').click();
  await officer.getByTestId('hazard-link-CS-06').waitFor();
  await officer.getByTestId('signer-name-officer').fill('王建国');
  await sign(officer, 'signature-officer');
  await officer.getByTestId('signer-name-enterpriseRepresentative').fill('黄志强');
  await sign(officer, 'signature-enterpriseRepresentative');
  await officer.getByTestId('finish-inspection').click();
  await officer.getByTestId('inspection-finished').waitFor();

  // The notice, issued offline: printable at once, with a provisional number clearly marked.
  const noticeId = await issue(officer, 'rectificationNotice');
  const sheet = officer.getByTestId('writ-sheet');
  expect(await officer.getByTestId('writ-number').innerText()).toMatch(/^临时编号：[0-9A-Z]{4}-\d{8}-001/);
  expect(await officer.getByTestId('writ-unnumbered').innerText()).toContain('未取得正式编号');
  const provisionalText = await sheet.innerText();
  expect(provisionalText).toContain('隐患整改通知书');
  expect(provisionalText).toContain(String(enterpriseName));
  // The defect, not the requirement, is the hazard; the observation prints under it.
  expect(provisionalText).toContain('有限空间作业防护和应急装备配备不全');
  expect(await sheet.getByTestId('writ-observation').first().innerText()).toBe('现场情况：集水井入口仅有1条半身式安全带，无气体检测仪');
  expect(provisionalText).toContain(chineseDeadline);
  expect(await officer.getByTestId('writ-deadline').innerText()).toBe(`整改期限：${chineseDeadline}`);
  expect(provisionalText).toContain('污水处理站地下集水井');
  expect(await officer.locator('[data-testid=writ-photos] [data-testid=photo-thumb] img').count()).toBe(1);
  expect(a4Pages((await keepPrinted(officer, 'writ-notice-provisional')).pdf)).toBeGreaterThanOrEqual(1);

  // The same inspection's 现场检查记录 and 责令限期整改指令书 (an enforcement officer's writ, two officers named).
  await officer.goto(inspectionUrl);
  const recordId = await issue(officer, 'onsiteRecord');
  await officer.goto(inspectionUrl);
  await officer.locator('[data-testid=inspection-writs] [data-testid=writ-link-item]').nth(1).waitFor();
  await officer.evaluate(() => window.scrollTo(0, 0));
  await screenshot(officer, 'writ-inspection-actions-offline');
  const orderId = await issue(officer, 'orderToRectify');
  expect(await officer.getByTestId('writ-officers').innerText()).toBe('陈立新、王建国');
  expect(await officer.getByTestId('writ-number').innerText()).toMatch(/-003/);
  expect(JSON.stringify(await serverDocuments(env.server.url, 'zhifa', PASSWORD, 'writs'))).toBe('[]');

  // Online: the server numbers them, and the print page shows the official numbers.
  await officerCtx.setOffline(false);
  await waitForSync(officer, (s) => s.online === 'true' && s.pending === 0, 90_000);
  await officer.goto(`${env.server.url}/#/documents/${encodeURIComponent(noticeId)}`);
  await expect.poll(() => officer.getByTestId('writ-number').innerText(), { timeout: 30_000 }).toBe(`杨舍应急隐通〔${year}〕1号`);
  expect(await officer.getByTestId('writ-unnumbered').count()).toBe(0);
  await expect.poll(() => officer.locator('[data-testid=writ-photos] [data-testid=photo-thumb][data-status=uploaded]').count(), { timeout: 30_000 }).toBe(1);
  expect(a4Pages((await keepPrinted(officer, 'writ-notice-official')).pdf)).toBeGreaterThanOrEqual(1);
  // What the print stylesheet leaves: the sheet alone, no app header, toolbar or sync banner.
  await officer.emulateMedia({ media: 'print' });
  expect(await officer.locator('.app-header').isVisible()).toBe(false);
  expect(await officer.getByTestId('writ-print').isVisible()).toBe(false);
  await officer.setViewportSize({ width: 680, height: 1000 });
  await officer.screenshot({ path: join(ARTIFACTS, 'writ-notice-official-print-media.png'), fullPage: true });
  // Back to no emulation (not 'screen'): page.pdf prints with print media only when none is forced.
  await officer.emulateMedia({ media: null });
  await officer.setViewportSize({ width: 1024, height: 768 });
  await officer.goto(`${env.server.url}/#/documents/${encodeURIComponent(orderId)}`);
  await expect.poll(() => officer.getByTestId('writ-number').innerText(), { timeout: 30_000 }).toBe(`杨舍应急责改〔${year}〕1号`);
  const orderText = await officer.getByTestId('writ-legal-basis').innerText();
  expect(orderText).toContain('对安全不能保障的，应当从危险区域内撤出作业人员');
  expect(orderText).toContain('法律另有规定的除外');
  await keepPrinted(officer, 'writ-order-official');
  await officer.goto(`${env.server.url}/#/documents/${encodeURIComponent(recordId)}`);
  await expect.poll(() => officer.getByTestId('writ-number').innerText(), { timeout: 30_000 }).toBe(`杨舍应急现记〔${year}〕1号`);
  expect(await officer.getByTestId('writ-hazard-row').count()).toBe(1);
  expect(await officer.getByTestId('writ-show-credentials').innerText()).toContain('已向被检查单位出示行政执法证件');
  expect(await officer.getByTestId('writ-cert-numbers').innerText()).toContain('执法证号');
  expect(await officer.getByTestId('writ-legal-basis').innerText()).toContain('并向负有安全生产监督管理职责的部门报告');
  await keepPrinted(officer, 'writ-onsite-record');
  const stored = await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'writs');
  expect(stored.map((w) => w['officialNo']).sort()).toEqual([`杨舍应急现记〔${year}〕1号`, `杨舍应急责改〔${year}〕1号`, `杨舍应急隐通〔${year}〕1号`]);

  // The enterprise submits its rectification with an after photo; the officer passes it and issues the 整改复查意见书.
  const hazardId = (stored.find((w) => w.id === noticeId)?.['hazardIds'] as string[] | undefined)?.[0] ?? '';
  expect(hazardId).not.toBe('');
  const enterpriseCtx = await env.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const enterprise = await enterpriseCtx.newPage();
  await logIn(enterprise, env.server.url, 'qiye', PASSWORD);
  await enterprise.goto(`${env.server.url}/#/hazards/${hazardId}`);
  await enterprise.getByTestId('hazard-heading').waitFor({ timeout: 30_000 });
  await act(enterprise, 'submitRectification', { measures: '已采购全身式安全带4副、安全绳4根、四合一气体检测仪2台，建立领用登记' }, testPhoto(640, 480, 11));
  await waitForSync(enterprise, (s) => s.pending === 0, 60_000);
  await expect.poll(async () => Number(await enterprise.getByTestId('sync-indicator').getAttribute('data-photos-pending')), { timeout: 60_000 }).toBe(0);

  await officer.goto(`${env.server.url}/#/hazards/${hazardId}`);
  await officer.getByTestId('hazard-heading').waitFor();
  await expect.poll(() => officer.locator('[data-testid=timeline-event][data-type=submitRectification]').count(), { timeout: 30_000 }).toBe(1);
  await officerCtx.setOffline(true);
  await act(officer, 'verify', { passed: true });
  await issue(officer, 'recheckOpinion');
  const recheckText = await officer.getByTestId('writ-sheet').innerText();
  expect(recheckText).toContain('整改复查意见书');
  expect(await officer.getByTestId('writ-verdict').innerText()).toContain('已整改，同意销号');
  expect(await officer.getByTestId('writ-number').innerText()).toContain('临时编号');
  await officerCtx.setOffline(false);
  await waitForSync(officer, (s) => s.online === 'true' && s.pending === 0, 90_000);
  await expect.poll(() => officer.getByTestId('writ-number').innerText(), { timeout: 30_000 }).toBe(`杨舍应急复查〔${year}〕1号`);
  await expect.poll(() => officer.locator('[data-testid=writ-photos] [data-testid=photo-thumb] img').count(), { timeout: 30_000 }).toBe(2);
  expect(await officer.getByTestId('writ-legal-basis').innerText()).toContain(`《责令限期整改指令书》（杨舍应急责改〔${year}〕1号）`);
  await keepPrinted(officer, 'writ-recheck-opinion');

  // The enterprise's page lists every writ with its official number.
  await officer.goto(`${env.server.url}/#/enterprises/ent-001`);
  await expect.poll(() => officer.getByTestId('writ-link-official').count(), { timeout: 30_000 }).toBe(4);
  await officer.evaluate(() => window.scrollTo(0, 0));
  await screenshot(officer, 'writ-enterprise-list');

  // A major hazard (a 判定 item fails): the enforcement officer decides 现场处理措施 offline and
  // issues the 现场处理措施决定书 with the second officer and both 执法证号; numbered after sync.
  await officerCtx.setOffline(true);
  await officer.goto(`${env.server.url}/#/enterprises/ent-001`);
  await officer.getByTestId('start-inspection-link').click();
  await officer.locator('[data-testid=template-option][data-template=confined-space] button').click();
  await officer.getByTestId('inspection-progress').waitFor();
  await answer(officer, 'CS-05', 'fail');
  await officer.getByTestId('make-hazard-CS-05').click();
  await officer.getByTestId('hazard-location').fill('污水处理站地下集水井');
  await officer.getByTestId('hazard-measures').fill('立即停止有限空间作业，设置专职监护人员后方可恢复');
  await officer.getByTestId('save-hazard').click();
  await officer.getByTestId('hazard-link-CS-05').click();
  await officer.getByTestId('hazard-measures-writ').waitFor();
  await officer.getByTestId('measure-stopFacilities').setChecked(true);
  await officer.getByTestId('measure-facilities').fill('污水处理站地下集水井');
  await officer.getByTestId('issue-writ-onsiteMeasures').click();
  expect(await officer.getByRole('alert').innerText()).toContain('两名执法人员');
  await officer.getByTestId('own-cert-no').fill('32058200123');
  await officer.getByTestId('second-officer-name').fill('王建国');
  await officer.getByTestId('second-officer-cert').fill('32058200456');
  await issue(officer, 'onsiteMeasures');
  const measuresText = await officer.getByTestId('writ-sheet').innerText();
  expect(measuresText).toContain('现场处理措施决定书');
  expect(measuresText).toContain('1. 从危险区域内撤出作业人员；2. 暂时停产停业；3. 停止使用相关设施、设备（污水处理站地下集水井）；');
  expect(measuresText).toContain('但本决定不停止执行，法律另有规定的除外');
  expect(await officer.getByTestId('writ-officers').innerText()).toBe('陈立新、王建国');
  expect(await officer.getByTestId('writ-number').innerText()).toContain('临时编号');
  await officerCtx.setOffline(false);
  await waitForSync(officer, (s) => s.online === 'true' && s.pending === 0, 90_000);
  await expect.poll(() => officer.getByTestId('writ-number').innerText(), { timeout: 30_000 }).toBe(`杨舍应急现决〔${year}〕1号`);
  expect(a4Pages((await keepPrinted(officer, 'writ-onsite-measures')).pdf)).toBeGreaterThanOrEqual(1);
  await Promise.all([officerCtx.close(), enterpriseCtx.close()]);
});

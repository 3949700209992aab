import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { logIn, tabletContext } from './browser';
import { waitForSync } from './fields';
import { PASSWORD, useServerAndBrowser } from './journey';
import { tokenOf } from './serverWrites';
import { testPhoto } from './testImage';

const TOKEN_SECONDS = 5;
const env = useServerAndBrowser([], { ACCESS_TOKEN_SECONDS: String(TOKEN_SECONDS) });

interface Seen { tab: string; path: string; status: number; at: number }

/** Every API answer a tab receives, to see which renewals happened and that each tab kept syncing. */
function recordAnswers(page: Page, tab: string, seen: Seen[]): void {
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/api/')) seen.push({ tab, path, status: response.status(), at: Date.now() });
  });
}

/** Samples the header the user sees; any sign-in prompt in either tab is a failure of the journey. */
function watchForSignInPrompts(pages: Page[]): { stop(): Promise<string[]> } {
  const prompts: string[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      for (const page of pages) {
        const needs = await page.getByTestId('sync-indicator').first().getAttribute('data-needs-sign-in').catch(() => null);
        const form = await page.getByTestId('login-submit').count().catch(() => 0);
        if (needs === 'true' || form > 0) prompts.push(`${page.url()} needs=${needs} form=${form}`);
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  })();
  return { async stop() { running = false; await loop; return prompts; } };
}

async function recordHazard(page: Page, title: string, seed: number): Promise<void> {
  await page.goto(`${env.server.url}/#/enterprises/ent-001/new-hazard`);
  await page.getByTestId('hazard-title').fill(title);
  await page.getByTestId('hazard-description').fill(`${title}，见现场照片`);
  await page.getByTestId('treatment-deadline').check();
  await page.getByTestId('photo-input').first().setInputFiles(testPhoto(1600, 1200, seed));
  await expect.poll(() => page.locator('form[data-testid=new-hazard]').innerText(), { timeout: 15_000 }).toContain('✓ 1');
  await page.getByTestId('save-hazard').click();
  await page.getByTestId('hazard-heading').waitFor();
}

const photosPending = async (page: Page) => Number(await page.getByTestId('sync-indicator').first().getAttribute('data-photos-pending'));

it('two tabs keep syncing past access-token expiry, a photo uploading, with one renewal at a time and no sign-in', async () => {
  const context = await tabletContext(env.browser);
  const seen: Seen[] = [];
  const first = await context.newPage();
  recordAnswers(first, 'first', seen);
  await logIn(first, env.server.url, 'wangge', PASSWORD);
  const second = await context.newPage();
  recordAnswers(second, 'second', seen);
  await second.goto(env.server.url);
  await second.getByTestId('enterprise-item').first().waitFor({ timeout: 60_000 });
  await waitForSync(first, (s) => s.online === 'true' && s.pending === 0);
  await waitForSync(second, (s) => s.online === 'true' && s.pending === 0);
  const watcher = watchForSignInPrompts([first, second]);

  // Two rounds, each past the token's lifetime: both tabs write and upload with expired tokens.
  for (const round of [1, 2]) {
    await first.waitForTimeout((TOKEN_SECONDS + 1) * 1_000);
    const expiredAt = Date.now();
    await Promise.all([recordHazard(first, `配电箱线路裸露 ${round}`, 30 + round), recordHazard(second, `灭火器压力不足 ${round}`, 40 + round)]);
    for (const page of [first, second]) {
      await waitForSync(page, (s) => s.online === 'true' && s.pending === 0);
      await expect.poll(() => photosPending(page), { timeout: 60_000 }).toBe(0);
      await expect.poll(() => seen.some((s) => s.tab === (page === first ? 'first' : 'second') && s.at >= expiredAt && /\/push$/.test(s.path) && s.status === 200)).toBe(true);
      expect(await page.getByTestId('sync-indicator').first().innerText()).toContain('已全部同步');
    }
  }

  expect(await watcher.stop()).toEqual([]);
  const refreshes = seen.filter((s) => s.path === '/api/auth/refresh');
  // Every renewal succeeded: no tab ever presented a refresh token another had spent.
  expect(refreshes.length).toBeGreaterThan(0);
  expect(refreshes.filter((s) => s.status !== 200)).toEqual([]);
  // A photo refused with an expired token went through after the renewal, without a reload.
  expect(seen.filter((s) => s.path.startsWith('/api/photos/') && s.status >= 200 && s.status < 300).length).toBeGreaterThanOrEqual(4);
  await context.close();
});

it('a session ended elsewhere turns the header red and says so, never 已全部同步', async () => {
  const context = await tabletContext(env.browser);
  const page = await context.newPage();
  await logIn(page, env.server.url, 'wangge', PASSWORD);
  await waitForSync(page, (s) => s.online === 'true' && s.pending === 0);

  // 退出所有设备 from another device ends this tablet's session (its refresh token too).
  const elsewhere = await tokenOf(env.server.url, 'wangge', PASSWORD);
  expect((await fetch(`${env.server.url}/api/auth/logout-all`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${elsewhere}` }, body: '{}' })).status).toBe(200);
  await page.reload();

  const indicator = page.getByTestId('sync-indicator').first();
  await expect.poll(() => indicator.getAttribute('data-needs-sign-in'), { timeout: 30_000 }).toBe('true');
  const text = await indicator.innerText();
  expect(text).toContain('登录已被撤销，需重新登录');
  expect(text).not.toContain('已全部同步');
  const dot = await indicator.locator('.dot').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(dot).toBe('rgb(239, 68, 68)');
  await context.close();
});

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Debian's Chromium, headless, with the flags this closed network needs (no background calls home), plus a spec's own (and its environment: a HOME with its own NSS database). */
export function launchChromium(extraArgs: readonly string[] = [], env?: Record<string, string>): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    ...(env ? { env: { ...process.env, ...env } as Record<string, string> } : {}),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN', ...extraArgs],
  });
}

/** A tablet-sized context in zh-CN and Asia/Shanghai, like an officer's device. */
export function tabletContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'allow' });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A screenshot without the service worker's passing "cached for offline" toast over the page. */
export async function cleanShot(page: Page, name: string): Promise<string> {
  await page.locator('.kit-toast').waitFor({ state: 'detached', timeout: 10_000 });
  // From the top, so the sticky header is where it belongs in a full-page shot.
  await page.evaluate(() => window.scrollTo(0, 0));
  return screenshot(page, name);
}

/** Logs in through the UI and waits until the home screen shows (an enterprise lands on its 整改清单, a supervisor on 监管台). */
export async function logIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByTestId('login-username').locator('input').or(page.locator('input[data-testid="login-username"]')).first().fill(username);
  await page.getByTestId('login-password').locator('input').or(page.locator('input[data-testid="login-password"]')).first().fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('enterprise-item').or(page.locator('[data-testid=rectification-home][data-ready=true]')).or(page.getByTestId('console')).first().waitFor({ timeout: 60_000 });
}

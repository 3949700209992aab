import { expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshot, tabletContext } from './browser';
import { phoneContext } from './hazardLoop';
import { useServerAndBrowser } from './journey';

/** A LAN name for the test server: http:// on it is not a secure context, unlike 127.0.0.1. */
const LAN_NAME = 'anxun-lan.test';
const env = useServerAndBrowser([`--host-resolver-rules=MAP ${LAN_NAME} 127.0.0.1`]);

/** Everything the page reports as broken: uncaught exceptions and console errors. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

async function openOn(context: BrowserContext, host: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`http://${host}:${new URL(env.server.url).port}/`);
  return { page, errors };
}

it.each([
  ['phone', 390, phoneContext],
  ['tablet', 1024, tabletContext],
] as const)('a %s opening the town server by its LAN name over plain HTTP is told to use HTTPS, not shown a login that cannot work', async (_device, width, makeContext) => {
  const context = await makeContext(env.browser);
  const { page, errors } = await openOn(context, LAN_NAME);
  await page.getByTestId('insecure-origin').waitFor();
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  // The page itself works without a service worker: the browser offers none here.
  expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
  expect(await page.getByTestId('login-username').count()).toBe(0);

  const text = await page.getByTestId('insecure-origin').innerText();
  expect(text).toContain('离线功能和照片需要 HTTPS 安全连接');
  expect(text).toContain('管理员');
  expect(text).toContain(`http://${LAN_NAME}:`);
  expect(text).toMatch(/secure HTTPS connection/);
  expect(await page.getByTestId('insecure-https-link').getAttribute('href')).toBe(`https://${LAN_NAME}/`);

  await screenshot(page, `insecure-origin-${width}`);
  expect(errors).toEqual([]);
  await context.close();
});

it('the same app on 127.0.0.1 (a secure context) still shows the login form', async () => {
  const context = await tabletContext(env.browser);
  const { page, errors } = await openOn(context, '127.0.0.1');
  await page.getByTestId('login-username').waitFor();
  expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
  expect(await page.getByTestId('insecure-origin').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

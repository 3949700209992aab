import type { Browser, BrowserContext, Page } from 'playwright-core';
import { testPhoto } from './testImage';

/** A phone in zh-CN and Asia/Shanghai, like an enterprise safety officer's (390×844). */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'allow' });
}

/**
 * Opens a workflow action inside `scope` (the hazard page, or one card of a list), fills its
 * fields, optionally adds a photo, and submits it.
 */
export async function actIn(page: Page, scope: string, type: string, fields: Record<string, string | boolean> = {}, photoSeed?: number): Promise<void> {
  const root = page.locator(scope).first();
  await root.getByTestId(`action-${type}`).click();
  const form = root.locator(`[data-testid=action-form-${type}]`);
  for (const [key, value] of Object.entries(fields)) {
    const input = form.getByTestId(`action-${key}`);
    if (typeof value === 'boolean') await input.setChecked(value);
    else await input.fill(value);
  }
  if (photoSeed !== undefined) {
    await form.getByTestId('photo-input').setInputFiles(testPhoto(640, 480, photoSeed));
    await form.getByText('✓ 1').waitFor();
  }
  await form.getByTestId('action-submit').click();
  await form.waitFor({ state: 'detached' });
}

/**
 * Records a hazard with a deadline through the officer's form (fields by test id: title, location,
 * basis, measures, deadline) and the site photo and description a hazard outside a checklist
 * needs (issue 13, item 9); returns its id.
 */
export async function recordHazard(page: Page, baseUrl: string, enterpriseId: string, fields: Record<string, string>, photoSeed = 90): Promise<string> {
  await page.goto(`${baseUrl}/#/enterprises/${enterpriseId}/new-hazard`);
  for (const [key, value] of Object.entries({ description: '现场检查发现，见照片', ...fields })) await page.getByTestId(`hazard-${key}`).fill(value);
  await page.getByTestId('photo-input').first().setInputFiles(testPhoto(640, 480, photoSeed));
  await page.locator('form[data-testid=new-hazard]').getByText('✓ 1').first().waitFor();
  await page.getByTestId('save-hazard').click();
  await page.getByTestId('hazard-heading').waitFor();
  return page.url().split('/').pop() ?? '';
}

export async function openHazard(page: Page, hazardId: string): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/hazards/${hazardId}`);
  await page.getByTestId('hazard-heading').waitFor({ timeout: 30_000 });
}

/** Whether a string occurs anywhere in this origin's IndexedDB (every database, every store). */
export function indexedDbContains(page: Page, needle: string): Promise<boolean> {
  return page.evaluate(async (text) => {
    const names = (await indexedDB.databases()).map((d) => d.name).filter((n): n is string => Boolean(n));
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        if (rows.some((row) => !(row instanceof Blob) && JSON.stringify(row).includes(text))) {
          db.close();
          return true;
        }
      }
      db.close();
    }
    return false;
  }, needle);
}

/** Each timeline entry as the supervisor sees it: type, verdict, and its visible text. */
export function timelineEntries(page: Page): Promise<{ type: string; verdict: string; text: string }[]> {
  return page.locator('[data-testid=timeline-event]').evaluateAll((els) => els.map((e) => ({
    type: e.getAttribute('data-type') ?? '', verdict: e.getAttribute('data-verdict') ?? '', text: (e as HTMLElement).innerText,
  })));
}


import type { Page } from 'playwright-core';

/** Fills the input behind a test id, whether the id sits on the <input> itself or on a UI-kit wrapper. */
export async function fillField(page: Page, testId: string, value: string): Promise<void> {
  const target = page.getByTestId(testId).first();
  const tag = await target.evaluate((el) => el.tagName.toLowerCase());
  const input = tag === 'input' || tag === 'textarea' ? target : target.locator('input, textarea').first();
  await input.fill(value);
}

export async function syncState(page: Page): Promise<{ online: string | null; pending: number }> {
  const indicator = page.getByTestId('sync-indicator').first();
  return { online: await indicator.getAttribute('data-online'), pending: Number(await indicator.getAttribute('data-pending')) };
}

/** Waits until the sync indicator shows `predicate` (polls the DOM the user sees). */
export async function waitForSync(page: Page, predicate: (s: { online: string | null; pending: number }) => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await syncState(page);
    if (predicate(state)) return;
    if (Date.now() > deadline) throw new Error(`sync indicator stayed at ${JSON.stringify(state)}`);
    await page.waitForTimeout(200);
  }
}

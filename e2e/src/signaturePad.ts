import type { Page } from 'playwright-core';

/**
 * Draws a signature on the pad with this test id and confirms it. The pad is scrolled into view
 * first: a long inspection page (several 逢查必考 examinees) can push it below the screen, and
 * the mouse draws only where the pad really is.
 */
export async function sign(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).scrollIntoViewIfNeeded();
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`no ${testId}`);
  await page.mouse.move(box.x + 30, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + 160, box.y + 90, { steps: 8 });
  await page.mouse.move(box.x + 260, box.y + 50, { steps: 8 });
  await page.mouse.up();
  await page.getByTestId(`${testId}-confirm`).click();
}

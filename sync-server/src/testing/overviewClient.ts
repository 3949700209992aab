import { OverviewHazardPage, type OverviewHazardItem } from '@anxun/shared-schema';
import type { TestServer } from './testServer';

export async function getJson(server: TestServer, path: string, token: string): Promise<{ status: number; body: unknown }> {
  const response = await server.app.request(path, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: await response.json() };
}

/** One overview page, parsed with the response schema (the test fails on a shape drift). */
export async function overviewPage(server: TestServer, token: string, query: string): Promise<OverviewHazardPage> {
  const { status, body } = await getJson(server, `/api/overview/hazards?${query}`, token);
  if (status !== 200) throw new Error(`overview ${query}: ${status} ${JSON.stringify(body)}`);
  return OverviewHazardPage.parse(body);
}

/** Follows nextCursor to the end and returns every item in page order, and the number of pages. */
export async function allPages(server: TestServer, token: string, query: string): Promise<{ items: OverviewHazardItem[]; pages: number }> {
  const items: OverviewHazardItem[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await overviewPage(server, token, `${query}${cursor ? `&cursor=${cursor}` : ''}`);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor && pages < 1000);
  return { items, pages };
}

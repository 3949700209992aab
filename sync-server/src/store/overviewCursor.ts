import { OverviewCursor, type OverviewHazardQuery } from '@anxun/shared-schema';

/**
 * The overview's page cursor: an opaque token the server made. Kept apart from the SQL so that
 * routes and reports can read a cursor without importing a SQL module.
 */
export const encodeCursor = (cursor: OverviewCursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

/** undefined when the cursor is not one this server made for this sort order. */
export function decodeCursor(text: string, sort: OverviewHazardQuery['sort']): OverviewCursor | undefined {
  try {
    const parsed = OverviewCursor.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success && parsed.data.sort === sort ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

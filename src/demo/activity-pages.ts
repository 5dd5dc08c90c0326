import type { ActivityEntry } from '../api/activity.ts';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 500;

const badQuery = () =>
  Response.json(
    {
      errors: [
        {
          code: 'CMK-ACTIVITY-BAD-QUERY',
          title: 'Not a page of the activity log',
          detail: `limit is a whole number from 1 to ${String(MAX_LIMIT)}, and cursor the nextCursor of an earlier page.`,
        },
      ],
    },
    { status: 400 },
  );

/**
 * `/__console/activity?limit=&cursor=` over entries kept oldest first, as the console's server
 * answers it: newest first, `{ entries, nextCursor }`; the cursor is the count of older entries.
 */
export function activityPageResponse(entries: readonly ActivityEntry[], url: URL): Response {
  const limitParam = url.searchParams.get('limit');
  const cursorParam = url.searchParams.get('cursor');
  const limit = limitParam === null ? DEFAULT_LIMIT : Number(limitParam);
  const end = cursorParam === null ? entries.length : Number(cursorParam);
  const valid =
    Number.isInteger(limit) &&
    limit >= 1 &&
    limit <= MAX_LIMIT &&
    (cursorParam === null || /^\d{1,9}$/.test(cursorParam)) &&
    end <= entries.length;
  if (!valid) return badQuery();
  const start = Math.max(0, end - limit);
  const page = {
    entries: entries.slice(start, end).reverse(),
    nextCursor: start > 0 ? String(start) : null,
  };
  return Response.json(page, { headers: { 'cache-control': 'no-store' } });
}

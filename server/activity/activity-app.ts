import { Hono } from 'hono';
import { standardErrorResponse } from '../common/standard-error.ts';
import { BadCursor, type ActivityLog } from './activity-log.ts';
import { MAX_PAGE_SIZE, parsePageQuery } from './page-query.ts';

const badQuery = (detail: string) =>
  standardErrorResponse(400, {
    code: 'CMK-ACTIVITY-BAD-QUERY',
    title: 'Not a page of the activity log',
    detail,
  });

/**
 * `/__console/activity?limit=&cursor=`: one page of the recorded changes, newest first, as
 * `{ entries, nextCursor }`; the next page is asked with `cursor=<nextCursor>`. `guard` answers
 * instead when it refuses.
 */
export function activityApp(
  activity: ActivityLog,
  guard: (request: Request) => Promise<Response | null>,
) {
  const app = new Hono();
  app.get('/', async (c) => {
    const refused = await guard(c.req.raw);
    if (refused) return refused;
    const query = parsePageQuery(new URL(c.req.url).searchParams);
    if (!query) {
      return badQuery(
        `limit is a whole number from 1 to ${String(MAX_PAGE_SIZE)}, and cursor the nextCursor of an earlier page.`,
      );
    }
    try {
      const page = await activity.page(query);
      return c.json(page, 200, { 'cache-control': 'no-store' });
    } catch (error) {
      if (!(error instanceof BadCursor)) throw error;
      return badQuery(
        'This cursor was not handed out by this activity log. Load the newest entries again.',
      );
    }
  });
  return app;
}

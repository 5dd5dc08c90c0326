import { Hono } from 'hono';
import type { ActivityLog } from './activity-log.ts';

/** `/__console/activity`: the recorded changes, newest first. `guard` answers instead when it refuses. */
export function activityApp(
  activity: ActivityLog,
  guard: (request: Request) => Promise<Response | null>,
) {
  const app = new Hono();
  app.get('/', async (c) => {
    const refused = await guard(c.req.raw);
    if (refused) return refused;
    c.header('cache-control', 'no-store');
    return c.json(await activity.list());
  });
  return app;
}

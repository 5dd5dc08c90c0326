import { ApiError } from './api-error.ts';
import { consoleFetch, consoleJson } from './console-fetch.ts';

/** One change that reached the tenant through the console, as its server recorded it. */
export interface ActivityEntry {
  /** ISO 8601. */
  at: string;
  /** In key mode `{ id: null, name: 'Shared API key' }`. */
  actor: { id: string | null; name: string };
  /** The operationId, e.g. `createKeyProvider`. */
  operation: string;
  provider: { name: string | null; fingerprint: string | null };
  /** The tenant's status; a 502/504 with `No answer from the tenant` when none came. */
  outcome: { status: number; error: string | null };
}

/** One page of the log, newest first; `nextCursor` asks for the older ones, null at the oldest. */
export interface ActivityPage {
  entries: ActivityEntry[];
  nextCursor: string | null;
}

export const ACTIVITY_PAGE_SIZE = 100;

const isPage = (body: unknown): body is ActivityPage =>
  typeof body === 'object' &&
  body !== null &&
  Array.isArray((body as ActivityPage).entries) &&
  (typeof (body as ActivityPage).nextCursor === 'string' ||
    (body as ActivityPage).nextCursor === null);

/** The page of the activity log that ends at `cursor` (the newest when null). */
export async function listActivity(
  cursor: string | null,
  signal?: AbortSignal,
): Promise<ActivityPage> {
  const query = new URLSearchParams({ limit: String(ACTIVITY_PAGE_SIZE) });
  if (cursor !== null) query.set('cursor', cursor);
  const body = await consoleJson(
    await consoleFetch(`/__console/activity?${query.toString()}`, { signal }),
  );
  if (!isPage(body)) {
    throw new ApiError({
      operation: 'unknown',
      kind: 'malformed',
      status: 200,
      title: 'The console’s server sent an activity log it cannot read',
    });
  }
  return body;
}

import { ApiError } from './api-error.ts';
import { consoleFetch, consoleJson } from './console-fetch.ts';

/** One change made through the console, as its server recorded it. */
export interface ActivityEntry {
  /** ISO 8601. */
  at: string;
  /** In key mode `{ id: null, name: 'Shared API key' }`. */
  actor: { id: string | null; name: string };
  /** The operationId, e.g. `createKeyProvider`. */
  operation: string;
  provider: { name: string | null; fingerprint: string | null };
  outcome: { status: number; error: string | null };
}

/** The activity log, newest first. */
export async function listActivity(signal?: AbortSignal): Promise<ActivityEntry[]> {
  const body = await consoleJson(await consoleFetch('/__console/activity', { signal }));
  if (!Array.isArray(body)) {
    throw new ApiError({
      operation: 'unknown',
      kind: 'malformed',
      status: 200,
      title: 'The console’s server sent an activity log it cannot read',
    });
  }
  return body as ActivityEntry[];
}

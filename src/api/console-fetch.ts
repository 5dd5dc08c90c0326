import { ApiError } from './api-error.ts';
import { READ_TIMEOUT_MS, withTimeout } from './client.ts';
import { readErrorResponse } from './read-error-response.ts';
import { send } from './transport.ts';
import { scopedPath } from '../config/tenant-scope.ts';

interface ConsoleRequest {
  method?: 'GET' | 'POST';
  signal?: AbortSignal;
}

const isTimeout = (reason: unknown) =>
  typeof reason === 'object' &&
  reason !== null &&
  'name' in reason &&
  reason.name === 'TimeoutError';

/**
 * A call to the console's own server (`/auth/…`, `/__console/…`, below `/t/<id>` in a tenant of a
 * fleet), not the tenant's API. Failures
 * become the same ApiError as the client's, so the UI reads them (and a signed-out 401) one way.
 */
export async function consoleFetch(
  path: string,
  { method = 'GET', signal }: ConsoleRequest = {},
): Promise<Response> {
  const limited = withTimeout(signal, READ_TIMEOUT_MS);
  try {
    return await send(scopedPath(path), {
      method,
      signal: limited,
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    if (isTimeout(limited.reason)) {
      throw new ApiError({
        operation: 'unknown',
        kind: 'timeout',
        status: 0,
        title: 'The console’s server did not answer in time',
      });
    }
    if (limited.aborted) throw error;
    throw new ApiError({
      operation: 'unknown',
      kind: 'network',
      status: 0,
      title: 'The console cannot reach its server',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}

/** The JSON body of a 2xx answer; any other answer as the ApiError it means. */
export async function consoleJson(response: Response): Promise<unknown> {
  if (!response.ok) throw await readErrorResponse('unknown', response);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new ApiError({
      operation: 'unknown',
      kind: 'malformed',
      status: response.status,
      title: 'The console’s server sent an answer it cannot read',
    });
  }
}

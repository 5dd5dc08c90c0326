import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError } from './api-error.ts';
import { operationFor } from './operations.ts';
import { readErrorResponse } from './read-error-response.ts';
import type { paths } from './schema.d.ts';
import { send } from './transport.ts';
import { scopePrefix } from '../config/tenant-scope.ts';

/** Reads time out after this long; the UI says a request is slow well before. */
export const READ_TIMEOUT_MS = 30_000;
export const WRITE_TIMEOUT_MS = 60_000;

async function assertReadableJson(operation: ReturnType<typeof operationFor>, response: Response) {
  const body = await response.clone().text();
  if (!body) return;
  try {
    JSON.parse(body);
  } catch {
    throw new ApiError({
      operation,
      kind: 'malformed',
      status: response.status,
      title: 'The tenant sent a response the console cannot read',
      detail: `Expected JSON, received: ${body.slice(0, 80)}`,
    });
  }
}

const errorMiddleware: Middleware = {
  async onResponse({ request, response, schemaPath }) {
    const operation = operationFor(request.method, schemaPath);
    if (!response.ok) throw await readErrorResponse(operation, response);
    await assertReadableJson(operation, response);
    return undefined;
  },
  onError({ request, error, schemaPath }) {
    if (error instanceof ApiError) return error;
    const operation = operationFor(request.method, schemaPath);
    const reason: unknown = request.signal.aborted ? request.signal.reason : error;
    // DOMException is not an Error subclass everywhere (jsdom): read the name by shape.
    const name =
      typeof reason === 'object' && reason !== null && 'name' in reason ? reason.name : '';
    if (name === 'TimeoutError') {
      return new ApiError({
        operation,
        kind: 'timeout',
        status: 0,
        title: 'The tenant did not answer in time',
      });
    }
    if (request.signal.aborted) return error instanceof Error ? error : undefined;
    return new ApiError({
      operation,
      kind: 'network',
      status: 0,
      title: 'The console cannot reach its server',
      detail: error instanceof Error ? error.message : String(error),
    });
  },
};

/**
 * Combines a caller's abort signal (React Query's) with the client's time limit. A plain timer
 * rather than AbortSignal.timeout, so tests that control the clock control the timeout too.
 */
export function withTimeout(signal: AbortSignal | undefined, ms: number): AbortSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new DOMException(`No answer within ${ms / 1000} s`, 'TimeoutError'));
  }, ms);
  const stop = () => {
    clearTimeout(timer);
  };
  controller.signal.addEventListener('abort', stop);
  if (signal) {
    if (signal.aborted) controller.abort(signal.reason);
    signal.addEventListener('abort', () => {
      controller.abort(signal.reason);
    });
  }
  return controller.signal;
}

/** A client of the encryption API under `prefix` (`/t/<id>` for one tenant of a fleet). */
export function createApiClient(prefix: string) {
  const client = createClient<paths>({
    // No location where the build prerenders the shell (Node); nothing is fetched there.
    baseUrl: `${(globalThis as { location?: Location }).location?.origin ?? ''}${prefix}`,
    fetch: (input: Request) => send(input),
  });
  client.use(errorMiddleware);
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/**
 * The one client of the encryption API for this page. Same-origin: the console's server proxies
 * `/api` to the tenant (adding the credentials there) or answers from the simulated tenant; the
 * demo build answers inside the page (see `transport.ts`). In a tenant of a fleet it calls
 * `/t/<id>/api`, that tenant's proxy.
 */
export const api = createApiClient(scopePrefix);

import type { OperationId } from './operations.ts';

/**
 * What went wrong, as the UI needs to tell it apart:
 * - `http`: the tenant answered with an error status;
 * - `unreachable`: the proxy could not reach the tenant (502 from the proxy itself);
 * - `network`: the browser could not reach the console's server (offline, dropped connection);
 * - `timeout`: no answer within the client's time limit;
 * - `malformed`: a success status with a body that is not what the API describes;
 * - `signed-out`: sign-in mode, and the console's server has no valid session for this browser.
 */
export type ApiErrorKind =
  'http' | 'unreachable' | 'network' | 'timeout' | 'malformed' | 'signed-out';

export interface ApiErrorInit {
  operation: OperationId | 'unknown';
  kind: ApiErrorKind;
  status: number;
  code?: string;
  title: string;
  detail?: string;
  meta?: Record<string, unknown>;
  retryAfterMs?: number;
}

export class ApiError extends Error {
  readonly operation: OperationId | 'unknown';
  readonly kind: ApiErrorKind;
  /** HTTP status, 0 when no response arrived. */
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly meta: Record<string, unknown>;
  /** From a `Retry-After` header, when the API sent one. */
  readonly retryAfterMs: number | undefined;

  constructor(init: ApiErrorInit) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = 'ApiError';
    this.operation = init.operation;
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code ?? '';
    this.title = init.title;
    this.detail = init.detail;
    this.meta = init.meta ?? {};
    this.retryAfterMs = init.retryAfterMs;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

import { isApiError } from './api-error.ts';
import { isTransientHttpFailure } from './error-status.ts';

const MAX_READ_RETRIES = 3;

/** Retry reads only when the failure is transient; a 4xx will not change by asking again. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_READ_RETRIES || !isApiError(error)) return false;
  if (error.kind === 'http') return isTransientHttpFailure(error);
  // A read that already waited the full time limit is worth one more try, not three.
  if (error.kind === 'timeout') return failureCount < 1;
  return error.kind !== 'malformed' && error.kind !== 'signed-out';
}

export function retryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterMs !== undefined) return error.retryAfterMs;
  return Math.min(1000 * 2 ** failureCount, 15_000);
}

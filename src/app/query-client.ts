import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error.ts';

const MAX_READ_RETRIES = 3;

/** Retry reads only when the failure is transient; a 4xx will not change by asking again. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_READ_RETRIES || !isApiError(error)) return false;
  if (error.kind === 'http') return error.status === 429 || error.status >= 500;
  // A read that already waited the full time limit is worth one more try, not three.
  if (error.kind === 'timeout') return failureCount < 1;
  return error.kind !== 'malformed';
}

export function retryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterMs !== undefined) return error.retryAfterMs;
  return Math.min(1000 * 2 ** failureCount, 15_000);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 15_000, retry: shouldRetryRead, retryDelay },
      mutations: { retry: false },
    },
  });
}

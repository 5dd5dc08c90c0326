import { useState } from 'react';
import { retryDelay } from '../api/retry-policy.ts';
import { useClock } from './use-clock.ts';

interface RetryingQuery {
  failureCount: number;
  failureReason: unknown;
  isError: boolean;
}

/** Seconds until React Query's next automatic retry of a failing read; null when none is pending. */
export function useRetryCountdown({ failureCount, failureReason, isError }: RetryingQuery) {
  const retrying = failureCount > 0 && !isError;
  const now = useClock(retrying);
  const [failedAt, setFailedAt] = useState({ failureCount, at: now });
  if (failedAt.failureCount !== failureCount) setFailedAt({ failureCount, at: now });
  if (!retrying) return null;
  // React Query computes the delay from the failure count before it was incremented.
  const retryAt = failedAt.at + retryDelay(failureCount - 1, failureReason);
  return Math.max(0, Math.ceil((retryAt - now) / 1000));
}

import { QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetryRead } from '../api/retry-policy.ts';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 15_000, retry: shouldRetryRead, retryDelay },
      mutations: { retry: false },
    },
  });
}

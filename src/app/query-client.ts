import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetryRead } from '../api/retry-policy.ts';
import { noteSignedOut } from '../api/session-cache.ts';

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // One place sees every failure: a signed-out answer ends the session the header shows.
    queryCache: new QueryCache({
      onError: (error) => {
        noteSignedOut(client, error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        noteSignedOut(client, error);
      },
    }),
    defaultOptions: {
      queries: { staleTime: 15_000, retry: shouldRetryRead, retryDelay },
      mutations: { retry: false },
    },
  });
  return client;
}

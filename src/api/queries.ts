import { queryOptions } from '@tanstack/react-query';
import { getKeyProvider, listKeyProviders } from './key-providers.ts';
import { getMigrationDetails } from './migration.ts';

/** Query keys only come from here; mutations invalidate through them. */
export const queryKeys = {
  providers: ['providers'] as const,
  providerList: () => [...queryKeys.providers, 'list'] as const,
  provider: (fingerprint: string) => [...queryKeys.providers, 'detail', fingerprint] as const,
  migration: ['migration'] as const,
  /** Not under `migration`: invalidating the poller must not re-run the wizard's check. */
  migrationCheck: ['migration-check'] as const,
  consoleInfo: ['console-info'] as const,
};

export const providerListQuery = () =>
  queryOptions({
    queryKey: queryKeys.providerList(),
    queryFn: ({ signal }) => listKeyProviders(signal),
  });

export const providerQuery = (fingerprint: string) =>
  queryOptions({
    queryKey: queryKeys.provider(fingerprint),
    queryFn: ({ signal }) => getKeyProvider(fingerprint, signal),
  });

export const migrationDetailsQuery = () =>
  queryOptions({
    queryKey: queryKeys.migration,
    queryFn: ({ signal }) => getMigrationDetails(signal),
  });

/** The wizard's own look at whether a migration runs: always fresh, never retried. */
export const migrationCheckQuery = () =>
  queryOptions({
    queryKey: queryKeys.migrationCheck,
    queryFn: ({ signal }) => getMigrationDetails(signal),
    retry: false,
    staleTime: 0,
  });

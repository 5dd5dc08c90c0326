import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { listActivity } from './activity.ts';
import { getKeyProvider, listKeyProviders } from './key-providers.ts';
import { getMigrationDetails } from './migration.ts';
import { fetchSession, type Session } from './session.ts';

/** Query keys only come from here; mutations invalidate through them. */
export const queryKeys = {
  providers: ['providers'] as const,
  providerList: () => [...queryKeys.providers, 'list'] as const,
  provider: (fingerprint: string) => [...queryKeys.providers, 'detail', fingerprint] as const,
  migration: ['migration'] as const,
  /** Not under `migration`: invalidating the poller must not re-run the wizard's check. */
  migrationCheck: ['migration-check'] as const,
  consoleInfo: ['console-info'] as const,
  session: ['session'] as const,
  activity: ['activity'] as const,
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

/** Sign-in mode only. Asked again whenever the tab regains focus: after signing in elsewhere. */
export const sessionQuery = () =>
  queryOptions({
    queryKey: queryKeys.session,
    queryFn: ({ signal, client }) =>
      fetchSession(client.getQueryData<Session>(queryKeys.session), signal),
    staleTime: 0,
    refetchOnMount: false,
  });

/** The activity log a page at a time, newest first; `fetchNextPage` loads older entries. */
export const activityQuery = () =>
  infiniteQueryOptions({
    queryKey: queryKeys.activity,
    queryFn: ({ signal, pageParam }) => listActivity(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    // Changes made a moment ago belong in it: ask again each time the page opens.
    staleTime: 0,
  });

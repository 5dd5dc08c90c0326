import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { requestMigrationRefresh } from './migration-channel.ts';
import { migrationDetailsQuery } from './queries.ts';

/**
 * The poller idles at 30 s; a view that decides what may be done asks it for a fresh answer when
 * it opens on an older one. A cold load has no answer yet and the poller is already fetching it.
 */
export const FRESH_ENOUGH_MS = 10_000;

/**
 * The migration as the header's poller last saw it, for any view. Never fetches on its own (a
 * second observer with its own interval would double the polling); `refetch` is for "Try again".
 */
export function useCurrentMigration() {
  const queryClient = useQueryClient();
  const details = useQuery({ ...migrationDetailsQuery(), enabled: false });
  // Only the answer the view opened with counts: later ones come at the poller's own pace.
  const openedWith = useRef(details.dataUpdatedAt);
  useEffect(() => {
    const age = Date.now() - openedWith.current;
    if (openedWith.current > 0 && age > FRESH_ENOUGH_MS) requestMigrationRefresh(queryClient);
  }, [queryClient]);
  return details;
}

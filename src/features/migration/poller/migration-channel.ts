import type { QueryClient } from '@tanstack/react-query';
import type { Migration } from '../../../api/model.ts';
import { queryKeys } from '../../../api/queries.ts';

/** Web Locks and BroadcastChannel are per origin, and one console origin serves one tenant. */
export const POLLER_LOCK = 'cmk-console:migration-poller';
const CHANNEL = 'cmk-console:migration';

export type ChannelMessage =
  | { type: 'details'; migration: Migration | null; updatedAt: number }
  | { type: 'hello' }
  | { type: 'refresh' };

export function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
}

/**
 * After starting a migration: refetch now. In the leader tab the invalidation refetches; in a
 * follower tab the query is disabled, so the leader is asked over the channel.
 */
export async function refreshMigration(queryClient: QueryClient) {
  const channel = openChannel();
  channel?.postMessage({ type: 'refresh' } satisfies ChannelMessage);
  channel?.close();
  await queryClient.invalidateQueries({ queryKey: queryKeys.migration, exact: true });
}

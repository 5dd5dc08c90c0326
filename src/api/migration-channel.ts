import { scopedName } from '../config/tenant-scope.ts';
import type { QueryClient } from '@tanstack/react-query';
import type { Migration } from './model.ts';
import { queryKeys } from './queries.ts';

/** Web Locks and BroadcastChannel are per origin: a fleet's tenants each get their own names. */
export const POLLER_LOCK = scopedName('cmk-console:migration-poller');
const CHANNEL = scopedName('cmk-console:migration');

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

/**
 * Asks the poller's leader (this tab or another) for a fresh answer, without a fetch of our own.
 * Without BroadcastChannel every tab leads, so invalidating makes this tab's poller fetch.
 */
export function requestMigrationRefresh(queryClient: QueryClient) {
  const channel = openChannel();
  if (!channel) {
    void queryClient.invalidateQueries({ queryKey: queryKeys.migration, exact: true });
    return;
  }
  channel.postMessage({ type: 'refresh' } satisfies ChannelMessage);
  channel.close();
}

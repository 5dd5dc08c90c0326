import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { isMigrationRunning } from '../../../api/model.ts';
import { migrationDetailsQuery, queryKeys } from '../../../api/queries.ts';
import { pollInterval } from '../model/poll-interval.ts';
import { openChannel, POLLER_LOCK, type ChannelMessage } from '../../../api/migration-channel.ts';
import { useLeadership } from './use-leadership.ts';

/**
 * The one migration poller of the browser: the leader tab fetches at the pace pollInterval
 * decides and broadcasts each answer; the other tabs only put what they hear into their cache.
 */
export function useMigrationPoller() {
  const queryClient = useQueryClient();
  const leader = useLeadership(POLLER_LOCK);
  const details = useQuery({
    ...migrationDetailsQuery(),
    enabled: leader,
    retry: false,
    staleTime: 0,
    refetchIntervalInBackground: true,
    refetchInterval: (query) =>
      pollInterval({
        leader,
        running: isMigrationRunning(query.state.data),
        visible: document.visibilityState === 'visible',
        failures: query.state.fetchFailureCount,
        error: query.state.error,
      }),
  });
  const { data, dataUpdatedAt, isSuccess, refetch } = details;
  const channel = useRef<BroadcastChannel | null>(null);
  const snapshot = useRef<ChannelMessage | null>(null);

  useEffect(() => {
    const opened = openChannel();
    channel.current = opened;
    if (!opened) return;
    opened.onmessage = ({ data: message }: MessageEvent<ChannelMessage>) => {
      if (message.type === 'details' && !leader) {
        queryClient.setQueryData(queryKeys.migration, message.migration, {
          updatedAt: message.updatedAt,
        });
      } else if (message.type === 'hello' && leader && snapshot.current) {
        opened.postMessage(snapshot.current);
      } else if (message.type === 'refresh' && leader) {
        void refetch();
      }
    };
    if (!leader) opened.postMessage({ type: 'hello' } satisfies ChannelMessage);
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [leader, queryClient, refetch]);

  useEffect(() => {
    if (!leader || !isSuccess) return;
    snapshot.current = { type: 'details', migration: data ?? null, updatedAt: dataUpdatedAt };
    channel.current?.postMessage(snapshot.current);
  }, [leader, isSuccess, data, dataUpdatedAt]);

  return { details, leader };
}

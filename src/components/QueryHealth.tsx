import { Alert, Button, Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { describeError } from '../api/describe-error.ts';
import { READ_TIMEOUT_MS } from '../api/client.ts';
import { useRetryCountdown } from '../lib/use-retry-countdown.ts';
import { useSlow } from '../lib/use-slow.ts';
import { formatTime } from '../lib/format-date.ts';

interface WatchedQuery {
  data: unknown;
  dataUpdatedAt: number;
  error: unknown;
  failureCount: number;
  failureReason: unknown;
  isError: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

/**
 * What a read is going through while the person waits: slow, retrying (and when), or showing
 * older data after a failed refresh. Renders nothing when all is well.
 */
export function QueryHealth({ query }: { query: WatchedQuery }) {
  const retryIn = useRetryCountdown(query);
  const slow = useSlow(query.isFetching && query.failureCount === 0);
  const hasData = query.data !== undefined;

  let message: string | null = null;
  if (retryIn !== null) {
    const reason = describeError(query.failureReason).title;
    message = `${reason}. Trying again in ${retryIn} s.`;
  } else if (slow) {
    message = `The tenant is slow to answer; still waiting (up to ${READ_TIMEOUT_MS / 1000} s).`;
  }

  const stale = hasData && query.isError;
  return (
    <div role="status" aria-live="polite" aria-label="Request status">
      {message && (
        <Text size="sm" c="dimmed">
          <IconClockExclamation size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
          {message}
        </Text>
      )}
      {stale && (
        <Alert color="yellow" variant="light" title="Showing older data">
          <Text size="sm">
            This is what the tenant said at {formatTime(query.dataUpdatedAt)}; the latest refresh
            failed: {describeError(query.error).title}.
          </Text>
          <Button
            style={{ marginTop: 'var(--mantine-spacing-xs)' }}
            size="xs"
            variant="default"
            onClick={() => {
              void query.refetch();
            }}
          >
            Refresh now
          </Button>
        </Alert>
      )}
    </div>
  );
}

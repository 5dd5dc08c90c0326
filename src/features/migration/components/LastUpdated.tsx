import { Text } from '@mantine/core';
import { isStale } from '../model/poll-interval.ts';

interface LastUpdatedProps {
  updatedAt: number;
  now: number;
  running: boolean;
  failing: boolean;
}

/** "Last updated 12 s ago — retrying" when answers stopped coming. */
export function LastUpdated({ updatedAt, now, running, failing }: LastUpdatedProps) {
  if (!updatedAt) return null;
  const ageMs = Math.max(0, now - updatedAt);
  const stale = isStale(ageMs, running, failing);
  return (
    <Text size="sm" c={stale ? 'orange.9' : 'dimmed'} fw={stale ? 600 : undefined}>
      Last updated {Math.round(ageMs / 1000)} s ago{stale ? ' — retrying' : ''}
    </Text>
  );
}

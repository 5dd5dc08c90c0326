import { Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { KeyProvider, Migration } from '../../../api/model.ts';
import { providerListQuery } from '../../../api/queries.ts';
import { useCurrentMigration } from '../../../api/use-current-migration.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { INFERRED_EXPLANATION } from '../../../components/InferredMark.tsx';
import { QueryHealth } from '../../../components/QueryHealth.tsx';
import { formatUtc } from '../../../lib/format-date.ts';
import { buildKeyHistory } from '../../../lib/key-history/key-history.ts';
import { currentOn, parsePickedUtc } from '../model/current-on.ts';
import { timelineEntries } from '../model/timeline.ts';
import { CurrentOnPicker } from './CurrentOnPicker.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { KeyTimeline } from './KeyTimeline.tsx';
import { UnplacedKeys } from './UnplacedKeys.tsx';

interface HistoryViewProps {
  providers: KeyProvider[];
  migration: Migration | null;
}

function HistoryView({ providers, migration }: HistoryViewProps) {
  const history = useMemo(() => buildKeyHistory(providers, migration), [providers, migration]);
  const [picked, setPicked] = useState('');
  const at = parsePickedUtc(picked);
  const answer = at === null ? null : currentOn(history, at);
  const highlighted =
    at !== null && answer?.period ? { period: answer.period, on: formatUtc(at) } : null;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <CurrentOnPicker value={picked} onChange={setPicked} answer={answer?.sentence ?? ''} />
        <ExportButtons history={history} />
      </Group>
      <Text size="sm" c="dimmed">
        Dates are in UTC. An end marked “inferred”: {INFERRED_EXPLANATION}
      </Text>
      <KeyTimeline
        entries={timelineEntries(history)}
        providers={providers}
        highlighted={highlighted}
      />
      <UnplacedKeys unplaced={history.unplaced} />
    </Stack>
  );
}

export function HistoryPage() {
  const list = useQuery(providerListQuery());
  const details = useCurrentMigration();
  return (
    <Stack gap="md" maw={900}>
      <div>
        <Title order={1}>Key history</Title>
        <Text c="dimmed" size="sm">
          Which key protected the tenant’s data when, newest first.
        </Text>
      </div>
      <QueryHealth query={list} />
      {list.isPending && (
        <Stack gap="sm" aria-busy="true" aria-label="Loading the key history">
          <Skeleton height={80} />
          <Skeleton height={80} />
        </Stack>
      )}
      {list.isError && list.data === undefined && (
        <ErrorAlert
          error={list.error}
          onRetry={() => void list.refetch()}
          retrying={list.isFetching}
        />
      )}
      {list.data && <HistoryView providers={list.data} migration={details.data ?? null} />}
    </Stack>
  );
}

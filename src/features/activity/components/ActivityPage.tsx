import { Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { activityQuery, providerListQuery } from '../../../api/queries.ts';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { QueryHealth } from '../../../components/QueryHealth.tsx';
import { useSearchState } from '../../../lib/use-search-state.ts';
import { activityCsv } from '../model/activity-csv.ts';
import {
  filterActivity,
  newestFirst,
  operationOptions,
  personOptions,
  type ActivityFilters,
} from '../model/activity-filters.ts';
import { ActivityFilterBar } from './ActivityFilterBar.tsx';
import { ActivityTable } from './ActivityTable.tsx';
import { LoadOlderEntries } from './LoadOlderEntries.tsx';
import { NoFilterMatch, NothingRecorded } from './EmptyStates.tsx';

function useFiltersInAddress() {
  const [params, updateParams] = useSearchState();
  const filters: ActivityFilters = {
    person: params.get('person'),
    operation: params.get('operation'),
  };
  const update = (changes: Partial<ActivityFilters>) => {
    updateParams(
      Object.fromEntries(Object.entries(changes).map(([key, value]) => [key, value ?? ''])),
    );
  };
  return [filters, update] as const;
}

const changes = (count: number) => `${String(count)} ${count === 1 ? 'change' : 'changes'}`;

function countText(visible: number, loaded: number, more: boolean) {
  const shown =
    visible === loaded ? changes(loaded) : `${String(visible)} of ${changes(loaded)} match`;
  return more
    ? `${shown}; older ones are not loaded yet. Filters and the download cover the loaded changes.`
    : shown;
}

export function ActivityPage() {
  const activity = useInfiniteQuery(activityQuery());
  const providers = useQuery(providerListQuery());
  const [filters, setFilters] = useFiltersInAddress();
  const all = activity.data ? newestFirst(activity.data.pages.flatMap((page) => page.entries)) : [];
  const visible = filterActivity(all, filters);
  const existing = new Set(providers.data?.map((provider) => provider.fingerprint));

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Activity</Title>
        <Text c="dimmed" size="sm">
          Changes made through this console, newest first: who, what, which key and the outcome.
        </Text>
      </div>
      <QueryHealth query={activity} />
      {activity.isPending && <Skeleton height={180} aria-label="Loading the activity log" />}
      {activity.isError && activity.data === undefined && (
        <ErrorAlert
          error={activity.error}
          onRetry={() => void activity.refetch()}
          retrying={activity.isFetching}
        />
      )}
      {activity.data && all.length === 0 && <NothingRecorded />}
      {all.length > 0 && (
        <>
          <Group justify="space-between" align="flex-end">
            <ActivityFilterBar
              filters={filters}
              people={personOptions(all)}
              operations={operationOptions(all)}
              onChange={setFilters}
            />
            <DownloadButton
              name="activity"
              format="csv"
              content={() => activityCsv(visible)}
              disabled={visible.length === 0}
            />
          </Group>
          <Text size="sm" c="dimmed" aria-live="polite">
            {countText(visible.length, all.length, activity.hasNextPage)}
          </Text>
          {visible.length > 0 ? (
            <ActivityTable entries={visible} existing={existing} />
          ) : (
            <NoFilterMatch
              onClear={() => {
                setFilters({ person: null, operation: null });
              }}
            />
          )}
          <LoadOlderEntries pages={activity} />
        </>
      )}
    </Stack>
  );
}

import '@mantine/core/styles/SegmentedControl.css';
import { Button, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconRefresh, IconSearch } from '@tabler/icons-react';
import { memo, useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import { useMediaQuery } from '@mantine/hooks';
import type { FleetMember } from '../../../api/console-info.ts';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { useSearchState, useSortState } from '../../../lib/use-search-state.ts';
import {
  FLEET_FILTERS,
  filterRows,
  fleetCsv,
  readFilter,
  readFleetSort,
  sortRows,
  summarize,
  summaryText,
  type FleetFilter,
} from '../model/fleet-rows.ts';
import { useFleet } from '../model/use-fleet.ts';
import { FleetTable } from './FleetTable.tsx';

/** A performance mark: every row of the overview has had its first answer. */
export const FILLED_MARK = 'cmk:fleet-filled';

const FILTER_OPTIONS = FLEET_FILTERS.map(({ value, label }) => ({ value, label }));

interface FleetFiltersProps {
  search: string;
  filter: FleetFilter;
  narrow: boolean | undefined;
  update: ReturnType<typeof useSearchState>[1];
}

/** Search and Show, memoised: a sort or a poll does not render them again. */
const FleetFilters = memo(function FleetFilters({
  search,
  filter,
  narrow,
  update,
}: FleetFiltersProps) {
  return (
    <Group align="flex-end" gap="md">
      <TextInput
        label="Search tenants"
        placeholder="Name, id, URL or key"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => {
          update({ q: event.currentTarget.value });
        }}
        w={320}
      />
      <div>
        <Text component="label" id="fleet-show" size="sm" fw={500} display="block" mb={4}>
          Show
        </Text>
        <SegmentedControl
          orientation={narrow ? 'vertical' : 'horizontal'}
          aria-labelledby="fleet-show"
          data={FILTER_OPTIONS}
          value={filter}
          onChange={(value) => {
            update({ show: value === 'all' ? '' : value });
          }}
        />
      </div>
    </Group>
  );
});

/** The fleet at a glance: which tenant is on which key, what migrates, what is broken. */
export function FleetPage({ members }: { members: readonly FleetMember[] }) {
  const fleet = useFleet(members);
  const { inFlight, paused, checkNow } = fleet;
  // Each poll's answers render in the background (a transition React slices and interrupts), so a
  // sort, a search or a click is never stuck behind 1,000 rows being updated.
  const rows = useDeferredValue(fleet.rows);
  // Five options do not fit beside each other on a phone.
  const narrow = useMediaQuery('(max-width: 40em)');
  const [params, update] = useSearchState();
  const search = params.get('q') ?? '';
  const filter = readFilter(params.get('show'));
  const [sort, onSort] = useSortState(params, update, readFleetSort);

  const visible = useMemo(
    () => sortRows(filterRows(rows, filter, search), sort),
    [rows, filter, search, sort],
  );
  const counts = summarize(rows);
  const summary = summaryText(counts);
  // For the fleet benchmark (scripts/bench-fleet.ts): when every row first had an answer.
  useEffect(() => {
    if (counts.pending === 0 && performance.getEntriesByName(FILLED_MARK).length === 0) {
      performance.mark(FILLED_MARK);
    }
  }, [counts.pending]);
  const onCheckNow = useCallback(
    (id: string) => {
      checkNow([id]);
    },
    [checkNow],
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Tenants</Title>
          <Text c="dimmed" size="sm">
            Every tenant this console manages. Open one to work in its console.
          </Text>
        </div>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() => {
              checkNow();
            }}
          >
            Check all now
          </Button>
          <DownloadButton
            name="fleet"
            format="csv"
            precision="second"
            content={() => fleetCsv(visible)}
            disabled={visible.length === 0}
          />
        </Group>
      </Group>
      {/* Busy while the first answers arrive: one announcement when the count settles. */}
      <Text fw={600} role="status" aria-live="polite" aria-busy={counts.pending > 0}>
        {summary}
      </Text>
      <FleetFilters search={search} filter={filter} narrow={narrow} update={update} />
      <Group gap="xs">
        <Text size="sm" c="dimmed" aria-live="polite">
          {visible.length === rows.length
            ? `${rows.length} tenants`
            : `${visible.length} of ${rows.length} tenants match`}
        </Text>
        <Text size="sm" c="dimmed">
          {paused
            ? '· checks paused while this page is hidden'
            : inFlight > 0
              ? `· checking ${inFlight} now`
              : ''}
        </Text>
      </Group>
      {visible.length > 0 ? (
        <FleetTable rows={visible} sort={sort} onSort={onSort} onCheckNow={onCheckNow} />
      ) : (
        <Group gap="sm">
          <Text>No tenant matches.</Text>
          <Button
            variant="subtle"
            onClick={() => {
              update({ q: '', show: '' });
            }}
          >
            Show all tenants
          </Button>
        </Group>
      )}
    </Stack>
  );
}

import { Button, Group, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { providerListQuery } from '../../../api/queries.ts';
import { useCurrentMigration } from '../../../api/use-current-migration.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { QueryHealth } from '../../../components/QueryHealth.tsx';
import { paths } from '../../../config/paths.ts';
import { READ_ONLY_REASON, useConsoleContext } from '../../../lib/console-context.ts';
import { useSearchState } from '../../../lib/use-search-state.ts';
import { demotionsOf } from '../lib/use-inferred-demotion.ts';
import { filterProviders, readSort, sortProviders, type SortColumn } from '../lib/table-model.ts';
import { NoOwnKeys, NoSearchMatch } from './EmptyStates.tsx';
import { ProviderTable } from './ProviderTable.tsx';

function TableSkeleton() {
  return (
    <Stack gap="xs" aria-busy="true" aria-label="Loading key providers">
      {[0, 1, 2, 3].map((row) => (
        <Skeleton key={row} height={36} />
      ))}
    </Stack>
  );
}

function RegisterButton() {
  const { readOnly } = useConsoleContext();
  if (readOnly) {
    return (
      <Group gap="xs">
        <Button leftSection={<IconPlus size={16} aria-hidden />} disabled>
          Register a key
        </Button>
        <Text size="sm" c="dimmed">
          {READ_ONLY_REASON}
        </Text>
      </Group>
    );
  }
  return (
    <Button
      component={Link}
      to={paths.newProvider}
      leftSection={<IconPlus size={16} aria-hidden />}
    >
      Register a key
    </Button>
  );
}

export function ProvidersPage() {
  const providers = useQuery(providerListQuery());
  const migration = useCurrentMigration().data;
  const [params, update] = useSearchState();
  const search = params.get('q') ?? '';
  const sortColumn = params.get('sort');
  const sortDirection = params.get('dir');
  const sort = useMemo(() => readSort(sortColumn, sortDirection), [sortColumn, sortDirection]);
  const heading = useRef<HTMLHeadingElement>(null);
  const { state } = useLocation() as { state: { focusHeading?: boolean } | null };
  useEffect(() => {
    if (state?.focusHeading) heading.current?.focus();
  }, [state]);

  const onSort = (column: SortColumn) => {
    update({
      sort: column,
      dir: sort.column === column && sort.direction === 'asc' ? 'desc' : 'asc',
    });
  };

  const visible = useMemo(
    () =>
      providers.data
        ? sortProviders(filterProviders(providers.data, search), sort, providers.data)
        : [],
    [providers.data, search, sort],
  );
  const demotions = useMemo(() => demotionsOf(providers.data ?? []), [providers.data]);
  const onlyDefault = providers.data?.every((provider) => provider.isQlikDefault) ?? false;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} ref={heading} tabIndex={-1}>
            Key providers
          </Title>
          <Text c="dimmed" size="sm">
            The keys that can encrypt this tenant’s data. Exactly one is current.
          </Text>
        </div>
        <RegisterButton />
      </Group>
      <QueryHealth query={providers} />
      {providers.isPending && <TableSkeleton />}
      {providers.isError && providers.data === undefined && (
        <ErrorAlert
          error={providers.error}
          onRetry={() => void providers.refetch()}
          retrying={providers.isFetching}
        />
      )}
      {providers.data && (
        <>
          {onlyDefault && <NoOwnKeys />}
          <TextInput
            label="Search key providers"
            placeholder="Name, ARN or fingerprint"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(event) => {
              update({ q: event.currentTarget.value });
            }}
            maw={420}
          />
          <Text size="sm" c="dimmed" aria-live="polite">
            {search
              ? `${visible.length} of ${providers.data.length} key providers match`
              : `${providers.data.length} key providers`}
          </Text>
          {visible.length > 0 ? (
            <ProviderTable
              providers={visible}
              sort={sort}
              onSort={onSort}
              demotions={demotions}
              migration={migration}
            />
          ) : (
            <NoSearchMatch
              search={search}
              onClear={() => {
                update({ q: '' });
              }}
            />
          )}
        </>
      )}
    </Stack>
  );
}

import { Button, Group, rem, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  type ReactNode,
  type Ref,
} from 'react';
import { Link, useLocation } from 'react-router';
import { providerListQuery } from '../../../api/queries.ts';
import { useCurrentMigration } from '../../../api/use-current-migration.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { QueryHealth } from '../../../components/QueryHealth.tsx';
import { paths } from '../../../config/paths.ts';
import { READ_ONLY_REASON, useConsoleContext } from '../../../lib/console-context.ts';
import { useSearchState, useSortState } from '../../../lib/use-search-state.ts';
import { demotionsOf } from '../lib/use-inferred-demotion.ts';
import { filterProviders, readSort, sortProviders } from '../lib/table-model.ts';
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

function Heading({
  headingRef,
  action,
}: {
  headingRef?: Ref<HTMLHeadingElement>;
  action: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={1} ref={headingRef} tabIndex={-1}>
          Key providers
        </Title>
        <Text c="dimmed" size="sm">
          The keys that can encrypt this tenant’s data. Exactly one is current.
        </Text>
      </div>
      {action}
    </Group>
  );
}

// The parts of the page a sort or a keystroke does not change are memoised: a sort renders the
// table (and the two headers whose arrows change), not the page around it.
const PageHeading = memo(function PageHeading({ ref }: { ref: Ref<HTMLHeadingElement> }) {
  return <Heading headingRef={ref} action={<RegisterButton />} />;
});

/**
 * The page before the console knows its tenant (prerendered into index.html): the heading, and
 * skeletons where the tenant's answers go (read-only mode decides the button).
 */
export function ProvidersPageSkeleton() {
  return (
    <Stack gap="md">
      <Heading action={<Skeleton height={36} width={150} />} />
      <TableSkeleton />
    </Stack>
  );
}

const SearchBox = memo(function SearchBox({
  value,
  onSearch,
}: {
  value: string;
  onSearch: (value: string) => void;
}) {
  return (
    <TextInput
      label="Search key providers"
      placeholder="Name, ARN or fingerprint"
      leftSection={<IconSearch size={16} aria-hidden />}
      value={value}
      onChange={(event) => {
        onSearch(event.currentTarget.value);
      }}
      style={{ maxWidth: rem(420) }}
    />
  );
});

export function ProvidersPage() {
  const providers = useQuery(providerListQuery());
  // The table renders each new answer in the background (a transition React can slice and pause),
  // so a list arriving while the person types or scrolls does not block the page for a long task.
  const list = useDeferredValue(providers.data);
  const migration = useDeferredValue(useCurrentMigration().data);
  const [params, update] = useSearchState();
  const search = params.get('q') ?? '';
  const [sort, onSort] = useSortState(params, update, readSort);
  const heading = useRef<HTMLHeadingElement>(null);
  const { state } = useLocation() as { state: { focusHeading?: boolean } | null };
  useEffect(() => {
    if (state?.focusHeading) heading.current?.focus();
  }, [state]);

  const onSearch = useCallback(
    (value: string) => {
      update({ q: value });
    },
    [update],
  );

  const visible = useMemo(
    () => (list ? sortProviders(filterProviders(list, search), sort, list) : []),
    [list, search, sort],
  );
  const demotions = useMemo(() => demotionsOf(list ?? []), [list]);
  const onlyDefault = list?.every((provider) => provider.isQlikDefault) ?? false;

  return (
    <Stack gap="md">
      <PageHeading ref={heading} />
      <QueryHealth query={providers} />
      {list === undefined && !providers.isError && <TableSkeleton />}
      {providers.isError && providers.data === undefined && (
        <ErrorAlert
          error={providers.error}
          onRetry={() => void providers.refetch()}
          retrying={providers.isFetching}
        />
      )}
      {list && (
        <>
          {onlyDefault && <NoOwnKeys />}
          <SearchBox value={search} onSearch={onSearch} />
          <Text size="sm" c="dimmed" aria-live="polite">
            {search
              ? `${visible.length} of ${list.length} key providers match`
              : `${list.length} key providers`}
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

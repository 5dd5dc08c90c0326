import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { providerListQuery } from '../../../api/queries.ts';
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

export function ProvidersPage() {
  const providers = useQuery(providerListQuery());
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Key providers</Title>
        <Text c="dimmed" size="sm">
          The keys that can encrypt this tenant’s data. Exactly one is current.
        </Text>
      </div>
      {providers.isPending && <TableSkeleton />}
      {providers.isError && (
        <ErrorAlert
          error={providers.error}
          onRetry={() => void providers.refetch()}
          retrying={providers.isFetching}
        />
      )}
      {providers.data && <ProviderTable providers={providers.data} />}
    </Stack>
  );
}

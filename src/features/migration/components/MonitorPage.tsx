import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { isMigrationRunning, type Migration } from '../../../api/model.ts';
import { providerListQuery } from '../../../api/queries.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { paths } from '../../../config/paths.ts';
import { formatDate } from '../../../lib/format-date.ts';
import { migrationEnds } from '../../../lib/provider-label.ts';
import { BrowserNotificationButton } from './BrowserNotificationButton.tsx';
import { FromTo } from './FromTo.tsx';
import { LastUpdated } from './LastUpdated.tsx';
import { MigrationProgress } from './MigrationProgress.tsx';
import { useMigrationDetails } from './use-migration-details.ts';
import { useNow } from './use-now.ts';

const startLink = (
  <Button component={Link} to={paths.newMigration()}>
    Start a migration
  </Button>
);

function NoMigration() {
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3">
          No migration has run on this tenant
        </Title>
        <Text size="sm">The tenant has always used the key provider it started with.</Text>
        {startLink}
      </Stack>
    </Paper>
  );
}

function LastMigration({ migration }: { migration: Migration }) {
  return (
    <Stack gap="sm" align="flex-start">
      <Title order={2} size="h3">
        Last migration
      </Title>
      <Text size="sm">
        Completed {formatDate(migration.completedAt, 'at an unknown time')}. Nothing is running now.
      </Text>
      {startLink}
    </Stack>
  );
}

export function MonitorPage() {
  const { details, history } = useMigrationDetails();
  const providers = useQuery(providerListQuery());
  const now = useNow();
  // The ends are named from the provider list: until its first answer, the card would show ARNs
  // and shrink when the names come (a layout shift). A list that fails leaves the ARNs.
  const namesComing = providers.isPending && providers.failureCount === 0;
  const migration = details.data;
  const loading = details.isPending || (Boolean(migration) && namesComing);
  const running = isMigrationRunning(migration);
  return (
    <Stack gap="md" maw={860}>
      <div>
        <Title order={1}>Migration</Title>
        <Text c="dimmed" size="sm">
          Moves the tenant’s data keys from one key provider to another. One at a time.
        </Text>
      </div>
      {loading && <Loader aria-label="Loading the migration" />}
      {details.isError && migration === undefined && (
        <ErrorAlert
          error={details.error}
          onRetry={() => void details.refetch()}
          retrying={details.isFetching}
        />
      )}
      {migration === null && <NoMigration />}
      {migration && !namesComing && (
        <Paper withBorder p="lg">
          <Stack gap="md">
            {running && (
              <Title order={2} size="h3">
                Migration in progress
              </Title>
            )}
            <FromTo {...migrationEnds(providers.data, migration)} />
            <MigrationProgress migration={migration} samples={history.samples} now={now} />
            {running ? (
              <Alert variant="light" color="blue">
                The tenant keeps working during the migration. You can leave this page; the header
                shows the progress on every view.
              </Alert>
            ) : (
              <LastMigration migration={migration} />
            )}
          </Stack>
        </Paper>
      )}
      {/* Under the card only once it is there: below a loader it would be pushed down (a layout shift). */}
      {!loading && (
        <Group justify="space-between">
          <LastUpdated
            updatedAt={details.dataUpdatedAt}
            now={now}
            running={running}
            failing={details.isError}
          />
          {running && <BrowserNotificationButton />}
        </Group>
      )}
    </Stack>
  );
}

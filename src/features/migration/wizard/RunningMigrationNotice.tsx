import '@mantine/core/styles/Progress.css';
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { KeyProvider, Migration } from '../../../api/model.ts';
import { paths } from '../../../config/paths.ts';
import { migrationEnds } from '../../../lib/provider-label.ts';
import { FromTo } from '../components/FromTo.tsx';

interface RunningMigrationNoticeProps {
  migration: Migration;
  providers: KeyProvider[] | undefined;
}

/** Instead of the wizard's steps: the tenant would refuse a second migration. */
export function RunningMigrationNotice({ migration, providers }: RunningMigrationNoticeProps) {
  const { from, to } = migrationEnds(providers, migration);
  const progress = migration.progress ?? 0;
  return (
    <Alert
      color="blue"
      variant="outline"
      title="A migration is already running"
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Stack gap="sm">
        <Text size="sm">
          The tenant is migrating from {from.name} to {to.name} ({progress} % done). Only one
          migration can run at a time: you can start another when this one completes.
        </Text>
        <FromTo from={from} to={to} />
        <Progress value={progress} size="lg" aria-label="Running migration’s progress" />
        <Group>
          <Button component={Link} to={paths.migration}>
            Watch the migration
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

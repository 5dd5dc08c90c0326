import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { KeyProvider, Migration } from '../../../api/model.ts';
import { paths } from '../../../config/paths.ts';
import { formatUtc } from '../../../lib/format-date.ts';
import { migrationEnds } from '../../../lib/provider-label.ts';

interface MigrationEntryProps {
  migration: Migration;
  running: boolean;
  providers: KeyProvider[];
}

const UNRECORDED = 'at a time the tenant did not record';

/** The last migration as the tenant reports it; who started it is not known to the API. */
export function MigrationEntry({ migration, running, providers }: MigrationEntryProps) {
  const { from, to } = migrationEnds(providers, migration);
  return (
    <Paper withBorder p="md" radius="md" style={{ borderStyle: 'dashed' }}>
      <Group gap="xs">
        <IconArrowsExchange size={18} aria-hidden />
        <Title order={3} size="h4">
          {running ? 'Migration in progress' : 'Last migration'}
        </Title>
      </Group>
      <Text size="sm">
        From {from.name} to {to.name}
      </Text>
      <Text size="sm">
        Started {formatUtc(migration.initiatedAt, UNRECORDED)};{' '}
        {running
          ? `${migration.progress ?? 0} % done.`
          : `completed ${formatUtc(migration.completedAt, UNRECORDED)}.`}{' '}
        <Anchor component={Link} to={paths.migration} size="sm" underline="always">
          {running ? 'Watch it' : 'Open the monitor'}
        </Anchor>
      </Text>
    </Paper>
  );
}

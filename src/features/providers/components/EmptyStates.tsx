import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { READ_ONLY_REASON, useConsoleContext } from '../../../lib/console-context.ts';

export function NoOwnKeys() {
  const { readOnly } = useConsoleContext();
  return (
    <Paper withBorder radius="md" style={{ padding: 'var(--mantine-spacing-lg)' }}>
      <Stack gap="xs" align="flex-start">
        <IconKey size={28} aria-hidden />
        <Title order={2} size="h4">
          No keys of your own yet
        </Title>
        <Text size="sm">
          The tenant is encrypted with the key Qlik manages. Register an AWS KMS key to hold the key
          to this tenant’s data yourself; migrating to it is a separate step.
        </Text>
        {readOnly ? (
          <Text size="sm" c="dimmed">
            {READ_ONLY_REASON}
          </Text>
        ) : (
          <Button component={Link} to={paths.newProvider} variant="light">
            Register your first key
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

export function NoSearchMatch({ search, onClear }: { search: string; onClear: () => void }) {
  return (
    <Paper withBorder radius="md" style={{ padding: 'var(--mantine-spacing-lg)' }}>
      <Stack gap="xs" align="flex-start">
        <Text fw={600}>No key provider matches “{search}”</Text>
        <Text size="sm">Search looks at names, ARNs and fingerprints.</Text>
        <Button variant="default" size="xs" onClick={onClear}>
          Clear the search
        </Button>
      </Stack>
    </Paper>
  );
}

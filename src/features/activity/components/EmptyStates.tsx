import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';

export function NothingRecorded() {
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="xs" align="flex-start">
        <IconListDetails size={28} aria-hidden />
        <Title order={2} size="h4">
          No changes recorded yet
        </Title>
        <Text size="sm">
          Registering, editing, deleting and validating keys, migrations and returns to the Qlik
          default appear here with who made them and how they ended.
        </Text>
      </Stack>
    </Paper>
  );
}

export function NoFilterMatch({ onClear }: { onClear: () => void }) {
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="xs" align="flex-start">
        <Text fw={600}>No change matches these filters</Text>
        <Button variant="default" size="xs" onClick={onClear}>
          Clear filters
        </Button>
      </Stack>
    </Paper>
  );
}

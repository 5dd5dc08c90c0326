import { Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { ProviderLabel } from '../../../lib/provider-label.ts';

function End({ label, caption }: { label: ProviderLabel; caption: string }) {
  return (
    <Paper withBorder p="sm" style={{ flex: 1, minWidth: 200 }}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {caption}
      </Text>
      <Text fw={600} style={{ wordBreak: 'break-word' }}>
        {label.name}
      </Text>
      <Text size="sm" c="dimmed">
        {label.type}
        {label.region ? ` · ${label.region}` : ''}
      </Text>
    </Paper>
  );
}

/** From → to, with names, types and regions. */
export function FromTo({ from, to }: { from: ProviderLabel; to: ProviderLabel }) {
  return (
    <Stack gap={4}>
      <Group align="stretch" gap="sm" wrap="wrap" aria-label={`From ${from.name} to ${to.name}`}>
        <End label={from} caption="From" />
        <IconArrowRight aria-hidden style={{ alignSelf: 'center' }} />
        <End label={to} caption="To" />
      </Group>
    </Stack>
  );
}

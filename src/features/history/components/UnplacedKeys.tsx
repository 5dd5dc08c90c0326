import '@mantine/core/styles/List.css';
import { List, Paper, Stack, Text, Title } from '@mantine/core';
import type { UnplacedProvider } from '../../../lib/key-history/key-history.ts';

/** Keys that were current at some time the tenant's dates do not let us place. */
export function UnplacedKeys({ unplaced }: { unplaced: UnplacedProvider[] }) {
  if (unplaced.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="unplaced-keys">
      <Stack gap="xs">
        <Title order={2} size="h4" id="unplaced-keys">
          Keys that cannot be placed on the timeline
        </Title>
        <List spacing="xs">
          {unplaced.map(({ provider, reason }) => (
            <List.Item key={provider.fingerprint || provider.arn}>
              <Text size="sm" span fw={600}>
                {provider.name}
              </Text>
              <Text size="sm" span>
                : {reason}
              </Text>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}

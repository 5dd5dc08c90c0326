import * as Mantine from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { markupShape } from '../../testing/same-markup.tsx';
import { Center, Group, Stack } from './Layout.tsx';
import { Loader } from './Loader.tsx';
import { Anchor, Text, Title, VisuallyHidden } from './Typography.tsx';

// Each case: the console's lite piece and Mantine's component with the same props render the same
// element (tag, classes, CSS variables, data attributes, children). A Mantine upgrade that changes
// its markup fails here, before anyone sees a table drawn differently.
describe('lite pieces render what Mantine renders', () => {
  const cases = [
    [
      'Stack',
      <Stack gap="xs" align="flex-start">
        x
      </Stack>,
      <Mantine.Stack gap="xs" align="flex-start">
        x
      </Mantine.Stack>,
    ],
    [
      'Stack default',
      <Stack aria-label="s">x</Stack>,
      <Mantine.Stack aria-label="s">x</Mantine.Stack>,
    ],
    ['Stack numeric gap', <Stack gap={4}>x</Stack>, <Mantine.Stack gap={4}>x</Mantine.Stack>],
    [
      'Group',
      <Group
        justify="space-between"
        wrap="nowrap"
        style={{ height: '100%', paddingInline: 'var(--mantine-spacing-md)' }}
      >
        <span />
        <span />
      </Group>,
      <Mantine.Group h="100%" px="md" justify="space-between" wrap="nowrap">
        <span />
        <span />
      </Mantine.Group>,
    ],
    [
      'Group gap',
      <Group gap="sm" align="flex-end">
        x
      </Group>,
      <Mantine.Group gap="sm" align="flex-end">
        x
      </Mantine.Group>,
    ],
    [
      'Center',
      <Center style={{ height: '100vh' }}>x</Center>,
      <Mantine.Center h="100vh">x</Mantine.Center>,
    ],
    [
      'Center as main',
      <Center component="main" style={{ minHeight: '100vh', padding: 'var(--mantine-spacing-md)' }}>
        x
      </Center>,
      <Mantine.Center component="main" mih="100vh" p="md">
        x
      </Mantine.Center>,
    ],
    ['Text', <Text>x</Text>, <Mantine.Text>x</Mantine.Text>],
    [
      'Text sm dimmed',
      <Text size="sm" c="dimmed">
        x
      </Text>,
      <Mantine.Text size="sm" c="dimmed">
        x
      </Mantine.Text>,
    ],
    [
      'Text span bold',
      <Text fw={700} size="lg" component="span">
        x
      </Text>,
      <Mantine.Text fw={700} size="lg" component="span">
        x
      </Mantine.Text>,
    ],
    [
      'Text mono',
      <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-word' }}>
        x
      </Text>,
      <Mantine.Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-word' }}>
        x
      </Mantine.Text>,
    ],
    [
      'Title',
      <Title order={1} tabIndex={-1}>
        x
      </Title>,
      <Mantine.Title order={1} tabIndex={-1}>
        x
      </Mantine.Title>,
    ],
    [
      'Title sized',
      <Title order={2} size="h4">
        x
      </Title>,
      <Mantine.Title order={2} size="h4">
        x
      </Mantine.Title>,
    ],
    [
      'Anchor',
      <Anchor href="#main" className="skip-link">
        x
      </Anchor>,
      <Mantine.Anchor href="#main" className="skip-link">
        x
      </Mantine.Anchor>,
    ],
    [
      'VisuallyHidden',
      <VisuallyHidden role="status" aria-live="polite">
        x
      </VisuallyHidden>,
      <Mantine.VisuallyHidden role="status" aria-live="polite">
        x
      </Mantine.VisuallyHidden>,
    ],
    ['Loader', <Loader aria-label="Loading" />, <Mantine.Loader aria-label="Loading" />],
    ['Loader sized', <Loader size="xs" />, <Mantine.Loader size="xs" />],
  ] as const;

  it.each(cases)('%s', (_, lite, mantine) => {
    expect(markupShape(lite)).toEqual(markupShape(mantine));
  });
});

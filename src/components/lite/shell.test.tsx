import * as Mantine from '@mantine/core';
import { IconMoon } from '@tabler/icons-react';
import { Link, MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { markupShape } from '../../testing/same-markup.tsx';
import { ActionIcon } from './ActionIcon.tsx';
import { Badge } from './Badge.tsx';
import { Burger } from './Burger.tsx';
import { Center, Stack } from './Layout.tsx';
import { rem } from './lite.ts';
import { Anchor } from './Typography.tsx';
import { UnstyledButton } from './UnstyledButton.tsx';

// The layout's pieces (header buttons, tenant and migration badges), each held to Mantine's own
// rendering with the props the console passes, in the console's theme.
describe('the layout shell’s lite pieces render what Mantine renders', () => {
  const cases = [
    [
      'UnstyledButton',
      <UnstyledButton>x</UnstyledButton>,
      <Mantine.UnstyledButton>x</Mantine.UnstyledButton>,
    ],
    [
      'ActionIcon default (colour-scheme toggle)',
      <ActionIcon variant="default" size="lg" aria-label="Switch to dark theme">
        <IconMoon size={18} aria-hidden />
      </ActionIcon>,
      <Mantine.ActionIcon variant="default" size="lg" aria-label="Switch to dark theme">
        <IconMoon size={18} aria-hidden />
      </Mantine.ActionIcon>,
    ],
    [
      'ActionIcon subtle gray',
      <ActionIcon variant="subtle" size="sm" color="gray" aria-label="Copy">
        x
      </ActionIcon>,
      <Mantine.ActionIcon variant="subtle" size="sm" color="gray" aria-label="Copy">
        x
      </Mantine.ActionIcon>,
    ],
    [
      'ActionIcon subtle teal',
      <ActionIcon variant="subtle" size="sm" color="teal">
        x
      </ActionIcon>,
      <Mantine.ActionIcon variant="subtle" size="sm" color="teal">
        x
      </Mantine.ActionIcon>,
    ],
    [
      'ActionIcon disabled',
      <ActionIcon variant="default" disabled className="c" style={{ width: 3 }}>
        x
      </ActionIcon>,
      <Mantine.ActionIcon variant="default" disabled className="c" style={{ width: 3 }}>
        x
      </Mantine.ActionIcon>,
    ],
    [
      'Burger closed',
      <Burger opened={false} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />,
      <Mantine.Burger opened={false} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />,
    ],
    [
      'Burger opened',
      <Burger opened hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />,
      <Mantine.Burger opened hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />,
    ],
    [
      'Badge simulated tenant',
      <Badge
        size="lg"
        variant="outline"
        color="grape"
        style={{ textTransform: 'none' }}
        title="Built-in simulated tenant"
        aria-label="Simulated tenant"
      >
        Simulated tenant · read-only
      </Badge>,
      <Mantine.Badge
        size="lg"
        variant="outline"
        color="grape"
        tt="none"
        title="Built-in simulated tenant"
        aria-label="Simulated tenant"
      >
        Simulated tenant · read-only
      </Mantine.Badge>,
    ],
    [
      'Badge real tenant',
      <Badge
        size="lg"
        variant="light"
        color="blue"
        style={{ textTransform: 'none' }}
        title="Connected"
        aria-label="Tenant acme"
      >
        acme
      </Badge>,
      <Mantine.Badge
        size="lg"
        variant="light"
        color="blue"
        tt="none"
        title="Connected"
        aria-label="Tenant acme"
      >
        acme
      </Mantine.Badge>,
    ],
    [
      'Badge link (migration running)',
      <Badge
        component={Link}
        to="/migration"
        variant="filled"
        size="lg"
        style={{ cursor: 'pointer', textTransform: 'none' }}
        aria-label="Migration running, 40%"
      >
        Migrating {40}%
      </Badge>,
      <Mantine.Badge
        component={Link}
        to="/migration"
        variant="filled"
        size="lg"
        style={{ cursor: 'pointer', textTransform: 'none' }}
        aria-label="Migration running, 40%"
      >
        Migrating {40}%
      </Mantine.Badge>,
    ],
    ['Badge plain', <Badge>x</Badge>, <Mantine.Badge>x</Mantine.Badge>],
    // The style props of the shell's call sites, as the inline style Mantine writes.
    [
      'Stack maw (no such tenant)',
      <Stack align="flex-start" style={{ maxWidth: rem(520) }}>
        x
      </Stack>,
      <Mantine.Stack align="flex-start" maw={520}>
        x
      </Mantine.Stack>,
    ],
    [
      'Center h (page loader)',
      <Center style={{ height: rem(240) }}>x</Center>,
      <Mantine.Center h={240}>x</Mantine.Center>,
    ],
    [
      'Anchor back to the fleet',
      <Anchor href="/" size="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
        x
      </Anchor>,
      <Mantine.Anchor
        href="/"
        size="sm"
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
      >
        x
      </Mantine.Anchor>,
    ],
  ] as const;

  it.each(cases)('%s', (_, lite, mantine) => {
    expect(markupShape(<MemoryRouter>{lite}</MemoryRouter>)).toEqual(
      markupShape(<MemoryRouter>{mantine}</MemoryRouter>),
    );
  });
});

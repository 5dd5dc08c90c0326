import * as Mantine from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { markupShape } from '../../testing/same-markup.tsx';
import { Alert } from './Alert.tsx';
import { Button } from './Button.tsx';
import { Paper } from './Paper.tsx';
import { Skeleton } from './Skeleton.tsx';
import { TextInput } from './TextInput.tsx';

const routed = (ui: ReactNode) => <MemoryRouter>{ui}</MemoryRouter>;
const plus = <IconPlus size={16} aria-hidden />;
const noop = () => undefined;

// The key-provider page's pieces (its buttons, search box, empty states, skeleton) and the shared
// error and health notices, each held to Mantine's own rendering with the same props: tag,
// classes, CSS variables (Mantine's variant colours under the console's theme), data attributes,
// ids and roles.
describe('lite pieces of the provider page render what Mantine renders', () => {
  const cases = [
    [
      'Button filled',
      <Button onClick={noop}>x</Button>,
      <Mantine.Button onClick={noop}>x</Mantine.Button>,
    ],
    [
      'Button disabled, left section',
      <Button leftSection={plus} disabled>
        Register a key
      </Button>,
      <Mantine.Button leftSection={plus} disabled>
        Register a key
      </Mantine.Button>,
    ],
    [
      'Button as a router link, left section',
      routed(
        <Button component={Link} to="/providers/new" leftSection={plus}>
          Register a key
        </Button>,
      ),
      routed(
        <Mantine.Button component={Link} to="/providers/new" leftSection={plus}>
          Register a key
        </Mantine.Button>,
      ),
    ],
    [
      'Button as a router link',
      routed(
        <Button component={Link} to="/">
          Go to key providers
        </Button>,
      ),
      routed(
        <Mantine.Button component={Link} to="/">
          Go to key providers
        </Mantine.Button>,
      ),
    ],
    [
      'Button light link',
      routed(
        <Button component={Link} to="/providers/new" variant="light">
          Register your first key
        </Button>,
      ),
      routed(
        <Mantine.Button component={Link} to="/providers/new" variant="light">
          Register your first key
        </Mantine.Button>,
      ),
    ],
    [
      'Button default xs',
      <Button variant="default" size="xs" onClick={noop}>
        Clear the search
      </Button>,
      <Mantine.Button variant="default" size="xs" onClick={noop}>
        Clear the search
      </Mantine.Button>,
    ],
    [
      'Button filled xs',
      <Button size="xs" onClick={noop}>
        Sign in again
      </Button>,
      <Mantine.Button size="xs" onClick={noop}>
        Sign in again
      </Mantine.Button>,
    ],
    [
      'Button loading',
      <Button size="xs" variant="default" onClick={noop} loading>
        Try again
      </Button>,
      <Mantine.Button size="xs" variant="default" onClick={noop} loading>
        Try again
      </Mantine.Button>,
    ],
    [
      'Button not loading',
      <Button size="xs" variant="default" onClick={noop} loading={false}>
        Try again
      </Button>,
      <Mantine.Button size="xs" variant="default" onClick={noop} loading={false}>
        Try again
      </Mantine.Button>,
    ],
    [
      'Button with margin',
      <Button
        size="xs"
        variant="default"
        onClick={noop}
        style={{ marginTop: 'var(--mantine-spacing-xs)' }}
      >
        Refresh now
      </Button>,
      <Mantine.Button mt="xs" size="xs" variant="default" onClick={noop}>
        Refresh now
      </Mantine.Button>,
    ],
    [
      'Alert red with icon',
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title="The tenant had a problem"
        role="alert"
      >
        <p>x</p>
      </Alert>,
      <Mantine.Alert
        color="red"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title="The tenant had a problem"
        role="alert"
      >
        <p>x</p>
      </Mantine.Alert>,
    ],
    [
      'Alert yellow',
      <Alert color="yellow" variant="light" title="Showing older data">
        <p>x</p>
      </Alert>,
      <Mantine.Alert color="yellow" variant="light" title="Showing older data">
        <p>x</p>
      </Mantine.Alert>,
    ],
    [
      'Paper',
      <Paper withBorder radius="md" style={{ padding: 'var(--mantine-spacing-lg)' }}>
        x
      </Paper>,
      <Mantine.Paper withBorder p="lg" radius="md">
        x
      </Mantine.Paper>,
    ],
    ['Skeleton', <Skeleton height={36} />, <Mantine.Skeleton height={36} />],
    [
      'TextInput',
      <TextInput
        label="Search key providers"
        placeholder="Name, ARN or fingerprint"
        leftSection={<IconSearch size={16} aria-hidden />}
        value="kms"
        onChange={noop}
        style={{ maxWidth: 'calc(26.25rem * var(--mantine-scale))' }}
      />,
      <Mantine.TextInput
        label="Search key providers"
        placeholder="Name, ARN or fingerprint"
        leftSection={<IconSearch size={16} aria-hidden />}
        value="kms"
        onChange={noop}
        maw={420}
      />,
    ],
    [
      'TextInput empty',
      <TextInput label="Search" placeholder="p" value="" onChange={noop} />,
      <Mantine.TextInput label="Search" placeholder="p" value="" onChange={noop} />,
    ],
  ] as const;

  it.each(cases)('%s', (_, lite, mantine) => {
    expect(markupShape(lite)).toEqual(markupShape(mantine));
  });
});

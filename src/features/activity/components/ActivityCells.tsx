import { Anchor, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ActivityEntry } from '../../../api/activity.ts';
import { paths } from '../../../config/paths.ts';
import { CURRENT_GREEN } from '../../../config/status-colors.ts';

const shortFingerprint = (fingerprint: string) =>
  fingerprint.length > 12 ? `${fingerprint.slice(0, 10)}…` : fingerprint;

/** The key's name and short fingerprint; a link while the key provider still exists. */
export function KeyCell({
  provider,
  exists,
}: {
  provider: ActivityEntry['provider'];
  exists: boolean;
}) {
  const { name, fingerprint } = provider;
  const label = name ?? '—';
  return (
    <>
      {fingerprint && exists ? (
        <Anchor component={Link} to={paths.provider(fingerprint)} size="sm">
          {label}
        </Anchor>
      ) : (
        <Text size="sm">{label}</Text>
      )}
      {fingerprint && (
        <Text size="xs" c="dimmed" ff="monospace" title={fingerprint}>
          {shortFingerprint(fingerprint)}
        </Text>
      )}
    </>
  );
}

const succeeded = (status: number) => status >= 200 && status < 300;

export function OutcomeCell({ outcome }: { outcome: ActivityEntry['outcome'] }) {
  if (succeeded(outcome.status)) {
    return (
      <Group gap={6} wrap="nowrap">
        <IconCircleCheck size={16} color={CURRENT_GREEN} aria-hidden />
        <Text size="sm">Succeeded</Text>
      </Group>
    );
  }
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" aria-hidden />
      <div>
        <Text size="sm">{outcome.error ?? 'Failed'}</Text>
        <Text size="xs" c="dimmed">
          {outcome.status ? `HTTP ${outcome.status}` : 'No answer'}
        </Text>
      </div>
    </Group>
  );
}

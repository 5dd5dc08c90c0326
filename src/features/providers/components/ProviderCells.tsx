import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { KeyProvider } from '../../../api/model.ts';
import { paths } from '../../../config/paths.ts';
import { CURRENT_GREEN } from '../../../config/status-colors.ts';
import { CellBadge } from '../../../components/CellBadge.tsx';
import { InferredMark } from '../../../components/InferredMark.tsx';
import { formatDay } from '../../../lib/format-date.ts';
import { arnLocation } from '../../../lib/kms-arn.ts';
import type { MigrationRole } from '../../../lib/migration-roles.ts';
import { CopyValueButton } from './CopyValueButton.tsx';

/** The provider's part in the running migration, linked to the monitor. */
export function MigrationMarker({ role }: { role: MigrationRole }) {
  if (!role) return null;
  const target = role.role === 'target';
  return (
    <Anchor component={Link} to={paths.migration} underline="never">
      <CellBadge color={target ? 'blue' : 'gray.7'}>
        {target ? `Migrating ${role.progress} %` : 'Being replaced'}
      </CellBadge>
    </Anchor>
  );
}

export function StatusMarkers({ provider, role }: { provider: KeyProvider; role: MigrationRole }) {
  return (
    <Stack gap={4} align="flex-start">
      <CurrentMarker provider={provider} />
      <MigrationMarker role={role} />
    </Stack>
  );
}

/** "Demoted: 21 Jun 2023 (inferred)" when only the next promotion tells. */
export function DemotedDate({
  provider,
  inferred,
  format,
}: {
  provider: KeyProvider;
  inferred: string | null | undefined;
  format: (iso: string | null) => string;
}) {
  if (provider.demotedFromCurrentAt || !inferred) return format(provider.demotedFromCurrentAt);
  // The date stays whole; a narrow column wraps before "(inferred)".
  return (
    <>
      <span style={{ whiteSpace: 'nowrap' }}>{format(inferred)}</span>
      <InferredMark />
    </>
  );
}

export function CurrentMarker({ provider }: { provider: KeyProvider }) {
  return provider.current ? (
    <CellBadge color={CURRENT_GREEN}>Current</CellBadge>
  ) : (
    <Text size="sm" c="dimmed" component="span">
      Not in use
    </Text>
  );
}

export const typeLabel = (provider: KeyProvider) => (provider.isQlikDefault ? 'Qlik' : 'AWS KMS');

export function keyLocation(provider: KeyProvider) {
  if (provider.isQlikDefault) return { region: 'Qlik managed', account: 'Qlik managed' };
  const location = arnLocation(provider.arn);
  return { region: location?.region || '—', account: location?.account || '—' };
}

/** "Multi-Region" with the replica regions, or "Single-Region" / "Qlik managed". */
export function replicaSummary(provider: KeyProvider): string {
  if (provider.isQlikDefault) return 'Qlik managed';
  const regions = provider.replicaKeys.map((replica) => replica.region).filter(Boolean);
  if (!provider.multiRegion && regions.length === 0) return 'Single-Region';
  return regions.length ? `Multi-Region: ${regions.join(', ')}` : 'Multi-Region, no replica';
}

export const createdLabel = (provider: KeyProvider, format = formatDay) =>
  format(provider.createdAt, provider.isQlikDefault ? 'Qlik managed' : '—');

/** The first 10 characters and an ellipsis when longer than 12 (the whole one in `title`). */
export const shortFingerprint = (fingerprint: string) =>
  fingerprint.length > 12 ? `${fingerprint.slice(0, 10)}…` : fingerprint;

export function Fingerprint({ provider }: { provider: KeyProvider }) {
  if (!provider.fingerprint) return <Text size="sm">—</Text>;
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="xs" ff="monospace" title={provider.fingerprint} style={{ whiteSpace: 'nowrap' }}>
        {shortFingerprint(provider.fingerprint)}
      </Text>
      <CopyValueButton
        value={provider.fingerprint}
        label={`Copy fingerprint of ${provider.name}`}
      />
    </Group>
  );
}

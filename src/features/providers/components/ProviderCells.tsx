import { Badge, Group, Text } from '@mantine/core';
import type { KeyProvider } from '../../../api/model.ts';
import { CURRENT_GREEN } from '../../../config/status-colors.ts';
import { formatDay } from '../../../lib/format-date.ts';
import { arnLocation } from '../../../lib/kms-arn.ts';
import { CopyValueButton } from './CopyValueButton.tsx';

export function CurrentMarker({ provider }: { provider: KeyProvider }) {
  return provider.current ? (
    <Badge color={CURRENT_GREEN} variant="filled" styles={{ root: { minWidth: 'max-content' } }}>
      Current
    </Badge>
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

export function Fingerprint({ provider }: { provider: KeyProvider }) {
  if (!provider.fingerprint) return <Text size="sm">—</Text>;
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="xs" ff="monospace" title={provider.fingerprint}>
        {provider.fingerprint.length > 12
          ? `${provider.fingerprint.slice(0, 10)}…`
          : provider.fingerprint}
      </Text>
      <CopyValueButton
        value={provider.fingerprint}
        label={`Copy fingerprint of ${provider.name}`}
      />
    </Group>
  );
}

import '@mantine/core/styles/List.css';
import { Alert, List, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { keyRegionHints } from '../../../lib/dr-regions.ts';
import type { KmsArn } from '../../../lib/kms-arn.ts';

export function describeArn(arn: KmsArn): string {
  const kind =
    arn.resourceType === 'alias'
      ? `Alias ${arn.resourceId}`
      : arn.multiRegion
        ? 'Multi-Region key'
        : 'Key';
  return `${kind} in ${arn.region}, AWS account ${arn.account}.`;
}

/** Advice about a well-formed ARN: where the key is compared with the tenant. Never blocks. */
export function ArnHints({ arn, tenantRegion }: { arn: KmsArn; tenantRegion: string | null }) {
  const hints = keyRegionHints(arn, tenantRegion);
  if (hints.length === 0) return null;
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconInfoCircle aria-hidden />}
      title="Check before you register"
      role="status"
    >
      <List size="sm" spacing={4}>
        {hints.map((hint) => (
          <List.Item key={hint}>{hint}</List.Item>
        ))}
      </List>
      <Text size="xs" mt={6}>
        These are hints: you can still register the key.
      </Text>
    </Alert>
  );
}

import '@mantine/core/styles/SimpleGrid.css';
import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { KeyProvider } from '../../../api/model.ts';
import { CURRENT_GREEN } from '../../../config/status-colors.ts';
import { useCurrentMigration } from '../../../api/use-current-migration.ts';
import { formatDate } from '../../../lib/format-date.ts';
import { migrationRole } from '../../../lib/migration-roles.ts';
import { useInferredDemotion } from '../lib/use-inferred-demotion.ts';
import { ComplianceProblems } from './ComplianceProblems.tsx';
import {
  createdLabel,
  DemotedDate,
  Fingerprint,
  keyLocation,
  replicaSummary,
  StatusMarkers,
  typeLabel,
} from './ProviderCells.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" fw={700} c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

function drLabel(provider: KeyProvider) {
  if (provider.drCompliant === undefined) return 'Not reported';
  return provider.drCompliant ? (
    <Badge color={CURRENT_GREEN} variant="filled">
      Compliant
    </Badge>
  ) : (
    <Badge color="red" variant="filled">
      Not compliant
    </Badge>
  );
}

/** Everything the API returns about one key provider. */
export function ProviderFacts({ provider }: { provider: KeyProvider }) {
  const { region, account } = keyLocation(provider);
  const role = migrationRole(provider, useCurrentMigration().data);
  const inferredDemotion = useInferredDemotion(provider);
  return (
    <Stack gap="md">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" m={0}>
        <Fact label="Status">
          <StatusMarkers provider={provider} role={role} />
        </Fact>
        <Fact label="Type">{typeLabel(provider)}</Fact>
        <Fact label="Key ARN">
          <Text span size="sm" ff="monospace">
            {provider.isQlikDefault ? 'Qlik managed key' : provider.arn}
          </Text>
        </Fact>
        <Fact label="Fingerprint">
          <Fingerprint provider={provider} />
        </Fact>
        <Fact label="Key region">{region}</Fact>
        <Fact label="AWS account">{account}</Fact>
        <Fact label="Replicas">{replicaSummary(provider)}</Fact>
        <Fact label="Replica keys">
          {provider.replicaKeys.length === 0
            ? '—'
            : provider.replicaKeys.map((replica) => (
                <Text key={replica.arn} span size="xs" ff="monospace" display="block">
                  {replica.arn}
                </Text>
              ))}
        </Fact>
        <Fact label="DR compliance">{drLabel(provider)}</Fact>
        <Fact label="Created">{createdLabel(provider, formatDate)}</Fact>
        <Fact label="Last promoted to current">{formatDate(provider.promotedToCurrentAt)}</Fact>
        <Fact label="Last demoted">
          <DemotedDate provider={provider} inferred={inferredDemotion} format={formatDate} />
        </Fact>
        <Fact label="Tenant ID">{provider.tenantId ?? '—'}</Fact>
        <Fact label="Description">{provider.description || '—'}</Fact>
      </SimpleGrid>
      {provider.complianceProblems.length > 0 && (
        <Group>
          <ComplianceProblems problems={provider.complianceProblems} />
        </Group>
      )}
    </Stack>
  );
}

import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { KeyProvider, Migration } from '../../../api/model.ts';
import { paths } from '../../../config/paths.ts';
import { formatDate, formatDay } from '../../../lib/format-date.ts';
import { migrationRole } from '../../../lib/migration-roles.ts';
import type { Sort, SortColumn } from '../lib/table-model.ts';
import {
  createdLabel,
  DemotedDate,
  Fingerprint,
  keyLocation,
  replicaSummary,
  StatusMarkers,
  typeLabel,
} from './ProviderCells.tsx';
import { SortableHeader } from './SortableHeader.tsx';

interface ProviderTableProps {
  providers: KeyProvider[];
  sort: Sort;
  onSort: (column: SortColumn) => void;
  /** Fingerprint → the demotion date the history infers where the tenant recorded none. */
  demotions: Map<string, string>;
  migration: Migration | null | undefined;
}

interface ProviderRowProps {
  provider: KeyProvider;
  inferredDemotion: string | undefined;
  migration: Migration | null | undefined;
}

const nowrap = { whiteSpace: 'nowrap' } as const;

function ProviderRow({ provider, inferredDemotion, migration }: ProviderRowProps) {
  const { region, account } = keyLocation(provider);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500} style={{ minWidth: 200, maxWidth: 250 }}>
        {provider.fingerprint ? (
          <Anchor component={Link} to={paths.provider(provider.fingerprint)} fw={600}>
            {provider.name}
          </Anchor>
        ) : (
          provider.name
        )}
        {provider.description && (
          <Text size="sm" fw={400} dir="auto" style={{ overflowWrap: 'anywhere' }}>
            {provider.description}
          </Text>
        )}
        <Text size="xs" c="dimmed" ff="monospace" fw={400} style={{ wordBreak: 'break-all' }}>
          {provider.isQlikDefault ? 'Qlik managed key' : provider.arn}
        </Text>
      </Table.Th>
      <Table.Td style={nowrap}>{typeLabel(provider)}</Table.Td>
      <Table.Td style={nowrap}>
        <StatusMarkers provider={provider} role={migrationRole(provider, migration)} />
      </Table.Td>
      <Table.Td style={nowrap}>
        <Text size="sm">{region}</Text>
        {!provider.isQlikDefault && (
          <Text size="xs" c="dimmed">
            Account {account}
          </Text>
        )}
        {!provider.isQlikDefault && (
          <Text size="xs" c="dimmed">
            {replicaSummary(provider)}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={nowrap}>{createdLabel(provider)}</Table.Td>
      <Table.Td style={nowrap}>
        <Text size="sm" title={formatDate(provider.promotedToCurrentAt)}>
          Promoted: {formatDay(provider.promotedToCurrentAt)}
        </Text>
        <Text
          size="sm"
          title={formatDate(provider.demotedFromCurrentAt ?? inferredDemotion ?? null)}
        >
          Demoted:{' '}
          <DemotedDate provider={provider} inferred={inferredDemotion} format={formatDay} />
        </Text>
      </Table.Td>
      <Table.Td style={nowrap}>
        <Fingerprint provider={provider} />
      </Table.Td>
    </Table.Tr>
  );
}

export function ProviderTable({
  providers,
  sort,
  onSort,
  demotions,
  migration,
}: ProviderTableProps) {
  const header = (column: SortColumn, label: string) => (
    <SortableHeader column={column} sort={sort} onSort={onSort}>
      {label}
    </SortableHeader>
  );
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>Key providers registered on the tenant</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('name', 'Name')}
            {header('type', 'Type')}
            {header('status', 'Status')}
            {header('region', 'Key location')}
            {header('created', 'Created')}
            {header('promoted', 'Promoted / demoted')}
            <Table.Th scope="col">Fingerprint</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {providers.map((provider) => (
            <ProviderRow
              key={provider.fingerprint || provider.arn}
              provider={provider}
              inferredDemotion={demotions.get(provider.fingerprint)}
              migration={migration}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

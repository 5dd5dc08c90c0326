import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { KeyProvider } from '../../../api/model.ts';
import { formatDate } from '../../../lib/format-date.ts';
import type { Sort, SortColumn } from '../lib/table-model.ts';
import {
  createdLabel,
  CurrentMarker,
  Fingerprint,
  keyLocation,
  replicaSummary,
  typeLabel,
} from './ProviderCells.tsx';
import { SortableHeader } from './SortableHeader.tsx';

interface ProviderTableProps {
  providers: KeyProvider[];
  sort: Sort;
  onSort: (column: SortColumn) => void;
}

const nowrap = { whiteSpace: 'nowrap' } as const;

export const detailPath = (fingerprint: string) => `/providers/${encodeURIComponent(fingerprint)}`;

function ProviderRow({ provider }: { provider: KeyProvider }) {
  const { region, account } = keyLocation(provider);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500} style={{ minWidth: 240, maxWidth: 300 }}>
        {provider.fingerprint ? (
          <Anchor component={Link} to={detailPath(provider.fingerprint)} fw={600}>
            {provider.name}
          </Anchor>
        ) : (
          provider.name
        )}
        <Text size="xs" c="dimmed" ff="monospace" fw={400} style={{ wordBreak: 'break-all' }}>
          {provider.isQlikDefault ? 'Qlik managed key' : provider.arn}
        </Text>
      </Table.Th>
      <Table.Td style={nowrap}>{typeLabel(provider)}</Table.Td>
      <Table.Td style={{ ...nowrap, minWidth: 100 }}>
        <CurrentMarker provider={provider} />
      </Table.Td>
      <Table.Td style={nowrap}>
        {region}
        {!provider.isQlikDefault && (
          <Text size="xs" c="dimmed">
            {account}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={nowrap}>{replicaSummary(provider)}</Table.Td>
      <Table.Td style={nowrap}>{createdLabel(provider)}</Table.Td>
      <Table.Td style={nowrap}>
        <Text size="sm">Promoted: {formatDate(provider.promotedToCurrentAt)}</Text>
        <Text size="sm">Demoted: {formatDate(provider.demotedFromCurrentAt)}</Text>
      </Table.Td>
      <Table.Td style={{ minWidth: 160 }}>{provider.description || '—'}</Table.Td>
      <Table.Td style={{ minWidth: 150 }}>
        <Fingerprint provider={provider} />
      </Table.Td>
    </Table.Tr>
  );
}

export function ProviderTable({ providers, sort, onSort }: ProviderTableProps) {
  const header = (column: SortColumn, label: string) => (
    <SortableHeader column={column} sort={sort} onSort={onSort}>
      {label}
    </SortableHeader>
  );
  return (
    <Table.ScrollContainer minWidth={1200}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>Key providers registered on the tenant</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('name', 'Name')}
            {header('type', 'Type')}
            {header('status', 'Status')}
            {header('region', 'Region / account')}
            <Table.Th scope="col">Replicas</Table.Th>
            {header('created', 'Created')}
            {header('promoted', 'Last promoted / demoted')}
            <Table.Th scope="col">Description</Table.Th>
            <Table.Th scope="col">Fingerprint</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {providers.map((provider) => (
            <ProviderRow key={provider.fingerprint || provider.arn} provider={provider} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

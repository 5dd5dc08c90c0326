import { Anchor, Table, Text } from '@mantine/core';
import { memo, useState } from 'react';
import { Link } from 'react-router';
import type { KeyProvider, Migration } from '../../../api/model.ts';
import { paths } from '../../../config/paths.ts';
import { formatDate, formatDay } from '../../../lib/format-date.ts';
import { VirtualTableBody } from '../../../components/VirtualTableBody.tsx';
import { migrationRole, type MigrationRole } from '../../../lib/migration-roles.ts';
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
import { SortableHeader } from '../../../components/SortableHeader.tsx';

interface ProviderTableProps {
  providers: KeyProvider[];
  sort: Sort;
  onSort: (column: SortColumn) => void;
  /** Fingerprint → the demotion date the history infers where the tenant recorded none. */
  demotions: Map<string, string>;
  migration: Migration | null | undefined;
}

interface ProviderCellsProps {
  provider: KeyProvider;
  inferredDemotion: string | undefined;
  role: MigrationRole;
}

/**
 * Fixed widths (px) for every column but the name, which takes the rest: the table fits 1280 px
 * beside the navigation even with classic scrollbars, and columns stay put while rows scroll in.
 * Below TABLE_MIN_WIDTH the table scrolls sideways inside its box, its header still sticky.
 */
const COLUMN_WIDTHS = [undefined, 76, 132, 176, 108, 184, 124] as const;
const COLUMNS = COLUMN_WIDTHS.length;
const TABLE_MIN_WIDTH = 990;
const ROW_HEIGHT_ESTIMATE = 118;
const nowrap = { whiteSpace: 'nowrap' } as const;

const ProviderCells = memo(function ProviderCells({
  provider,
  inferredDemotion,
  role,
}: ProviderCellsProps) {
  const { region, account } = keyLocation(provider);
  return (
    <>
      <Table.Th scope="row" fw={500}>
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
      <Table.Td>
        <StatusMarkers provider={provider} role={role} />
      </Table.Td>
      <Table.Td>
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
      <Table.Td>
        <Text size="sm" title={formatDate(provider.promotedToCurrentAt)} style={nowrap}>
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
      <Table.Td>
        <Fingerprint provider={provider} />
      </Table.Td>
    </>
  );
});

export function ProviderTable({
  providers,
  sort,
  onSort,
  demotions,
  migration,
}: ProviderTableProps) {
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const header = (column: SortColumn, label: string) => (
    <SortableHeader column={column} sort={sort} onSort={onSort}>
      {label}
    </SortableHeader>
  );
  return (
    <div
      ref={setScrollElement}
      style={{ overflow: 'auto', maxHeight: 'max(24rem, calc(100dvh - 7rem))' }}
    >
      <Table
        striped
        highlightOnHover
        stickyHeader
        layout="fixed"
        verticalSpacing="sm"
        miw={TABLE_MIN_WIDTH}
        aria-rowcount={providers.length + 1}
      >
        <Table.Caption>Key providers registered on the tenant</Table.Caption>
        <colgroup>
          {COLUMN_WIDTHS.map((width, index) => (
            <col key={index} style={{ width }} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {header('name', 'Name')}
            {header('type', 'Type')}
            {header('status', 'Status')}
            {header('region', 'Key location')}
            {header('created', 'Created')}
            {header('promoted', 'Promoted / demoted')}
            <Table.Th scope="col">Fingerprint</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <VirtualTableBody
          rows={providers}
          getKey={providerKey}
          columnCount={COLUMNS}
          scrollElement={scrollElement}
          estimateRowHeight={ROW_HEIGHT_ESTIMATE}
          renderCells={(provider) => (
            <ProviderCells
              provider={provider}
              inferredDemotion={demotions.get(provider.fingerprint)}
              role={migrationRole(provider, migration)}
            />
          )}
        />
      </Table>
    </div>
  );
}

const providerKey = (provider: KeyProvider) => provider.fingerprint || provider.arn;

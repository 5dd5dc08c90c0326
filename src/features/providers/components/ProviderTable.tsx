import { Anchor, rem, Stack, Table, Text } from '@mantine/core';
import { memo, useCallback, useState } from 'react';
import type { KeyProvider, Migration } from '../../../api/model.ts';
import { paths } from '../../../config/paths.ts';
import { formatDate, formatDay } from '../../../lib/format-date.ts';
import { useRouteLinks } from '../../../components/route-links.ts';
import { VirtualTableBody } from '../../../components/VirtualTableBody.tsx';
import { migrationRole, type MigrationRole } from '../../../lib/migration-roles.ts';
import type { Sort, SortColumn } from '../lib/table-model.ts';
import {
  createdLabel,
  CurrentMarker,
  DemotedDate,
  Fingerprint,
  keyLocation,
  MigrationMarker,
  replicaSummary,
  typeLabel,
} from './ProviderCells.tsx';
import styles from './ProviderTable.module.css';
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
  /** The address of an app path (useRouteLinks). */
  linkHref: (path: string) => string;
}

/**
 * Fixed widths (px) for every column but the name, which takes the rest: the table fits 1280 px
 * beside the navigation even with classic scrollbars, and columns stay put while rows scroll in.
 * Below TABLE_MIN_WIDTH the table scrolls sideways inside its box, its header still sticky.
 */
const COLUMN_WIDTHS = [undefined, 76, 132, 176, 108, 184, 124] as const;
const COLUMNS = COLUMN_WIDTHS.length;
// Static, so created once: React skips them when the table renders again.
const caption = <Table.Caption>Key providers registered on the tenant</Table.Caption>;
const columns = (
  <colgroup>
    {COLUMN_WIDTHS.map((width, index) => (
      <col key={index} style={{ width }} />
    ))}
  </colgroup>
);
const TABLE_MIN_WIDTH = 990;
const ROW_HEIGHT_ESTIMATE = 118;

/** One row's cells; memoised, so a sort leaves the rows already on screen alone. */
const ProviderCells = memo(function ProviderCells({
  provider,
  inferredDemotion,
  role,
  linkHref,
}: ProviderCellsProps) {
  const { region, account } = keyLocation(provider);
  const detailPath = provider.fingerprint ? paths.provider(provider.fingerprint) : '';
  return (
    <>
      <Table.Th scope="row" fw={500}>
        {provider.fingerprint ? (
          <Anchor href={linkHref(detailPath)} data-to={detailPath} fw={600}>
            {provider.name}
          </Anchor>
        ) : (
          provider.name
        )}
        {provider.description && (
          <Text size="sm" className={styles.description} dir="auto">
            {provider.description}
          </Text>
        )}
        <Text size="xs" c="dimmed" ff="monospace" className={styles.arn}>
          {provider.isQlikDefault ? 'Qlik managed key' : provider.arn}
        </Text>
      </Table.Th>
      <Table.Td style={nowrap}>{typeLabel(provider)}</Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <CurrentMarker provider={provider} />
          <MigrationMarker role={role} />
        </Stack>
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
        <Text size="sm" style={nowrap} title={formatDate(provider.promotedToCurrentAt)}>
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

const nowrap = { whiteSpace: 'nowrap' } as const;

export function ProviderTable({
  providers,
  sort,
  onSort,
  demotions,
  migration,
}: ProviderTableProps) {
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const links = useRouteLinks();
  // Stable while the data is: rows already on screen are not rendered again by a sort.
  const renderCells = useCallback(
    (provider: KeyProvider) => (
      <ProviderCells
        provider={provider}
        inferredDemotion={demotions.get(provider.fingerprint)}
        role={migrationRole(provider, migration)}
        linkHref={links.href}
      />
    ),
    [demotions, migration, links.href],
  );
  const header = (column: SortColumn, label: string) => (
    <SortableHeader column={column} sort={sort} onSort={onSort}>
      {label}
    </SortableHeader>
  );
  return (
    <div
      ref={setScrollElement}
      // Relative: the visually hidden texts in the cells (absolutely positioned) stay inside the
      // box and its clipping; without it they widened the page, and a phone laid it out 768 px
      // wide with the header's badge and theme button off-screen.
      style={{
        position: 'relative',
        overflow: 'auto',
        maxHeight: 'max(24rem, calc(100dvh - 7rem))',
      }}
      onClick={links.onClick}
    >
      <Table
        striped
        highlightOnHover
        stickyHeader
        layout="fixed"
        verticalSpacing="sm"
        style={{ minWidth: rem(TABLE_MIN_WIDTH) }}
        aria-rowcount={providers.length + 1}
      >
        {caption}
        {columns}
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
          renderCells={renderCells}
        />
      </Table>
    </div>
  );
}

const providerKey = (provider: KeyProvider) => provider.fingerprint || provider.arn;

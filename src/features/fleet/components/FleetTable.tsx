import { Anchor, Badge, Button, Loader, Stack, Table, Text } from '@mantine/core';
import { memo, useState } from 'react';
import { CURRENT_GREEN, PROBLEM_RED, WARNING_AMBER } from '../../../config/status-colors.ts';
import { SortableHeader } from '../../../components/SortableHeader.tsx';
import { VirtualTableBody } from '../../../components/VirtualTableBody.tsx';
import { tenantHref } from '../../../config/tenant-scope.ts';
import { formatDate, formatTime } from '../../../lib/format-date.ts';
import {
  isFilled,
  migrationText,
  type FleetRow,
  type FleetSort,
  type FleetSortColumn,
} from '../model/fleet-rows.ts';

const badgeRoot = { root: { minWidth: 'max-content', textTransform: 'none' } } as const;
const nowrap = { whiteSpace: 'nowrap' } as const;

const hostOf = (url: string | null) => (url ? new URL(url).host : 'Simulated tenant');

function KeyCell({ row }: { row: FleetRow }) {
  if (!row.key)
    return (
      <Text c="dimmed" size="sm">
        —
      </Text>
    );
  return (
    <>
      <Text size="sm" fw={500}>
        {row.key.name}
      </Text>
      <Text size="xs" c="dimmed">
        {row.key.type}
      </Text>
    </>
  );
}

function MigrationCell({ row }: { row: FleetRow }) {
  const { migration } = row;
  if (!migration)
    return (
      <Text c="dimmed" size="sm">
        —
      </Text>
    );
  if (migration.state === 'running') {
    return (
      <Badge color="blue.9" variant="filled" styles={badgeRoot}>
        {migrationText(migration)}
      </Badge>
    );
  }
  if (migration.state === 'completed') {
    return (
      <Text size="sm">
        Last completed{' '}
        <Text span size="sm" title={formatDate(migration.at)}>
          {formatDate(migration.at)}
        </Text>
      </Text>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      None yet
    </Text>
  );
}

function StatusCell({ row, onCheckNow }: { row: FleetRow; onCheckNow: (id: string) => void }) {
  if (row.problem) {
    const serious = row.problem.kind === 'unreachable' || row.problem.kind === 'refused';
    return (
      <Stack gap={4} align="flex-start">
        <Badge color={serious ? PROBLEM_RED : WARNING_AMBER} variant="filled" styles={badgeRoot}>
          {row.problem.label}
        </Badge>
        <Text size="xs" maw={280}>
          {row.problem.detail}
        </Text>
        {row.checkedAt !== null && (
          <Text size="xs" c="dimmed">
            Figures from {formatTime(row.checkedAt)}
          </Text>
        )}
        <Button
          size="compact-xs"
          variant="default"
          loading={row.checking}
          onClick={() => {
            onCheckNow(row.id);
          }}
          aria-label={`Check ${row.name} now`}
        >
          Check now
        </Button>
      </Stack>
    );
  }
  if (!isFilled(row)) {
    return (
      <Text size="sm" c="dimmed" component="span" style={{ display: 'inline-flex', gap: 6 }}>
        <Loader size="xs" aria-hidden /> Checking…
      </Text>
    );
  }
  return (
    <Stack gap={2} align="flex-start">
      <Badge color={CURRENT_GREEN} variant="filled" styles={badgeRoot}>
        OK
      </Badge>
      {row.checkedAt !== null && (
        <Text size="xs" c="dimmed">
          Checked {formatTime(row.checkedAt)}
        </Text>
      )}
    </Stack>
  );
}

interface CellsProps {
  row: FleetRow;
  onCheckNow: (id: string) => void;
}

/** One row's cells; rows whose data did not change keep their identity and skip rendering. */
const FleetCells = memo(function FleetCells({ row, onCheckNow }: CellsProps) {
  return (
    <>
      <Table.Th scope="row" fw={500}>
        <Anchor href={tenantHref(row.id)} fw={600}>
          {row.name}
        </Anchor>
        <Text size="xs" c="dimmed" fw={400}>
          {hostOf(row.url)}
        </Text>
      </Table.Th>
      <Table.Td>
        <KeyCell row={row} />
      </Table.Td>
      <Table.Td style={nowrap}>{row.providerCount ?? '—'}</Table.Td>
      <Table.Td>
        <MigrationCell row={row} />
      </Table.Td>
      <Table.Td>
        <StatusCell row={row} onCheckNow={onCheckNow} />
      </Table.Td>
    </>
  );
});

/** Widths that fit 1280 px beside nothing (the overview has no navigation); the tenant takes the rest. */
const COLUMN_WIDTHS = [undefined, 200, 120, 200, 300] as const;
const TABLE_MIN_WIDTH = 860;
const ROW_HEIGHT_ESTIMATE = 64;
const rowKey = (row: FleetRow) => row.id;

interface FleetTableProps {
  rows: readonly FleetRow[];
  sort: FleetSort;
  onSort: (column: FleetSortColumn) => void;
  onCheckNow: (id: string) => void;
}

/**
 * The fleet as a table that stays quick at 1,000 tenants: past 50 rows only the rows in view are
 * rendered (VirtualTableBody), in a scroll box of its own with a sticky header.
 */
export function FleetTable({ rows, sort, onSort, onCheckNow }: FleetTableProps) {
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const header = { sort, onSort };
  return (
    <div
      ref={setScrollElement}
      style={{ overflow: 'auto', maxHeight: 'max(24rem, calc(100dvh - 7rem))' }}
    >
      <Table
        verticalSpacing="sm"
        striped
        highlightOnHover
        stickyHeader
        layout="fixed"
        miw={TABLE_MIN_WIDTH}
        aria-label="Tenants"
        aria-rowcount={rows.length + 1}
      >
        <colgroup>
          {COLUMN_WIDTHS.map((width, index) => (
            <col key={index} style={{ width }} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <SortableHeader column="name" {...header}>
              Tenant
            </SortableHeader>
            <SortableHeader column="key" {...header}>
              Current key
            </SortableHeader>
            <SortableHeader column="providers" {...header}>
              Key providers
            </SortableHeader>
            <SortableHeader column="migration" {...header}>
              Migration
            </SortableHeader>
            <SortableHeader column="status" {...header}>
              Status
            </SortableHeader>
          </Table.Tr>
        </Table.Thead>
        <VirtualTableBody
          rows={rows}
          getKey={rowKey}
          columnCount={COLUMN_WIDTHS.length}
          scrollElement={scrollElement}
          estimateRowHeight={ROW_HEIGHT_ESTIMATE}
          renderCells={(row) => <FleetCells row={row} onCheckNow={onCheckNow} />}
        />
      </Table>
    </div>
  );
}

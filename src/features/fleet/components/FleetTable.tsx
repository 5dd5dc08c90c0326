import { Anchor, Button, Loader, rem, Stack, Table, Text } from '@mantine/core';
import { memo, useCallback, useState, type ReactNode } from 'react';
import { CURRENT_GREEN, PROBLEM_RED, WARNING_AMBER } from '../../../config/status-colors.ts';
import { CellBadge } from '../../../components/CellBadge.tsx';
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

const hostOf = (url: string | null) => (url ? new URL(url).host : 'Simulated tenant');

function KeyCell({ row }: { row: FleetRow }) {
  if (!row.key) return <Dimmed>—</Dimmed>;
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

function Dimmed({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

function MigrationCell({ row }: { row: FleetRow }) {
  const { migration } = row;
  if (!migration) return <Dimmed>—</Dimmed>;
  if (migration.state === 'running') {
    return <CellBadge color="blue.9">{migrationText(migration)}</CellBadge>;
  }
  if (migration.state === 'completed') {
    return (
      <Text size="sm">
        Last completed <span title={formatDate(migration.at)}>{formatDate(migration.at)}</span>
      </Text>
    );
  }
  return <Dimmed>None yet</Dimmed>;
}

function StatusCell({ row, onCheckNow }: { row: FleetRow; onCheckNow: (id: string) => void }) {
  if (row.problem) {
    const serious = row.problem.kind === 'unreachable' || row.problem.kind === 'refused';
    return (
      <Stack gap={4} align="flex-start">
        <CellBadge color={serious ? PROBLEM_RED : WARNING_AMBER}>{row.problem.label}</CellBadge>
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
      <CellBadge color={CURRENT_GREEN}>OK</CellBadge>
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
        <Text size="xs" c="dimmed">
          {hostOf(row.url)}
        </Text>
      </Table.Th>
      <Table.Td>
        <KeyCell row={row} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.providerCount ?? '—'}</Table.Td>
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
// Static, so created once: React skips it when the table renders again.
const columns = (
  <colgroup>
    {COLUMN_WIDTHS.map((width, index) => (
      <col key={index} style={{ width }} />
    ))}
  </colgroup>
);
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
  // Stable: rows already on screen are not rendered again by a sort.
  const renderCells = useCallback(
    (row: FleetRow) => <FleetCells row={row} onCheckNow={onCheckNow} />,
    [onCheckNow],
  );
  const header = { sort, onSort };
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
    >
      <Table
        verticalSpacing="sm"
        striped
        highlightOnHover
        stickyHeader
        layout="fixed"
        style={{ minWidth: rem(TABLE_MIN_WIDTH) }}
        aria-label="Tenants"
        aria-rowcount={rows.length + 1}
      >
        {columns}
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
          renderCells={renderCells}
        />
      </Table>
    </div>
  );
}

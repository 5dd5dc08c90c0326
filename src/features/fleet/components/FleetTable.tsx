import { Button, Loader, Text } from '@mantine/core';
import { memo, useCallback, useState } from 'react';
import { CURRENT_GREEN, PROBLEM_RED, WARNING_AMBER } from '../../../config/status-colors.ts';
import { CellBadge } from '../../../components/CellBadge.tsx';
import { cellClass } from '../../../components/cell-classes.ts';
import { cx } from '../../../components/lite/lite.ts';
import { SortableHeader } from '../../../components/SortableHeader.tsx';
import { VirtualTableBody } from '../../../components/VirtualTableBody.tsx';
import { Table } from '../../../components/lite/Table.tsx';
import { rem } from '../../../components/lite/lite.ts';
import { tenantHref } from '../../../config/tenant-scope.ts';
import { formatDate, formatTime } from '../../../lib/format-date.ts';
import {
  isFilled,
  migrationText,
  type FleetRow,
  type FleetSort,
  type FleetSortColumn,
} from '../model/fleet-rows.ts';
import styles from './FleetTable.module.css';

const hostOf = (url: string | null) => (url ? new URL(url).host : 'Simulated tenant');

const textSm = cellClass.textSm;
const textSmDimmed = cx(cellClass.textSm, cellClass.dimmed);
const textXsDimmed = cx(cellClass.textXs, cellClass.dimmed);

// The cells below are plain elements with Mantine's classes (cell-classes.ts), drawn as Text,
// Anchor, Stack and Badge would draw them: a sort mounts every row it brings into view.
function KeyCell({ row }: { row: FleetRow }) {
  if (!row.key) return <p className={textSmDimmed}>—</p>;
  return (
    <>
      <p className={cx(textSm, cellClass.medium)}>{row.key.name}</p>
      <p className={textXsDimmed}>{row.key.type}</p>
    </>
  );
}

function MigrationCell({ row }: { row: FleetRow }) {
  const { migration } = row;
  if (!migration) return <p className={textSmDimmed}>—</p>;
  if (migration.state === 'running') {
    return <CellBadge color="var(--mantine-color-blue-9)">{migrationText(migration)}</CellBadge>;
  }
  if (migration.state === 'completed') {
    return (
      <p className={textSm}>
        Last completed{' '}
        <span className={textSm} title={formatDate(migration.at)}>
          {formatDate(migration.at)}
        </span>
      </p>
    );
  }
  return <p className={textSmDimmed}>None yet</p>;
}

function StatusCell({ row, onCheckNow }: { row: FleetRow; onCheckNow: (id: string) => void }) {
  if (row.problem) {
    const serious = row.problem.kind === 'unreachable' || row.problem.kind === 'refused';
    return (
      <div className={cx(cellClass.stack, cellClass.stack4)}>
        <CellBadge color={serious ? PROBLEM_RED : WARNING_AMBER}>{row.problem.label}</CellBadge>
        <p className={cx(cellClass.textXs, styles.problemDetail)}>{row.problem.detail}</p>
        {row.checkedAt !== null && (
          <p className={textXsDimmed}>Figures from {formatTime(row.checkedAt)}</p>
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
      </div>
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
    <div className={cx(cellClass.stack, cellClass.stack2)}>
      <CellBadge color={CURRENT_GREEN}>OK</CellBadge>
      {row.checkedAt !== null && (
        <p className={textXsDimmed}>Checked {formatTime(row.checkedAt)}</p>
      )}
    </div>
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
      <th className={cx(cellClass.th, cellClass.medium)} scope="row">
        <a
          href={tenantHref(row.id)}
          className={cx(cellClass.anchor, cellClass.semibold)}
          data-underline="hover"
        >
          {row.name}
        </a>
        <p className={textXsDimmed}>{hostOf(row.url)}</p>
      </th>
      <td className={cellClass.td}>
        <KeyCell row={row} />
      </td>
      <td className={cx(cellClass.td, cellClass.nowrap)}>{row.providerCount ?? '—'}</td>
      <td className={cellClass.td}>
        <MigrationCell row={row} />
      </td>
      <td className={cellClass.td}>
        <StatusCell row={row} onCheckNow={onCheckNow} />
      </td>
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

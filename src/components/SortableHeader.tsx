import { Table, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { memo, type ReactNode } from 'react';

export interface ColumnSort<C extends string> {
  column: C;
  direction: 'asc' | 'desc';
}

interface SortableHeaderProps<C extends string> {
  column: C;
  sort: ColumnSort<C>;
  onSort: (column: C) => void;
  children: ReactNode;
}

/** A column header that sorts by its column: a button, with `aria-sort` on the header cell. */
function SortableHeaderCell<C extends string>({
  column,
  sort,
  onSort,
  children,
}: SortableHeaderProps<C>) {
  const active = sort.column === column;
  const Icon = !active ? IconSelector : sort.direction === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th
      scope="col"
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <UnstyledButton
        onClick={() => {
          onSort(column);
        }}
        // Fixed-width columns: a long label wraps, its icon stays beside the last word.
        style={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 4,
          textAlign: 'start',
          fontSize: 'var(--mantine-font-size-sm)',
          fontWeight: 700,
        }}
      >
        {children}
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}

const directionShown = <C extends string>({ column, sort }: SortableHeaderProps<C>) =>
  sort.column === column ? sort.direction : null;

/**
 * Memoised: a sort renders only the headers whose arrow changes (pass a stable `onSort` and a
 * string or static label).
 */
export const SortableHeader = memo(
  SortableHeaderCell,
  (before, after) =>
    before.column === after.column &&
    before.onSort === after.onSort &&
    before.children === after.children &&
    directionShown(before) === directionShown(after),
) as typeof SortableHeaderCell;

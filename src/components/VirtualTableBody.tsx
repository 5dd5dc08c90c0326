import { Table } from '@mantine/core';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useState, type FocusEvent, type ReactNode } from 'react';

export interface VirtualTableBodyProps<Row> {
  rows: readonly Row[];
  /** A stable key per row (React key, virtualiser key, focus tracking). */
  getKey: (row: Row) => string;
  /** The cells (`th`/`td`) of one row; the body wraps them in its `tr`. Memoise them. */
  renderCells: (row: Row, index: number) => ReactNode;
  columnCount: number;
  /**
   * The element that scrolls the table (its vertical overflow), from a callback ref kept in state
   * (`ref={setScrollElement}`): a ref object would still be empty when this body's layout effects
   * run, and no row would show until something else re-rendered.
   */
  scrollElement: HTMLElement | null;
  /** A typical row's height in px; rows are measured once rendered. */
  estimateRowHeight: number;
  /** Rows above the body, for `aria-rowindex` (the table's `aria-rowcount` adds them too). */
  headerRowCount?: number;
  /** Up to this many rows, every row is rendered (find in page works, nothing to measure). */
  renderAllUpTo?: number;
  overscan?: number;
}

const spacer = (key: string, height: number, columns: number) => (
  <tr key={key} aria-hidden="true">
    <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
  </tr>
);

/**
 * A `<tbody>` that renders only the rows in view (plus `overscan`) once there are more than
 * `renderAllUpTo`. Rows keep their `aria-rowindex`; blank rows stand in for the others, in even
 * numbers so `striped` keeps alternating; the row holding the focus stays rendered while it
 * scrolls away, so focus is never lost.
 */
export function VirtualTableBody<Row>({
  rows,
  getKey,
  renderCells,
  columnCount,
  scrollElement,
  estimateRowHeight,
  headerRowCount = 1,
  renderAllUpTo = 50,
  overscan = 6,
}: VirtualTableBodyProps<Row>) {
  const virtual = rows.length > renderAllUpTo;
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const focusedIndex = focusedKey === null ? -1 : rows.findIndex((r) => getKey(r) === focusedKey);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex < 0 || indexes.includes(focusedIndex)) return indexes;
      return [...indexes, focusedIndex].sort((a, b) => a - b);
    },
    [focusedIndex],
  );
  // The console is not built with the React Compiler; the virtualiser re-renders this body itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    enabled: virtual,
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => estimateRowHeight,
    getItemKey: (index) => (rows[index] ? getKey(rows[index]) : index),
    rangeExtractor,
    overscan,
  });

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    setFocusedKey(event.target.closest('tr')?.dataset.key ?? null);
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocusedKey(null);
  };

  const row = (item: Row, index: number, measure?: (node: Element | null) => void) => {
    const key = getKey(item);
    return (
      <Table.Tr
        key={key}
        ref={measure}
        data-index={index}
        data-key={key}
        aria-rowindex={index + 1 + headerRowCount}
      >
        {renderCells(item, index)}
      </Table.Tr>
    );
  };

  if (!virtual) {
    return (
      <Table.Tbody onFocus={onFocus} onBlur={onBlur}>
        {rows.map((item, index) => row(item, index))}
      </Table.Tbody>
    );
  }

  const children: ReactNode[] = [];
  let offset = virtualizer.options.scrollMargin;
  for (const item of virtualizer.getVirtualItems()) {
    const data = rows[item.index];
    if (data === undefined) continue;
    if (item.start > offset) {
      children.push(spacer(`gap-${item.index}`, item.start - offset, columnCount));
    }
    // Mantine stripes by :nth-of-type: keep each row's position parity equal to its index's.
    if (children.length % 2 !== item.index % 2) {
      children.push(spacer(`parity-${item.index}`, 0, columnCount));
    }
    children.push(row(data, item.index, virtualizer.measureElement));
    offset = item.end;
  }
  const rest = virtualizer.getTotalSize() - offset;
  if (rest > 0) children.push(spacer('end', rest, columnCount));

  return (
    <Table.Tbody onFocus={onFocus} onBlur={onBlur}>
      {children}
    </Table.Tbody>
  );
}

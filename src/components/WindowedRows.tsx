import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, type ReactNode } from 'react';

export interface WindowedRowsProps<Row> {
  rows: readonly Row[];
  getKey: (row: Row) => string;
  renderRow: (row: Row, index: number, measure: (node: Element | null) => void) => ReactNode;
  columnCount: number;
  scrollElement: HTMLElement | null;
  estimateRowHeight: number;
  overscan: number;
  /** Rendered even when out of view, so the focus stays where it is. */
  focusedIndex: number;
}

const spacer = (key: string, height: number, columns: number) => (
  <tr key={key} aria-hidden="true">
    <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
  </tr>
);

/**
 * The rows in view (plus `overscan`) of a long table; blank rows stand in for the others, in even
 * numbers so `striped` keeps alternating. Loaded lazily by VirtualTableBody: short tables never
 * pay for the virtualiser.
 */
export default function WindowedRows<Row>({
  rows,
  getKey,
  renderRow,
  columnCount,
  scrollElement,
  estimateRowHeight,
  overscan,
  focusedIndex,
}: WindowedRowsProps<Row>) {
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
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => estimateRowHeight,
    getItemKey: (index) => (rows[index] ? getKey(rows[index]) : index),
    rangeExtractor,
    overscan,
  });

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
    children.push(renderRow(data, item.index, virtualizer.measureElement));
    offset = item.end;
  }
  const rest = virtualizer.getTotalSize() - offset;
  if (rest > 0) children.push(spacer('end', rest, columnCount));
  return children;
}

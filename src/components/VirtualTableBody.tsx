import { Table } from '@mantine/core';
import { lazy, memo, Suspense, useState, type FocusEvent, type ReactNode } from 'react';
import type { WindowedRowsProps } from './WindowedRows.tsx';

// ~10 KB gzip of virtualiser, fetched only when a table grows past renderAllUpTo rows.
const WindowedRows = lazy(() => import('./WindowedRows.tsx')) as unknown as <Row>(
  props: WindowedRowsProps<Row>,
) => ReactNode;

export interface VirtualTableBodyProps<Row> {
  rows: readonly Row[];
  /** A stable key per row (React key, virtualiser key, focus tracking). */
  getKey: (row: Row) => string;
  /**
   * The cells (`th`/`td`) of one row; the body wraps them in its `tr`. Keep the function stable
   * (`useCallback`): a row whose data, index and renderer did not change is not rendered again.
   */
  renderCells: (row: Row, index: number) => ReactNode;
  columnCount: number;
  /**
   * The element that scrolls the table (its vertical overflow), from a callback ref kept in state
   * (`ref={setScrollElement}`): a ref object would still be empty when the rows' layout effects
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

/**
 * A `<tbody>` that renders only the rows in view (plus `overscan`) once there are more than
 * `renderAllUpTo`. Rows keep their `aria-rowindex`; the row holding the focus stays rendered
 * while it scrolls away, so focus is never lost.
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
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    setFocusedKey(event.target.closest('tr')?.dataset.key ?? null);
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocusedKey(null);
  };

  const row = (item: Row, index: number, measure?: (node: Element | null) => void) => {
    const key = getKey(item);
    return (
      <BodyRow
        key={key}
        rowKey={key}
        item={item}
        index={index}
        ariaRowIndex={index + 1 + headerRowCount}
        measure={measure}
        renderCells={renderCells}
      />
    );
  };

  if (rows.length <= renderAllUpTo) {
    return (
      <Table.Tbody onFocus={onFocus} onBlur={onBlur}>
        {rows.map((item, index) => row(item, index))}
      </Table.Tbody>
    );
  }
  const focusedIndex = focusedKey === null ? -1 : rows.findIndex((r) => getKey(r) === focusedKey);
  return (
    <Table.Tbody onFocus={onFocus} onBlur={onBlur}>
      <Suspense fallback={rows.slice(0, renderAllUpTo).map((item, index) => row(item, index))}>
        <WindowedRows
          rows={rows}
          getKey={getKey}
          renderRow={row}
          columnCount={columnCount}
          scrollElement={scrollElement}
          estimateRowHeight={estimateRowHeight}
          overscan={overscan}
          focusedIndex={focusedIndex}
        />
      </Suspense>
    </Table.Tbody>
  );
}

interface BodyRowProps<Row> {
  rowKey: string;
  item: Row;
  index: number;
  ariaRowIndex: number;
  measure: ((node: Element | null) => void) | undefined;
  renderCells: (row: Row, index: number) => ReactNode;
}

/**
 * One Table.Tr, memoised: when a sort or a search re-renders the body, the rows
 * already on screen whose data and position did not change are left alone; only those that come
 * into view mount.
 */
const BodyRow = memo(function BodyRow<Row>({
  rowKey,
  item,
  index,
  ariaRowIndex,
  measure,
  renderCells,
}: BodyRowProps<Row>) {
  return (
    <Table.Tr ref={measure} data-index={index} data-key={rowKey} aria-rowindex={ariaRowIndex}>
      {renderCells(item, index)}
    </Table.Tr>
  );
}) as <Row>(props: BodyRowProps<Row>) => ReactNode;

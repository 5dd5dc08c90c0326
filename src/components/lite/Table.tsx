import {
  createContext,
  useContext,
  useMemo,
  type ComponentProps,
  type CSSProperties,
  type ElementType,
} from 'react';
import tableClasses from '@mantine-classes/Table';
import { cx, rem, spacing, vars, type MantineSize } from './lite.ts';

/** What the parts of a table take from it (Mantine's table context, without its styles API). */
export interface TableContextValue {
  striped: 'odd' | 'even' | undefined;
  highlightOnHover: boolean | undefined;
  withRowBorders: boolean;
  withColumnBorders: boolean | undefined;
  stickyHeader: boolean | undefined;
  captionSide: 'top' | 'bottom';
}

const TableContext = createContext<TableContextValue | null>(null);

/** The enclosing Table's settings; throws outside one, as Mantine's does. */
export function useTableContext(): TableContextValue {
  const context = useContext(TableContext);
  if (!context) throw new Error('Table component was not found in the tree');
  return context;
}

type Part = 'thead' | 'tbody' | 'tr' | 'th' | 'td' | 'caption';

/** Mantine's Table.components: the data attributes each part takes from the table. */
function partData(part: Part, table: TableContextValue): Record<`data-${string}`, unknown> {
  switch (part) {
    case 'th':
    case 'td':
      return { 'data-with-column-border': table.withColumnBorders || undefined };
    case 'tr':
      return {
        'data-with-row-border': table.withRowBorders || undefined,
        'data-striped': table.striped,
        'data-hover': table.highlightOnHover || undefined,
      };
    case 'thead':
      return { 'data-sticky': table.stickyHeader || undefined };
    case 'caption':
      return { 'data-side': table.captionSide };
    case 'tbody':
      return {};
  }
}

const partClass = (part: Part | 'table') => `${tableClasses[part]} mantine-Table-${part}`;

/**
 * What Table.Tr puts on a row (class and data attributes), for a body that draws its own `tr`s
 * (VirtualTableBody): the same object while the table's settings stay.
 */
export function useTableRowProps() {
  const table = useTableContext();
  return useMemo(() => ({ className: partClass('tr'), ...partData('tr', table) }), [table]);
}

function tablePart<P extends Part>(part: P) {
  function TablePart({ className, ...rest }: ComponentProps<P>) {
    const table = useTableContext();
    const Element = part as ElementType;
    return (
      <Element {...partData(part, table)} className={cx(partClass(part), className)} {...rest} />
    );
  }
  return TablePart;
}

export interface TableProps extends ComponentProps<'table'> {
  /** `true` stripes the odd rows. */
  striped?: boolean | 'odd' | 'even';
  highlightOnHover?: boolean;
  withTableBorder?: boolean;
  withColumnBorders?: boolean;
  withRowBorders?: boolean;
  stickyHeader?: boolean;
  /** Pixels. */
  stickyHeaderOffset?: number;
  layout?: CSSProperties['tableLayout'];
  verticalSpacing?: MantineSize | number;
  horizontalSpacing?: MantineSize | number;
  captionSide?: 'top' | 'bottom';
}

/**
 * Mantine's Table: a `<table>` with its classes, the CSS variables its varsResolver sets and the
 * settings its parts (Table.Thead, Table.Tr…) read. Mantine's ScrollArea-backed
 * Table.ScrollContainer is not here: the console's tables scroll in a box of their own.
 */
function TableRoot({
  striped,
  highlightOnHover,
  withTableBorder,
  withColumnBorders,
  withRowBorders = true,
  stickyHeader,
  stickyHeaderOffset,
  layout,
  verticalSpacing = 7,
  horizontalSpacing,
  captionSide,
  className,
  style,
  ...rest
}: TableProps) {
  const stripedValue = striped === true ? 'odd' : striped || undefined;
  const resolvedCaptionSide = captionSide ?? 'bottom';
  const context = useMemo<TableContextValue>(
    () => ({
      striped: stripedValue,
      highlightOnHover,
      withRowBorders,
      withColumnBorders,
      stickyHeader,
      captionSide: resolvedCaptionSide,
    }),
    [
      stripedValue,
      highlightOnHover,
      withRowBorders,
      withColumnBorders,
      stickyHeader,
      resolvedCaptionSide,
    ],
  );
  return (
    <TableContext value={context}>
      <table
        data-with-table-border={withTableBorder || undefined}
        className={cx(partClass('table'), className)}
        style={vars(
          {
            '--table-layout': layout,
            '--table-caption-side': captionSide,
            '--table-horizontal-spacing': spacing(horizontalSpacing),
            '--table-vertical-spacing': spacing(verticalSpacing),
            '--table-sticky-header-offset':
              stickyHeader && stickyHeaderOffset !== undefined
                ? rem(stickyHeaderOffset)
                : undefined,
          },
          style,
        )}
        {...rest}
      />
    </TableContext>
  );
}

export const Table = Object.assign(TableRoot, {
  Thead: tablePart('thead'),
  Tbody: tablePart('tbody'),
  Tr: tablePart('tr'),
  Th: tablePart('th'),
  Td: tablePart('td'),
  Caption: tablePart('caption'),
});

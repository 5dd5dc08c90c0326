import * as Mantine from '@mantine/core';
import { IconChevronUp, IconSelector } from '@tabler/icons-react';
import { render } from '@testing-library/react';
import type { CSSProperties, ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { markupShape } from '../../testing/same-markup.tsx';
import { CURRENT_GREEN } from '../../config/status-colors.ts';
import { CellBadge } from '../CellBadge.tsx';
import { SortableHeader } from '../SortableHeader.tsx';
import { VirtualTableBody } from '../VirtualTableBody.tsx';
import { rem } from './lite.ts';
import { Table, useTableContext } from './Table.tsx';
import { UnstyledButton } from './UnstyledButton.tsx';

const M = Mantine.Table;

// The console's tables: ProviderTable's props (its caption) and FleetTable's (its aria-label).
const providerProps = {
  striped: true,
  highlightOnHover: true,
  stickyHeader: true,
  layout: 'fixed',
  verticalSpacing: 'sm',
  'aria-rowcount': 4,
} as const;
const fleetProps = { ...providerProps, 'aria-label': 'Tenants' } as const;

/** Every part of a table, for the lite Table and Mantine's. */
function parts(T: typeof Table | typeof M, props: Record<string, unknown>, caption = true) {
  return (
    <T {...props}>
      {caption && <T.Caption>Key providers</T.Caption>}
      <colgroup>
        <col style={{ width: 76 }} />
      </colgroup>
      <T.Thead>
        <T.Tr aria-rowindex={1}>
          <T.Th scope="col">Fingerprint</T.Th>
        </T.Tr>
      </T.Thead>
      <T.Tbody>
        <T.Tr aria-rowindex={2} className="row">
          <T.Th scope="row">a</T.Th>
          <T.Td className="cell">b</T.Td>
        </T.Tr>
      </T.Tbody>
    </T>
  );
}

const badgeRoot = { root: { minWidth: 'max-content', textTransform: 'none' } } as const;
const sortButtonStyle: CSSProperties = {
  display: 'inline-flex',
  alignItems: 'center',
  gap: 4,
  textAlign: 'start',
};

/** SortableHeader as it was: Mantine's Th and UnstyledButton. */
function MantineSortHeader({ active, children }: { active: boolean; children: ReactNode }) {
  const Icon = active ? IconChevronUp : IconSelector;
  return (
    <M.Th scope="col" aria-sort={active ? 'ascending' : 'none'}>
      <Mantine.UnstyledButton fw={700} fz="sm" style={sortButtonStyle}>
        {children}
        <Icon size={14} aria-hidden />
      </Mantine.UnstyledButton>
    </M.Th>
  );
}

// Each case: the console's lite table (and the pieces its rows use) and Mantine's components with
// the same props render the same elements (classes, CSS variables, data attributes, children).
describe('the lite table renders what Mantine renders', () => {
  const sort = { column: 'name', direction: 'asc' } as const;
  const onSort = () => undefined;
  const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  const cases: [string, ReactNode, ReactNode][] = [
    [
      'ProviderTable',
      parts(Table, { ...providerProps, style: { minWidth: rem(990) } }),
      parts(M, { ...providerProps, miw: 990 }),
    ],
    [
      'FleetTable',
      parts(Table, { ...fleetProps, style: { minWidth: rem(860) } }, false),
      parts(M, { ...fleetProps, miw: 860 }, false),
    ],
    ['defaults', parts(Table, {}), parts(M, {})],
    [
      'borders, even stripes, spacing, caption on top',
      parts(Table, {
        withTableBorder: true,
        withColumnBorders: true,
        withRowBorders: false,
        striped: 'even',
        horizontalSpacing: 'xs',
        verticalSpacing: 4,
        captionSide: 'top',
        stickyHeader: true,
        stickyHeaderOffset: 60,
      }),
      parts(M, {
        withTableBorder: true,
        withColumnBorders: true,
        withRowBorders: false,
        striped: 'even',
        horizontalSpacing: 'xs',
        verticalSpacing: 4,
        captionSide: 'top',
        stickyHeader: true,
        stickyHeaderOffset: 60,
      }),
    ],
    [
      'VirtualTableBody rows (short table)',
      <Table {...providerProps}>
        <VirtualTableBody
          rows={rows}
          getKey={(row) => row.id}
          columnCount={1}
          scrollElement={null}
          estimateRowHeight={40}
          renderCells={(row) => <Table.Td>{row.id}</Table.Td>}
        />
      </Table>,
      <M {...providerProps}>
        <M.Tbody>
          {rows.map((row, index) => (
            <M.Tr key={row.id} data-index={index} data-key={row.id} aria-rowindex={index + 2}>
              <M.Td>{row.id}</M.Td>
            </M.Tr>
          ))}
        </M.Tbody>
      </M>,
    ],
    [
      'SortableHeader',
      <Table>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader column="name" sort={sort} onSort={onSort}>
              Name
            </SortableHeader>
            <SortableHeader column="type" sort={sort} onSort={onSort}>
              Type
            </SortableHeader>
          </Table.Tr>
        </Table.Thead>
      </Table>,
      <M>
        <M.Thead>
          <M.Tr>
            <MantineSortHeader active>Name</MantineSortHeader>
            <MantineSortHeader active={false}>Type</MantineSortHeader>
          </M.Tr>
        </M.Thead>
      </M>,
    ],
    [
      'UnstyledButton',
      <UnstyledButton
        aria-label="b"
        style={{ ...sortButtonStyle, fontSize: 'var(--mantine-font-size-sm)', fontWeight: 700 }}
      >
        x
      </UnstyledButton>,
      <Mantine.UnstyledButton aria-label="b" fw={700} fz="sm" style={sortButtonStyle}>
        x
      </Mantine.UnstyledButton>,
    ],
    [
      'UnstyledButton submit',
      <UnstyledButton type="submit" />,
      <Mantine.UnstyledButton type="submit" />,
    ],
    [
      'CellBadge',
      <CellBadge color={CURRENT_GREEN}>Current</CellBadge>,
      <Mantine.Badge color={CURRENT_GREEN} variant="filled" styles={badgeRoot}>
        Current
      </Mantine.Badge>,
    ],
  ];

  it.each(cases)('%s', (_, lite, mantine) => {
    expect(markupShape(lite)).toEqual(markupShape(mantine));
  });

  it('a part outside a Table says so, as Mantine does', () => {
    function Outside() {
      useTableContext();
      return null;
    }
    expect(() => render(<Outside />)).toThrow('Table component was not found in the tree');
  });
});

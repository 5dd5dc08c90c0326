import { MantineProvider, Table } from '@mantine/core';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useCallback, useState } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VirtualTableBody } from './VirtualTableBody.tsx';

interface Item {
  id: string;
}
const items = (count: number): Item[] =>
  Array.from({ length: count }, (_, i) => ({ id: `item-${i + 1}` }));

/** The scroll box says it is 400 px high (jsdom lays nothing out). */
function ScrollBox({ rows }: { rows: Item[] }) {
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const measured = useCallback((node: HTMLDivElement | null) => {
    if (node) Object.defineProperty(node, 'clientHeight', { value: 400 });
    setBox(node);
  }, []);
  return (
    <div ref={measured} style={{ overflow: 'auto', height: 400 }}>
      <Table aria-label="Items" aria-rowcount={rows.length + 1}>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th>Item</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <VirtualTableBody
          rows={rows}
          getKey={(row) => row.id}
          columnCount={1}
          scrollElement={box}
          estimateRowHeight={40}
          overscan={2}
          renderCells={(row) => (
            <Table.Td>
              <a href={`#${row.id}`}>{row.id}</a>
            </Table.Td>
          )}
        />
      </Table>
    </div>
  );
}

const renderBox = (count: number) =>
  render(<ScrollBox rows={items(count)} />, { wrapper: MantineProvider });

const dataRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('VirtualTableBody', () => {
  // jsdom lays nothing out: every row says it is 40 px high when measured.
  beforeAll(() => {
    Object.defineProperty(HTMLTableRowElement.prototype, 'offsetHeight', {
      configurable: true,
      get: () => 40,
    });
  });
  afterAll(() => {
    Reflect.deleteProperty(HTMLTableRowElement.prototype, 'offsetHeight');
  });

  it('renders every row of a short table, each with its aria-rowindex', () => {
    renderBox(3);
    expect(dataRows().map((row) => row.getAttribute('aria-rowindex'))).toEqual(['2', '3', '4']);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '4');
  });

  it('renders only the rows in view of a long table, the rest as hidden space', async () => {
    const { container } = renderBox(1000);
    await waitFor(() => {
      expect(dataRows().length).toBeLessThan(20);
    });
    const rows = dataRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(20);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    const spacer = container.querySelector('tbody tr[aria-hidden="true"]:last-child td');
    expect(spacer).toHaveStyle({ height: `${(1000 - rows.length) * 40}px` });
  });

  it('keeps the focused row rendered when it scrolls out of view', async () => {
    const { container } = renderBox(1000);
    await waitFor(() => {
      expect(dataRows().length).toBeLessThan(20);
    });
    const link = screen.getByRole('link', { name: 'item-2' });
    act(() => {
      link.focus();
    });
    const box = container.querySelector('div[style*="overflow"]') as HTMLDivElement;
    await act(async () => {
      box.scrollTop = 20_000;
      fireEvent.scroll(box);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(screen.getByRole('link', { name: 'item-501' })).toBeInTheDocument();
    expect(link).toBeInTheDocument();
    expect(link).toHaveFocus();
    expect(link.closest('tr')).toHaveAttribute('aria-rowindex', '3');
  });
});

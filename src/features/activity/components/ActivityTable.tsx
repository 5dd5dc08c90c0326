import { Table } from '@mantine/core';
import type { ActivityEntry } from '../../../api/activity.ts';
import { formatDate } from '../../../lib/format-date.ts';
import { operationLabel } from '../model/operation-labels.ts';
import { KeyCell, OutcomeCell } from './ActivityCells.tsx';

interface ActivityTableProps {
  entries: ActivityEntry[];
  /** Fingerprints of the key providers that exist now: those get a link. */
  existing: ReadonlySet<string>;
}

export function ActivityTable({ entries, existing }: ActivityTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label="Changes made through the console, newest first">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>What</Table.Th>
            <Table.Th>Key</Table.Th>
            <Table.Th>Outcome</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry, index) => (
            <Table.Tr key={`${entry.at}-${String(index)}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={entry.at}>{formatDate(entry.at)}</time>
              </Table.Td>
              <Table.Td>{entry.actor.name}</Table.Td>
              <Table.Td>{operationLabel(entry.operation)}</Table.Td>
              <Table.Td>
                <KeyCell
                  provider={entry.provider}
                  exists={
                    entry.provider.fingerprint !== null && existing.has(entry.provider.fingerprint)
                  }
                />
              </Table.Td>
              <Table.Td>
                <OutcomeCell outcome={entry.outcome} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Badge, Table, Text } from '@mantine/core';
import type { KeyProvider } from '../../../api/model.ts';
import { CURRENT_GREEN } from '../../../app/theme.ts';
import { formatDate } from '../../../lib/format-date.ts';

function CurrentBadge({ provider }: { provider: KeyProvider }) {
  return provider.current ? (
    <Badge color={CURRENT_GREEN} variant="filled">
      Current
    </Badge>
  ) : (
    <Text size="sm" c="dimmed">
      Not in use
    </Text>
  );
}

export function ProviderTable({ providers }: { providers: KeyProvider[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>Key providers registered on the tenant</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Type</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Key</Table.Th>
            <Table.Th scope="col">Created</Table.Th>
            <Table.Th scope="col">Last promoted</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {providers.map((provider) => (
            <Table.Tr key={provider.fingerprint || provider.arn}>
              <Table.Th scope="row" fw={500}>
                {provider.name}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {provider.isQlikDefault ? 'Qlik managed' : 'AWS KMS'}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <CurrentBadge provider={provider} />
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {provider.isQlikDefault ? 'Qlik managed key' : provider.arn}
                </Text>
              </Table.Td>
              <Table.Td>
                {formatDate(provider.createdAt, provider.isQlikDefault ? 'Qlik managed' : '—')}
              </Table.Td>
              <Table.Td>{formatDate(provider.promotedToCurrentAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

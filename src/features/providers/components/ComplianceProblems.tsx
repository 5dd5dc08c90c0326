import '@mantine/core/styles/List.css';
import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ComplianceProblem } from '../../../api/model.ts';

export function ComplianceProblems({ problems }: { problems: ComplianceProblem[] }) {
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title="Compliance problems reported by the tenant"
      w="100%"
    >
      <List size="sm" spacing={4}>
        {problems.map((problem, index) => (
          <List.Item key={`${problem.code}-${problem.region}-${index}`}>
            <Text span fw={600} size="sm">
              {problem.region || 'Region not given'}:
            </Text>{' '}
            {problem.message || 'No message'}
            {problem.code && (
              <Text span size="xs" c="dimmed">
                {' '}
                ({problem.code})
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs">
        Fix the key policy in the AWS KMS console (KMS → the key → Key policy) for each region
        listed, then validate again.
      </Text>
    </Alert>
  );
}

import { Badge, Group, Paper, Text, Title } from '@mantine/core';
import { InferredMark } from '../../../components/InferredMark.tsx';
import { CURRENT_GREEN } from '../../../config/status-colors.ts';
import type { KeyPeriod } from '../../../lib/key-history/key-history.ts';
import { endText, keyText, startText } from './period-text.ts';

interface PeriodCardProps {
  period: KeyPeriod;
  /** Set when the picked date falls in this period: the date, in words. */
  highlightedFor: string | null;
}

export function PeriodCard({ period, highlightedFor }: PeriodCardProps) {
  const { provider, end } = period;
  const highlight = highlightedFor !== null;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      style={
        highlight
          ? { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 3 }
          : undefined
      }
    >
      <Group justify="space-between" align="flex-start" gap="xs">
        <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
          {provider.name}
        </Title>
        <Group gap="xs">
          {end.kind === 'now' && (
            <Badge color={CURRENT_GREEN} variant="filled">
              Current
            </Badge>
          )}
          {highlight && (
            <Badge variant="filled" style={{ textTransform: 'none' }}>
              Current on {highlightedFor}
            </Badge>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {keyText(period)}
      </Text>
      <Text size="sm" mt={4}>
        From {startText(period.start)} to {endText(end)}
        {end.kind === 'inferred' && <InferredMark />}
      </Text>
    </Paper>
  );
}

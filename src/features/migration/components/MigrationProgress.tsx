import '@mantine/core/styles/Progress.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Badge, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Migration } from '../../../api/model.ts';
import { formatDate } from '../../../lib/format-date.ts';
import { estimateRemainingMs, formatDuration, type ProgressSample } from '../model/eta.ts';

const STATE_LABEL = { New: 'Starting', InProgress: 'In progress', Completed: 'Completed' };

const timeLeft = (ms: number) => (ms < 5_000 ? 'a few seconds' : `about ${formatDuration(ms)}`);

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {term}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}

interface MigrationProgressProps {
  migration: Migration;
  samples: ProgressSample[];
  now: number;
}

/** The bar (a real progressbar with its value), state, start, elapsed time and an honest ETA. */
export function MigrationProgress({ migration, samples, now }: MigrationProgressProps) {
  const progress = migration.state === 'Completed' ? 100 : (migration.progress ?? 0);
  const started = migration.initiatedAt ? Date.parse(migration.initiatedAt) : NaN;
  const elapsed = now - started;
  const remaining = estimateRemainingMs(samples, now);
  const done = migration.state === 'Completed';
  const took = (migration.completedAt ? Date.parse(migration.completedAt) : NaN) - started;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Badge variant="light" size="lg">
          {STATE_LABEL[migration.state]}
        </Badge>
        <Text fw={700} size="xl" aria-hidden>
          {progress}%
        </Text>
      </Group>
      <Progress
        value={progress}
        size="xl"
        aria-label="Migration progress"
        color={done ? 'green.9' : undefined}
        striped={!done}
        animated={!done}
      />
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <Fact term="Started" value={formatDate(migration.initiatedAt)} />
        {done ? (
          <>
            <Fact term="Completed" value={formatDate(migration.completedAt)} />
            <Fact term="Took" value={took >= 0 ? formatDuration(took) : '—'} />
          </>
        ) : (
          <>
            <Fact term="Elapsed" value={elapsed >= 0 ? formatDuration(elapsed) : '—'} />
            <Fact
              term="Time left"
              value={remaining === null ? 'Estimating…' : timeLeft(remaining)}
            />
          </>
        )}
      </SimpleGrid>
    </Stack>
  );
}

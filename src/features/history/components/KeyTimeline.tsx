import '@mantine/core/styles/List.css';
import { List } from '@mantine/core';
import type { KeyProvider } from '../../../api/model.ts';
import type { KeyPeriod } from '../../../lib/key-history/key-history.ts';
import type { TimelineEntry } from '../model/timeline.ts';
import { MigrationEntry } from './MigrationEntry.tsx';
import { PeriodCard } from './PeriodCard.tsx';

interface KeyTimelineProps {
  entries: TimelineEntry[];
  providers: KeyProvider[];
  highlighted: { period: KeyPeriod; on: string } | null;
}

function entryKey(entry: TimelineEntry): string {
  if (entry.kind === 'migration') return 'migration';
  const { provider, start } = entry.period;
  return `${provider.fingerprint || provider.arn} ${start.kind === 'recorded' ? start.at : start.kind}`;
}

/** Newest first: which key was current when, with the last migration in its place. */
export function KeyTimeline({ entries, providers, highlighted }: KeyTimelineProps) {
  return (
    <List
      type="ordered"
      listStyleType="none"
      spacing="sm"
      aria-label="Key periods, newest first"
      styles={{ itemWrapper: { display: 'block' }, itemLabel: { display: 'block' } }}
    >
      {entries.map((entry) => (
        <List.Item key={entryKey(entry)}>
          {entry.kind === 'period' ? (
            <PeriodCard
              period={entry.period}
              highlightedFor={highlighted?.period === entry.period ? highlighted.on : null}
            />
          ) : (
            <MigrationEntry
              migration={entry.migration}
              running={entry.running}
              providers={providers}
            />
          )}
        </List.Item>
      ))}
    </List>
  );
}

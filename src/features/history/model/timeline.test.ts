import { describe, expect, it } from 'vitest';
import { aKeyProvider } from '../../../testing/test-key-provider.ts';
import type { KeyProvider } from '../../../api/model.ts';
import { buildKeyHistory } from '../../../lib/key-history/key-history.ts';
import { aMigration } from '../../../testing/test-migration.ts';
import { timelineEntries, type TimelineEntry } from './timeline.ts';

const provider = (name: string, overrides: Partial<KeyProvider>): KeyProvider =>
  aKeyProvider({
    fingerprint: name,
    arn: `arn:aws:kms:us-east-1:857519135519:alias/${name}`,
    name,
    tenantId: 't',
    ...overrides,
  });

const older = provider('older', {
  promotedToCurrentAt: '2023-06-21T18:43:54Z',
  demotedFromCurrentAt: '2023-06-21T18:59:18Z',
});
const newer = provider('newer', { current: true, promotedToCurrentAt: '2023-06-21T18:59:18Z' });

const names = (entries: TimelineEntry[]) =>
  entries.map((entry) =>
    entry.kind === 'period'
      ? entry.period.provider.name
      : `migration${entry.running ? ' running' : ''}`,
  );

describe('timelineEntries', () => {
  it('puts a completed migration between the period it began and the one it ended', () => {
    const migration = aMigration({
      state: 'Completed',
      initiatedAt: '2023-06-21T18:59:17Z',
      completedAt: '2023-06-21T18:59:18Z',
    });
    const entries = timelineEntries(buildKeyHistory([older, newer], migration));
    expect(names(entries)).toEqual(['newer', 'migration', 'older']);
  });

  it('puts a running migration on top', () => {
    const migration = aMigration({ initiatedAt: '2020-01-01T00:00:00Z' });
    expect(names(timelineEntries(buildKeyHistory([older, newer], migration)))).toEqual([
      'migration running',
      'newer',
      'older',
    ]);
  });

  it('places a migration older than every period last, and one without dates first', () => {
    const old = aMigration({ state: 'Completed', initiatedAt: '2020-01-01T00:00:00Z' });
    expect(names(timelineEntries(buildKeyHistory([older, newer], old)))).toEqual([
      'newer',
      'older',
      'migration',
    ]);
    const undated = aMigration({ state: 'Completed', initiatedAt: null });
    expect(names(timelineEntries(buildKeyHistory([older, newer], undated)))[0]).toBe('migration');
  });

  it('lists only the periods when the tenant never migrated', () => {
    expect(names(timelineEntries(buildKeyHistory([older, newer], null)))).toEqual([
      'newer',
      'older',
    ]);
  });
});

import { isMigrationRunning, type Migration } from '../../../api/model.ts';
import type { KeyHistory, KeyPeriod } from '../../../lib/key-history/key-history.ts';

export type TimelineEntry =
  | { kind: 'period'; period: KeyPeriod }
  | { kind: 'migration'; migration: Migration; running: boolean };

const parsed = (iso: string | null) => (iso === null ? NaN : Date.parse(iso));

function startOf(period: KeyPeriod): number {
  return period.start.kind === 'recorded' ? Date.parse(period.start.at) : -Infinity;
}

/**
 * The periods newest first with the last migration among them: a running one on top, a completed
 * one below the period it began (the target's promotion is its completion) and above the one it ended.
 */
export function timelineEntries(history: KeyHistory): TimelineEntry[] {
  const entries: TimelineEntry[] = history.periods.map((period) => ({ kind: 'period', period }));
  const { migration } = history;
  if (!migration) return entries;
  const running = isMigrationRunning(migration);
  const at = parsed(migration.completedAt ?? migration.initiatedAt);
  const below = history.periods.findIndex((period) => startOf(period) < at);
  const index = running || Number.isNaN(at) ? 0 : below === -1 ? entries.length : below;
  entries.splice(index, 0, { kind: 'migration', migration, running });
  return entries;
}

import { isMigrationRunning, type Migration } from '../../../api/model.ts';

export type Milestone = 'started' | 25 | 50 | 75 | 'completed';

const THRESHOLDS = [25, 50, 75] as const;

/**
 * What happened between two observations of the migration, for the live region and the
 * completion side effects. The first observation (prev undefined) announces nothing.
 */
export function milestonesBetween(
  prev: Migration | null | undefined,
  next: Migration | null | undefined,
): Milestone[] {
  if (prev === undefined || !next) return [];
  const sameMigration = prev !== null && prev.id === next.id;
  const wasRunning = sameMigration && isMigrationRunning(prev);
  if (next.state === 'Completed') {
    return wasRunning || !sameMigration ? ['completed'] : [];
  }
  const from = wasRunning ? (prev.progress ?? 0) : -1;
  const to = next.progress ?? 0;
  const crossed = THRESHOLDS.filter((t) => from < t && t <= to);
  return wasRunning ? crossed : ['started', ...crossed];
}

export function milestoneMessage(milestone: Milestone, targetName: string): string {
  if (milestone === 'started') return `Migration to ${targetName} started.`;
  if (milestone === 'completed')
    return `Migration to ${targetName} completed. It is now the current key.`;
  return `Migration ${milestone}% complete.`;
}

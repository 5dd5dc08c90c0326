import type { Migration } from '../../../api/model.ts';

export interface ProgressSample {
  atMs: number;
  progress: number;
}

export interface ProgressHistory {
  migrationId: string | null;
  samples: ProgressSample[];
}

const WINDOW_MS = 60_000;
const MIN_SPAN_MS = 2_000;
const MIN_PROGRESS_POINTS = 2;
const MIN_STALL_MS = 10_000;

export const emptyHistory: ProgressHistory = { migrationId: null, samples: [] };

/** Keeps one sample per progress change of the running migration, over the last minute. */
export function recordProgress(
  history: ProgressHistory,
  migration: Migration | null | undefined,
  atMs: number,
): ProgressHistory {
  if (!migration || migration.state === 'Completed' || migration.progress === null) return history;
  const base = history.migrationId === migration.id ? history.samples : [];
  const last = base.at(-1);
  if (last && last.progress === migration.progress) {
    return base === history.samples ? history : { migrationId: migration.id, samples: base };
  }
  const samples = [...base, { atMs, progress: migration.progress }].filter(
    (sample, index, all) => index === all.length - 1 || atMs - sample.atMs <= WINDOW_MS,
  );
  return { migrationId: migration.id, samples };
}

/**
 * Time left from the measured rate, or null when there is not enough signal: too few points, too
 * short a span, or progress that has stalled for much longer than the rate predicts.
 */
export function estimateRemainingMs(samples: ProgressSample[], nowMs: number): number | null {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last) return null;
  if (last.progress >= 100) return 0;
  const points = last.progress - first.progress;
  const span = last.atMs - first.atMs;
  if (points < MIN_PROGRESS_POINTS || span < MIN_SPAN_MS) return null;
  const msPerPoint = span / points;
  const sinceChange = nowMs - last.atMs;
  if (sinceChange > Math.max(MIN_STALL_MS, 3 * msPerPoint)) return null;
  return Math.max(0, (100 - last.progress) * msPerPoint - sinceChange);
}

/** "about 2 min", "about 40 s", "a few seconds". */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 5) return 'a few seconds';
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

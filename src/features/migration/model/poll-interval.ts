import { isAccessRefused } from '../../../api/error-status.ts';

export const POLL_MS = {
  runningVisible: 1_000,
  runningHidden: 5_000,
  idle: 30_000,
  maxBackoff: 30_000,
} as const;

export interface PollContext {
  /** Only the tab that holds the poller lock fetches; the others listen. */
  leader: boolean;
  running: boolean;
  visible: boolean;
  /** Consecutive failed fetches (0 after a success). */
  failures: number;
  error?: unknown;
}

/** The delay before the next poll, or false to stop polling. */
export function pollInterval({
  leader,
  running,
  visible,
  failures,
  error,
}: PollContext): number | false {
  // A refused key will not fix itself by asking again: polling stops until the page reloads.
  if (!leader || isAccessRefused(error)) return false;
  if (failures > 0) return Math.min(POLL_MS.runningVisible * 2 ** failures, POLL_MS.maxBackoff);
  if (!running) return POLL_MS.idle;
  return visible ? POLL_MS.runningVisible : POLL_MS.runningHidden;
}

/** The data is stale when no fresh answer came in twice the expected interval plus some slack. */
export function isStale(ageMs: number, running: boolean, failing: boolean): boolean {
  if (failing) return true;
  const expected = running ? POLL_MS.runningHidden : POLL_MS.idle;
  return ageMs > expected * 2 + 2_000;
}

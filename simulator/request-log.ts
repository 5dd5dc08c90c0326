import type { FaultKind } from './faults.ts';
import type { OperationId } from './titles.ts';

export interface LogEntry {
  at: string;
  method: string;
  path: string;
  operation?: OperationId;
  /** Null when no response was given: a dropped connection or a caller that gave up. */
  status: number | null;
  fault?: FaultKind;
  /** Which credential arrived: `api-key`, `user:<id>` or `client:<id>`; absent when none was valid. */
  credential?: string;
}

/** A long-running dev server must not grow without bound. */
export const LOG_LIMIT = 1000;

export function record(log: LogEntry[], entry: LogEntry): LogEntry {
  log.push(entry);
  if (log.length > LOG_LIMIT) log.splice(0, log.length - LOG_LIMIT);
  return entry;
}

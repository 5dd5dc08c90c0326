import type { ActivityEntry } from '../../../api/activity.ts';
import { toCsv, type CsvCell } from '../../../lib/csv.ts';

const COLUMNS = [
  'at',
  'person',
  'personId',
  'operation',
  'provider',
  'fingerprint',
  'status',
  'error',
] as const;

const row = (entry: ActivityEntry): CsvCell[] => [
  entry.at,
  entry.actor.name,
  entry.actor.id,
  entry.operation,
  entry.provider.name,
  entry.provider.fingerprint,
  entry.outcome.status,
  entry.outcome.error,
];

/** One row per change, with the operation's id and the raw status: for auditors and scripts. */
export function activityCsv(entries: ActivityEntry[]): string {
  return toCsv(COLUMNS, entries.map(row));
}

import { toCsv } from '../../../lib/csv.ts';
import type { KeyHistory, KeyPeriod } from '../../../lib/key-history/key-history.ts';

/** One row per period, as an auditor files it: ISO 8601 UTC, inferred ends said as such. */
export interface HistoryRow {
  provider: string;
  fingerprint: string;
  type: string;
  arn: string;
  /** Null when the period began before the tenant recorded anything (the tenant's start). */
  from: string | null;
  /** Null while the key is current, or when the end is not known. */
  to: string | null;
  current: boolean;
  endInferred: boolean;
  startInferred: boolean;
}

const utc = (iso: string) => new Date(iso).toISOString();

export function toHistoryRow({ provider, start, end }: KeyPeriod): HistoryRow {
  return {
    provider: provider.name,
    fingerprint: provider.fingerprint,
    type: provider.type,
    arn: provider.arn,
    from: start.kind === 'recorded' ? utc(start.at) : null,
    to: end.kind === 'recorded' || end.kind === 'inferred' ? utc(end.at) : null,
    current: end.kind === 'now',
    endInferred: end.kind === 'inferred',
    startInferred: start.kind !== 'recorded',
  };
}

const COLUMNS = [
  'provider',
  'fingerprint',
  'type',
  'arn',
  'from',
  'to',
  'current',
  'endInferred',
  'startInferred',
] as const satisfies readonly (keyof HistoryRow)[];

export function historyCsv(history: KeyHistory): string {
  const rows = history.periods.map(toHistoryRow);
  return toCsv(
    COLUMNS,
    rows.map((row) => COLUMNS.map((column) => row[column])),
  );
}

export function historyJson(history: KeyHistory, exportedAt: Date): string {
  const body = { exportedAt: exportedAt.toISOString(), periods: history.periods.map(toHistoryRow) };
  return `${JSON.stringify(body, null, 2)}\n`;
}

import { toCsv } from '../../../lib/csv.ts';
import { isApiError } from '../../../api/api-error.ts';
import type { FleetMember } from '../../../api/console-info.ts';
import { isMigrationRunning, type KeyProvider, type Migration } from '../../../api/model.ts';
import { QLIK_DEFAULT_LABEL, labelOf } from '../../../lib/provider-label.ts';
import type { PollEntry } from './fleet-poller.ts';

/** What one look at a tenant brings back: its providers and its migration. */
export interface TenantLook {
  providers: KeyProvider[];
  migration: Migration | null;
}

export type FleetMigration =
  | { state: 'none' }
  | { state: 'running'; percent: number | null }
  | { state: 'completed'; at: string | null };

/** Why a tenant's row has no fresh answer, in the words the page shows. */
export interface FleetProblem {
  kind: 'unreachable' | 'refused' | 'timeout' | 'busy' | 'error';
  /** Short, for the status cell and the filter. */
  label: string;
  /** What happened and what to do. */
  detail: string;
}

export interface FleetRow {
  id: string;
  name: string;
  url: string | null;
  /** Null until the first answer. */
  key: { name: string; type: string; customer: boolean } | null;
  providerCount: number | null;
  migration: FleetMigration | null;
  /** Null when the last check succeeded (or none ended yet). */
  problem: FleetProblem | null;
  checking: boolean;
  /** The last successful answer's time (epoch ms), null before one. */
  checkedAt: number | null;
  /** When the next check is due (epoch ms). */
  nextAt: number;
}

export function migrationOf(migration: Migration | null): FleetMigration {
  if (!migration) return { state: 'none' };
  if (isMigrationRunning(migration)) return { state: 'running', percent: migration.progress };
  return { state: 'completed', at: migration.completedAt };
}

/** Whether a look calls for the fast refresh: a migration runs there. */
export const isMigrating = (look: TenantLook) => isMigrationRunning(look.migration);

export function currentKeyOf(providers: KeyProvider[]): FleetRow['key'] {
  const current = providers.find((provider) => provider.current);
  if (!current || current.isQlikDefault) {
    return { name: QLIK_DEFAULT_LABEL.name, type: QLIK_DEFAULT_LABEL.type, customer: false };
  }
  const label = labelOf(current);
  return { name: label.name, type: label.type, customer: true };
}

const seconds = (ms: number) => `${Math.max(1, Math.round(ms / 1000))} s`;

/** A failed look at a tenant, told apart the way a partner acts on it. */
export function problemOf(error: unknown): FleetProblem {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return timedOut();
  }
  if (!isApiError(error)) {
    return {
      kind: 'error',
      label: 'Error',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  if (error.kind === 'timeout') return timedOut();
  if (error.kind === 'unreachable' || error.kind === 'network') {
    return {
      kind: 'unreachable',
      label: 'Unreachable',
      detail: `${error.title}. Check the tenant's URL and that it is up; the console keeps trying.`,
    };
  }
  if (error.code === 'CMK-PROXY-CLIENT-REFUSED') {
    return {
      kind: 'refused',
      label: 'OAuth client refused',
      detail: error.detail ?? "The tenant refused the console's OAuth client.",
    };
  }
  if (error.status === 401 || error.status === 403) {
    return {
      kind: 'refused',
      label: error.status === 401 ? 'Credentials refused' : 'Not allowed',
      detail:
        error.status === 401
          ? `The tenant refused the console's credentials (401). Check the API key or OAuth client the tenants file names for it.`
          : `The tenant's credentials lack the rights to manage encryption keys (403). The key's user or the OAuth client needs the tenant admin role.`,
    };
  }
  if (error.status === 429) {
    const wait = error.retryAfterMs;
    return {
      kind: 'busy',
      label: 'Busy',
      detail: `The tenant asked the console to slow down (429)${wait ? `; next look in ${seconds(wait)}` : ''}.`,
    };
  }
  return {
    kind: 'error',
    label: `Error ${error.status || ''}`.trim(),
    detail: error.detail ? `${error.title}: ${error.detail}` : error.title,
  };
}

function timedOut(): FleetProblem {
  return {
    kind: 'timeout',
    label: 'No answer',
    detail: 'The tenant did not answer within 10 s; the console tries again later.',
  };
}

export function rowOf(member: FleetMember, entry: PollEntry<TenantLook> | undefined): FleetRow {
  const look = entry?.result;
  return {
    id: member.id,
    name: member.name,
    url: member.url,
    key: look ? currentKeyOf(look.providers) : null,
    providerCount: look ? look.providers.length : null,
    migration: look ? migrationOf(look.migration) : null,
    problem: entry?.error === undefined ? null : problemOf(entry.error),
    checking: entry?.checking ?? true,
    checkedAt: entry?.succeededAt ?? null,
    nextAt: entry?.nextAt ?? 0,
  };
}

/** A row that has had its first answer, good or bad. */
export const isFilled = (row: FleetRow) => row.key !== null || row.problem !== null;

export interface FleetSummary {
  total: number;
  customer: number;
  qlikDefault: number;
  migrating: number;
  problems: number;
  unreachable: number;
  refused: number;
  pending: number;
}

export function summarize(rows: readonly FleetRow[]): FleetSummary {
  const count = (test: (row: FleetRow) => boolean) => rows.filter(test).length;
  return {
    total: rows.length,
    customer: count((row) => row.key?.customer === true),
    qlikDefault: count((row) => row.key?.customer === false),
    migrating: count((row) => row.migration?.state === 'running'),
    problems: count((row) => row.problem !== null),
    unreachable: count((row) => row.problem?.kind === 'unreachable'),
    refused: count((row) => row.problem?.kind === 'refused'),
    pending: count((row) => !isFilled(row)),
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const others = (summary: FleetSummary) => summary.problems - summary.unreachable - summary.refused;

/** "12 tenants: 9 on a customer key, 2 on the Qlik default, 1 migrating, 1 unreachable". */
export function summaryText(summary: FleetSummary): string {
  const parts = [
    summary.customer && `${summary.customer} on a customer key`,
    summary.qlikDefault && `${summary.qlikDefault} on the Qlik default`,
    summary.migrating && `${summary.migrating} migrating`,
    summary.unreachable && `${summary.unreachable} unreachable`,
    summary.refused && `${summary.refused} refusing the console's credentials`,
    others(summary) && `${others(summary)} with another problem`,
    summary.pending && `${summary.pending} not checked yet`,
  ].filter(Boolean);
  const head = plural(summary.total, 'tenant');
  return parts.length ? `${head}: ${parts.join(', ')}` : head;
}

export type FleetFilter = 'all' | 'customer' | 'qlik-default' | 'migrating' | 'problem';

export const FLEET_FILTERS: readonly { value: FleetFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'customer', label: 'Customer key' },
  { value: 'qlik-default', label: 'Qlik default' },
  { value: 'migrating', label: 'Migrating' },
  { value: 'problem', label: 'Problem' },
];

export const readFilter = (value: string | null): FleetFilter =>
  FLEET_FILTERS.find((filter) => filter.value === value)?.value ?? 'all';

export function filterRows(rows: readonly FleetRow[], filter: FleetFilter, search: string) {
  const needle = search.trim().toLowerCase();
  return rows.filter((row) => {
    if (filter === 'customer' && row.key?.customer !== true) return false;
    if (filter === 'qlik-default' && row.key?.customer !== false) return false;
    if (filter === 'migrating' && row.migration?.state !== 'running') return false;
    if (filter === 'problem' && row.problem === null) return false;
    if (!needle) return true;
    return [row.name, row.id, row.url ?? '', row.key?.name ?? ''].some((text) =>
      text.toLowerCase().includes(needle),
    );
  });
}

export type FleetSortColumn = 'name' | 'key' | 'providers' | 'migration' | 'status';
export type FleetSort = { column: FleetSortColumn; direction: 'asc' | 'desc' };

const COLUMNS: readonly FleetSortColumn[] = ['name', 'key', 'providers', 'migration', 'status'];

export function readFleetSort(column: string | null, direction: string | null): FleetSort {
  return {
    column: COLUMNS.find((candidate) => candidate === column) ?? 'name',
    direction: direction === 'desc' ? 'desc' : 'asc',
  };
}

const migrationRank = (row: FleetRow) =>
  row.migration?.state === 'running' ? 0 : row.migration?.state === 'completed' ? 1 : 2;
/** Problems first when sorting by status, ascending: that is what a partner looks for. */
const statusRank = (row: FleetRow) => (row.problem ? 0 : isFilled(row) ? 2 : 1);

const sortKeys: Record<FleetSortColumn, (row: FleetRow) => string | number> = {
  name: (row) => row.name.toLowerCase(),
  key: (row) => `${row.key?.customer ? 0 : 1}${(row.key?.name ?? '\uffff').toLowerCase()}`,
  providers: (row) => row.providerCount ?? -1,
  migration: migrationRank,
  status: statusRank,
};

export function sortRows(rows: readonly FleetRow[], sort: FleetSort): FleetRow[] {
  const key = sortKeys[sort.column];
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: key(row), name: row.name.toLowerCase() }));
  keyed.sort((a, b) => {
    if (a.key < b.key) return -sign;
    if (a.key > b.key) return sign;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
  return keyed.map((entry) => entry.row);
}

export function migrationText(migration: FleetMigration | null): string {
  if (!migration) return '';
  if (migration.state === 'none') return 'None';
  if (migration.state === 'running') {
    return migration.percent === null ? 'Migrating' : `Migrating ${migration.percent} %`;
  }
  return 'Completed';
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The fleet table as CSV (times in ISO 8601 UTC), in the order shown. */
export function fleetCsv(rows: readonly FleetRow[]): string {
  return toCsv(
    [
      'Tenant',
      'Id',
      'URL',
      'Current key',
      'Key type',
      'Key providers',
      'Migration',
      'Migration completed at',
      'Status',
      'Problem',
      'Last answer at',
    ],
    rows.map((row) => [
      row.name,
      row.id,
      row.url,
      row.key?.name ?? null,
      row.key?.type ?? null,
      row.providerCount,
      migrationText(row.migration),
      row.migration?.state === 'completed' ? row.migration.at : null,
      row.problem ? row.problem.label : isFilled(row) ? 'OK' : 'Not checked yet',
      row.problem?.detail ?? null,
      iso(row.checkedAt),
    ]),
  );
}

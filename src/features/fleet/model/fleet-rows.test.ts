import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error.ts';
import { QLIK_MANAGED_ARN } from '../../../api/model.ts';
import { aKeyProvider } from '../../../testing/test-key-provider.ts';
import { aMigration } from '../../../testing/test-migration.ts';
import type { PollEntry } from './fleet-poller.ts';
import {
  fleetCsv,
  filterRows,
  problemOf,
  rowOf,
  sortRows,
  summarize,
  summaryText,
  type FleetRow,
  type TenantLook,
} from './fleet-rows.ts';

const qlik = aKeyProvider({
  name: 'Qlik Internal Kms',
  arn: QLIK_MANAGED_ARN,
  type: 'Qlik',
  isQlikDefault: true,
  current: false,
});
const customer = aKeyProvider({
  name: 'Acme EU key',
  arn: 'arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555',
  current: true,
});

function entry(id: string, change: Partial<PollEntry<TenantLook>>): PollEntry<TenantLook> {
  return {
    id,
    result: undefined,
    error: undefined,
    checking: false,
    checkedAt: 1_000,
    succeededAt: 1_000,
    failures: 0,
    nextAt: 61_000,
    ...change,
  };
}

const member = (id: string, name = id) => ({ id, name, url: `https://${id}.eu.qlikcloud.com` });

const onCustomer = rowOf(
  member('acme', 'Acme Corp'),
  entry('acme', { result: { providers: [qlik, customer], migration: null } }),
);
const onDefault = rowOf(
  member('globex', 'Globex'),
  entry('globex', {
    result: { providers: [{ ...qlik, current: true }], migration: null },
  }),
);
const migrating = rowOf(
  member('hooli', 'Hooli'),
  entry('hooli', {
    result: {
      providers: [qlik, { ...customer, current: false }],
      migration: aMigration({ state: 'InProgress', progress: 42 }),
    },
  }),
);
const unreachable = rowOf(
  member('initech', 'Initech'),
  entry('initech', {
    succeededAt: null,
    failures: 2,
    error: new ApiError({
      operation: 'listKeyProviders',
      kind: 'unreachable',
      status: 502,
      title: 'The tenant cannot be reached',
    }),
  }),
);
const pending = rowOf(member('umbrella', 'Umbrella'), undefined);

describe('rowOf', () => {
  // During a migration the source stays current until it completes: Hooli is still on the default.
  it('reads the current key, the provider count and the migration', () => {
    expect(onCustomer).toMatchObject({
      key: { name: 'Acme EU key', type: 'AWS KMS', customer: true },
      providerCount: 2,
      migration: { state: 'none' },
      problem: null,
    });
    expect(onDefault.key).toEqual({ name: 'Qlik default', type: 'Qlik managed', customer: false });
    expect(migrating.migration).toEqual({ state: 'running', percent: 42 });
  });

  it('says a completed migration and when', () => {
    const row = rowOf(
      member('a'),
      entry('a', {
        result: {
          providers: [qlik, customer],
          migration: aMigration({ state: 'Completed', completedAt: '2026-11-01T10:00:00Z' }),
        },
      }),
    );
    expect(row.migration).toEqual({ state: 'completed', at: '2026-11-01T10:00:00Z' });
  });

  it('keeps the last answer beside a later problem', () => {
    const row = rowOf(
      member('a'),
      entry('a', {
        result: { providers: [qlik, customer], migration: null },
        error: new DOMException('late', 'TimeoutError'),
      }),
    );
    expect(row.key?.name).toBe('Acme EU key');
    expect(row.problem?.kind).toBe('timeout');
  });
});

describe('problemOf', () => {
  const http = (status: number, retryAfterMs?: number) =>
    new ApiError({
      operation: 'listKeyProviders',
      kind: 'http',
      status,
      title: 'Refused',
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });

  it('tells refused credentials, missing rights, a busy tenant and timeouts apart', () => {
    expect(problemOf(http(401))).toMatchObject({ kind: 'refused', label: 'Credentials refused' });
    expect(problemOf(http(403))).toMatchObject({ kind: 'refused', label: 'Not allowed' });
    expect(problemOf(http(429, 30_000)).detail).toContain('next look in 30 s');
    expect(problemOf(new DOMException('x', 'TimeoutError')).kind).toBe('timeout');
    expect(
      problemOf(new ApiError({ operation: 'unknown', kind: 'timeout', status: 0, title: 't' }))
        .kind,
    ).toBe('timeout');
    expect(problemOf(http(500))).toMatchObject({ kind: 'error', label: 'Error 500' });
  });

  it('counts a console that cannot reach its own server as unreachable too', () => {
    const error = new ApiError({ operation: 'unknown', kind: 'network', status: 0, title: 'x' });
    expect(problemOf(error).kind).toBe('unreachable');
  });
});

const rows: FleetRow[] = [onCustomer, onDefault, migrating, unreachable, pending];

describe('summary', () => {
  it('counts the fleet the way the issue words it', () => {
    expect(summaryText(summarize(rows))).toBe(
      '5 tenants: 1 on a customer key, 2 on the Qlik default, 1 migrating, 1 unreachable, 1 not checked yet',
    );
    expect(summaryText(summarize([onCustomer]))).toBe('1 tenant: 1 on a customer key');
    const refused = rowOf(
      member('a'),
      entry('a', {
        error: new ApiError({ operation: 'unknown', kind: 'http', status: 401, title: 'No' }),
      }),
    );
    const busy = rowOf(
      member('b'),
      entry('b', {
        error: new ApiError({ operation: 'unknown', kind: 'http', status: 429, title: 'Slow' }),
      }),
    );
    expect(summaryText(summarize([refused, busy]))).toBe(
      "2 tenants: 1 refusing the console's credentials, 1 with another problem",
    );
  });
});

describe('filterRows', () => {
  it('filters by key type, migrating and problem, and searches names, ids, URLs and keys', () => {
    const names = (list: FleetRow[]) => list.map((row) => row.id);
    expect(names(filterRows(rows, 'customer', ''))).toEqual(['acme']);
    expect(names(filterRows(rows, 'qlik-default', ''))).toEqual(['globex', 'hooli']);
    expect(names(filterRows(rows, 'migrating', ''))).toEqual(['hooli']);
    expect(names(filterRows(rows, 'problem', ''))).toEqual(['initech']);
    expect(names(filterRows(rows, 'all', 'EU KEY'))).toEqual(['acme']);
    expect(names(filterRows(rows, 'all', 'initech.eu'))).toEqual(['initech']);
  });
});

describe('sortRows', () => {
  it('sorts by each column, ties by name', () => {
    const ids = (column: Parameters<typeof sortRows>[1]['column'], direction: 'asc' | 'desc') =>
      sortRows(rows, { column, direction }).map((row) => row.id);
    expect(ids('name', 'asc')).toEqual(['acme', 'globex', 'hooli', 'initech', 'umbrella']);
    expect(ids('name', 'desc')).toEqual(['umbrella', 'initech', 'hooli', 'globex', 'acme']);
    expect(ids('status', 'asc')[0]).toBe('initech');
    expect(ids('migration', 'asc')[0]).toBe('hooli');
    expect(ids('key', 'asc').slice(0, 3)).toEqual(['acme', 'globex', 'hooli']);
    expect(ids('providers', 'desc').slice(0, 2)).toEqual(['acme', 'hooli']);
  });
});

describe('fleetCsv', () => {
  it('writes one line per row with ISO times and the problem in words', () => {
    const lines = fleetCsv([onCustomer, unreachable]).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Tenant,Id,URL,Current key,Key type,Key providers,Migration,Migration completed at,Status,Problem,Last answer at',
    );
    expect(lines[1]).toBe(
      'Acme Corp,acme,https://acme.eu.qlikcloud.com,Acme EU key,AWS KMS,2,None,,OK,,1970-01-01T00:00:01.000Z',
    );
    expect(lines[2]).toContain(
      'Initech,initech,https://initech.eu.qlikcloud.com,,,,,,Unreachable,',
    );
  });
});

describe('problemOf for the console’s own refusals', () => {
  it('passes on the server’s words when the tenant refused the OAuth client', () => {
    const error = new ApiError({
      operation: 'listKeyProviders',
      kind: 'http',
      status: 401,
      code: 'CMK-PROXY-CLIENT-REFUSED',
      title: 'OAuth client refused',
      detail:
        "The tenant refused the console's OAuth client: check GLOBEX_CLIENT_ID and GLOBEX_CLIENT_SECRET",
    });
    expect(problemOf(error)).toEqual({
      kind: 'refused',
      label: 'OAuth client refused',
      detail: error.detail,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { aKeyProvider } from '../../testing/test-key-provider.ts';
import type { Migration } from '../../api/model.ts';
import { buildKeyHistory, inferredDemotions, periodAt, type KeyPeriod } from './key-history.ts';

const provider = aKeyProvider;

/** The reference's `/actions/list` example, after normalisation (zero dates and `Qlik managed` → null). */
const qlikDefault = provider({
  fingerprint: 'ImTRa-bkJTD-NZRYjNBa_rDhwSVA6Qo8',
  arn: '#QLIK_MANAGED_KEY_PROVIDER#',
  name: 'Qlik Internal Kms',
  type: 'Qlik',
  isQlikDefault: true,
  promotedToCurrentAt: '2023-06-21T18:45:57.000Z',
});
const cmk01 = provider({
  fingerprint: '9f352c5a9c1618485051892cb57467e4',
  name: 'CMK - 01',
  createdAt: '2023-06-21T18:43:49.000Z',
  promotedToCurrentAt: '2023-06-21T18:43:54.000Z',
  demotedFromCurrentAt: '2023-06-21T18:45:57.000Z',
});
const cmk02 = provider({
  fingerprint: 'b5fe2c83b25f9e39487bca28f69e4210',
  name: 'CMK - 02',
  current: true,
  createdAt: '2023-06-21T18:59:17.000Z',
  promotedToCurrentAt: '2023-06-21T18:59:18.000Z',
});

const summary = (periods: KeyPeriod[]) =>
  periods.map(({ provider: { name }, start, end }) => ({
    name,
    from: start.kind === 'recorded' ? start.at : start.kind,
    to: end.kind === 'now' || end.kind === 'unknown' ? end.kind : `${end.kind} ${end.at}`,
  }));

describe('buildKeyHistory', () => {
  it('reads the documented tenant newest first, inferring the Qlik default’s end', () => {
    const history = buildKeyHistory([qlikDefault, cmk01, cmk02]);
    expect(summary(history.periods)).toEqual([
      { name: 'CMK - 02', from: '2023-06-21T18:59:18.000Z', to: 'now' },
      {
        name: 'Qlik Internal Kms',
        from: '2023-06-21T18:45:57.000Z',
        to: 'inferred 2023-06-21T18:59:18.000Z',
      },
      {
        name: 'CMK - 01',
        from: '2023-06-21T18:43:54.000Z',
        to: 'recorded 2023-06-21T18:45:57.000Z',
      },
      { name: 'Qlik Internal Kms', from: 'tenant-start', to: 'inferred 2023-06-21T18:43:54.000Z' },
    ]);
    expect(history.unplaced).toEqual([]);
  });

  it('gives the tables the inferred demotion of the Qlik default only', () => {
    const inferred = inferredDemotions(buildKeyHistory([qlikDefault, cmk01, cmk02]));
    expect([...inferred]).toEqual([[qlikDefault.fingerprint, '2023-06-21T18:59:18.000Z']]);
  });

  it('shows a tenant that never left the Qlik default as one current period', () => {
    const onDefault = {
      ...qlikDefault,
      current: true,
      promotedToCurrentAt: '2024-03-12T09:14:27Z',
    };
    const history = buildKeyHistory([onDefault]);
    expect(summary(history.periods)).toEqual([
      { name: 'Qlik Internal Kms', from: '2024-03-12T09:14:27Z', to: 'now' },
    ]);
    expect(inferredDemotions(history).size).toBe(0);
  });

  it('lists keys it cannot place apart, with the reason', () => {
    const currentUndated = { ...cmk02, promotedToCurrentAt: null };
    const demotedOnly = { ...cmk01, promotedToCurrentAt: null };
    const neverCurrent = provider({ fingerprint: 'never', name: 'Spare' });
    const history = buildKeyHistory([qlikDefault, demotedOnly, currentUndated, neverCurrent]);
    expect(summary(history.periods)).toEqual([
      { name: 'Qlik Internal Kms', from: '2023-06-21T18:45:57.000Z', to: 'unknown' },
    ]);
    expect(history.unplaced.map(({ provider: { name }, reason }) => [name, reason])).toEqual([
      ['CMK - 01', expect.stringContaining('not when it became current')],
      ['CMK - 02', expect.stringContaining('did not record when it became current')],
    ]);
  });

  it('orders equal promotion times so the current key comes last', () => {
    const at = '2025-01-01T00:00:00.000Z';
    const a = provider({ fingerprint: 'a', name: 'A', current: true, promotedToCurrentAt: at });
    const b = provider({ fingerprint: 'b', name: 'B', promotedToCurrentAt: at });
    expect(summary(buildKeyHistory([a, b]).periods)).toEqual([
      { name: 'A', from: at, to: 'now' },
      { name: 'B', from: at, to: `inferred ${at}` },
    ]);
  });

  it('keeps the current key current while a migration to another runs', () => {
    const migration: Migration = {
      id: 'm1',
      state: 'InProgress',
      progress: 42,
      tenantId: 'tenant',
      initiatedAt: '2025-02-01T10:00:00.000Z',
      completedAt: null,
      migratingTo: cmk01.arn,
      migratingFrom: cmk02.arn,
      migratingToFingerprint: cmk01.fingerprint,
      migratingToPrefix: null,
    };
    const history = buildKeyHistory([qlikDefault, cmk01, cmk02], migration);
    expect(history.periods[0]?.provider.name).toBe('CMK - 02');
    expect(history.periods[0]?.end).toEqual({ kind: 'now' });
    expect(history.migration).toBe(migration);
  });
});

describe('periodAt', () => {
  const history = buildKeyHistory([qlikDefault, cmk01, cmk02]);
  const at = (iso: string) => periodAt(history, Date.parse(iso))?.provider.name;

  it('finds the key that was current at an instant, ends exclusive', () => {
    expect(at('2023-06-21T18:44:00Z')).toBe('CMK - 01');
    expect(at('2023-06-21T18:45:57Z')).toBe('Qlik Internal Kms');
    expect(at('2023-06-21T18:59:18Z')).toBe('CMK - 02');
    expect(at('2030-01-01T00:00:00Z')).toBe('CMK - 02');
  });

  it('places instants before the first promotion on the Qlik default', () => {
    expect(at('2020-01-01T00:00:00Z')).toBe('Qlik Internal Kms');
  });

  it('finds nothing after a period whose end is unknown', () => {
    const lone = buildKeyHistory([{ ...cmk01, demotedFromCurrentAt: null }]);
    expect(periodAt(lone, Date.parse('2024-01-01T00:00:00Z'))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { aKeyProvider } from '../../../testing/test-key-provider.ts';
import type { KeyProvider } from '../../../api/model.ts';
import { filterProviders, readSort, sortProviders } from './table-model.ts';

const provider = (overrides: Partial<KeyProvider>): KeyProvider =>
  aKeyProvider({
    arn: 'arn:aws:kms:us-east-1:123456789012:alias/x',
    name: 'x',
    tenantId: null,
    ...overrides,
  });

const qlik = provider({
  name: 'Qlik Internal Kms',
  arn: '#QLIK_MANAGED_KEY_PROVIDER#',
  fingerprint: 'TenantId123',
  type: 'Qlik',
  isQlikDefault: true,
});
const alpha = provider({
  name: 'alpha',
  arn: 'arn:aws:kms:eu-west-1:111111111111:key/aaa',
  fingerprint: 'aaaa1111',
  createdAt: '2023-01-01T00:00:00.000Z',
  promotedToCurrentAt: '2023-02-01T00:00:00.000Z',
});
const beta = provider({
  name: 'Beta',
  arn: 'arn:aws:kms:us-east-1:222222222222:key/bbb',
  fingerprint: 'bbbb2222',
  createdAt: '2024-01-01T00:00:00.000Z',
  current: true,
});
const all = [qlik, alpha, beta];
const names = (list: KeyProvider[]) => list.map((p) => p.name);

describe('filterProviders', () => {
  it.each([
    ['BETA', ['Beta']],
    ['eu-west-1', ['alpha']],
    ['222222222222', ['Beta']],
    ['AAAA11', ['alpha']],
    ['tenantid', ['Qlik Internal Kms']],
    ['  ', ['Qlik Internal Kms', 'alpha', 'Beta']],
    ['nothing-like-this', []],
  ])('%j finds %j', (search, expected) => {
    expect(names(filterProviders(all, search))).toEqual(expected);
  });
});

describe('sortProviders', () => {
  it('puts the current key first by default, then the Qlik default', () => {
    expect(names(sortProviders(all, readSort(null, null)))).toEqual([
      'Beta',
      'Qlik Internal Kms',
      'alpha',
    ]);
  });

  it('sorts names case-insensitively both ways', () => {
    expect(names(sortProviders(all, { column: 'name', direction: 'asc' }))).toEqual([
      'alpha',
      'Beta',
      'Qlik Internal Kms',
    ]);
    expect(names(sortProviders(all, { column: 'name', direction: 'desc' }))).toEqual([
      'Qlik Internal Kms',
      'Beta',
      'alpha',
    ]);
  });

  it('keeps "never" and "Qlik managed" dates last in either direction', () => {
    expect(names(sortProviders(all, { column: 'created', direction: 'desc' }))).toEqual([
      'Beta',
      'alpha',
      'Qlik Internal Kms',
    ]);
    expect(names(sortProviders(all, { column: 'promoted', direction: 'asc' }))).toEqual([
      'alpha',
      'Beta',
      'Qlik Internal Kms',
    ]);
  });

  it('sorts by the region parsed from the ARN', () => {
    expect(names(sortProviders(all, { column: 'region', direction: 'asc' }))).toEqual([
      'alpha',
      'Beta',
      'Qlik Internal Kms',
    ]);
  });

  it('breaks ties by name in a part of the list, given the whole list', () => {
    const aws = [beta, alpha]; // the same type: a tie
    for (const direction of ['asc', 'desc'] as const) {
      expect(names(sortProviders(aws, { column: 'type', direction }, all))).toEqual([
        'alpha',
        'Beta',
      ]);
    }
    // Providers the whole list does not hold are compared among themselves.
    const copies = aws.map((p) => ({ ...p }));
    expect(names(sortProviders(copies, { column: 'type', direction: 'asc' }, all))).toEqual([
      'alpha',
      'Beta',
    ]);
  });

  it('does not change the list it was given', () => {
    const copy = [...all];
    sortProviders(all, { column: 'name', direction: 'desc' });
    expect(all).toEqual(copy);
  });

  it('reads an unknown sort from the URL as the default', () => {
    expect(readSort('arn; drop', 'up')).toEqual({ column: 'status', direction: 'asc' });
    expect(readSort('created', 'desc')).toEqual({ column: 'created', direction: 'desc' });
  });
});

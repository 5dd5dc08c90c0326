import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { readDate, toKeyProvider, toKeyProviderList, toMigration } from './normalize.ts';

const qlikDefault = {
  arn: '#QLIK_MANAGED_KEY_PROVIDER#',
  qcg: false,
  name: 'Qlik Internal Kms',
  tenantId: 'ImTRa-bkJTD-NZRYjNBa_rDhwSVA6Qo8',
  createdAt: 'Qlik managed',
  description: 'Default key management service',
  keyprovider: 'Qlik',
  multiRegion: false,
  replicaKeys: [],
  arnFingerPrint: 'ImTRa-bkJTD-NZRYjNBa_rDhwSVA6Qo8',
  promotedToCurrentAt: '2023-06-21T18:45:57Z',
  demotedFromCurrentAt: '0001-01-01T00:00:00Z',
};

describe('readDate', () => {
  it('treats the zero date and "Qlik managed" as none', () => {
    expect(readDate('0001-01-01T00:00:00Z')).toBeNull();
    expect(readDate('Qlik managed')).toBeNull();
    expect(readDate(undefined)).toBeNull();
  });

  it('keeps real dates, nanoseconds included', () => {
    expect(readDate('2023-06-21T18:59:18Z')).toBe('2023-06-21T18:59:18.000Z');
    expect(readDate('2023-07-18T12:08:04.634711507Z')).toBe('2023-07-18T12:08:04.634Z');
  });
});

describe('toKeyProvider', () => {
  it('reads the Qlik default of /actions/list', () => {
    const provider = toKeyProvider(qlikDefault, 'listKeyProviders');
    expect(provider).toMatchObject({
      fingerprint: 'ImTRa-bkJTD-NZRYjNBa_rDhwSVA6Qo8',
      type: 'Qlik',
      isQlikDefault: true,
      current: false,
      createdAt: null,
      promotedToCurrentAt: '2023-06-21T18:45:57.000Z',
      demotedFromCurrentAt: null,
      drCompliant: undefined,
      complianceProblems: [],
    });
  });

  it('reads both spellings of the type field', () => {
    const base = { arn: 'arn:aws:kms:us-east-1:857519135519:key/x', name: 'k' };
    expect(toKeyProvider({ ...base, keyprovider: 'AWS-KMS' }, 'getKeyProvider').type).toBe(
      'AWS-KMS',
    );
    expect(toKeyProvider({ ...base, keyProvider: 'AWS-KMS' }, 'getKeyProvider').type).toBe(
      'AWS-KMS',
    );
    expect(toKeyProvider({ ...base, keyProvider: 'Qlik' }, 'getKeyProvider').isQlikDefault).toBe(
      true,
    );
  });

  it('reads complianceError as an object or an array, and drops empty ones', () => {
    const base = { arn: 'arn:aws:kms:eu-west-1:111222334455:key/mrk-1', name: 'k' };
    const problem = { code: 'Encryption-88', region: 'eu-west-3', message: 'no GenerateDataKey' };
    expect(
      toKeyProvider({ ...base, drCompliant: false, complianceError: problem }, 'testKeyProvider'),
    ).toMatchObject({ drCompliant: false, complianceProblems: [problem] });
    expect(
      toKeyProvider({ ...base, complianceError: [problem, problem] }, 'testKeyProvider')
        .complianceProblems,
    ).toHaveLength(2);
    expect(
      toKeyProvider(
        { ...base, complianceError: { code: '', region: '', message: '' } },
        'testKeyProvider',
      ).complianceProblems,
    ).toEqual([]);
  });

  it('defaults a missing fingerprint to empty (GET /keyproviders omits it)', () => {
    const provider = toKeyProvider(
      { arn: 'arn:x', name: 'n', current: true },
      'listAwsKeyProviders',
    );
    expect(provider.fingerprint).toBe('');
    expect(provider.current).toBe(true);
  });

  it('refuses a provider without ARN or name as malformed', () => {
    expect(() => toKeyProvider({ name: 'n' }, 'getKeyProvider')).toThrow(ApiError);
    expect(() => toKeyProviderList({ errors: [] }, 'listKeyProviders')).toThrow(
      expect.objectContaining({ kind: 'malformed', operation: 'listKeyProviders' }),
    );
  });
});

describe('toMigration', () => {
  it('reads the tutorial migrate response (migrationId, migratingToFingerPrint, no progress)', () => {
    const migration = toMigration(
      {
        migrationId: 'c75088bc-cfba-410a-aeda-2a5dd797f528',
        tenantId: 't',
        migratingFrom: 'v1:rTfj',
        migratingTo: 'arn:aws:kms:us-east-1:1:key/k',
        migratingToFingerPrint: 'fp1',
        migratingToPrefix: '#BYOKv1#:fp1',
        state: 'New',
        initiatedAt: '2023-07-18T12:08:04.634711507Z',
        completedAt: '0001-01-01T00:00:00Z',
      },
      'migrateKeyProvider',
    );
    expect(migration).toMatchObject({
      id: 'c75088bc-cfba-410a-aeda-2a5dd797f528',
      migratingToFingerprint: 'fp1',
      progress: null,
      completedAt: null,
      initiatedAt: '2023-07-18T12:08:04.634Z',
    });
  });

  it('reads the spec details response (id, migratingToFingerprint, progress)', () => {
    const migration = toMigration(
      { id: 'm1', state: 'InProgress', progress: 42.5, migratingToFingerprint: 'fp2' },
      'getMigrationDetails',
    );
    expect(migration).toMatchObject({ id: 'm1', progress: 42.5, migratingToFingerprint: 'fp2' });
  });

  it('clamps progress and refuses unknown states', () => {
    expect(toMigration({ state: 'Completed', progress: 130 }, 'getMigrationDetails').progress).toBe(
      100,
    );
    expect(() => toMigration({ state: 'Paused' }, 'getMigrationDetails')).toThrow(
      expect.objectContaining({ kind: 'malformed' }),
    );
  });
});

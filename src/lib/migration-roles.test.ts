import { describe, expect, it } from 'vitest';
import type { KeyProvider } from '../api/model.ts';
import { aMigration } from '../testing/test-migration.ts';
import { migrationRole } from './migration-roles.ts';

const base = {
  description: '',
  tenantId: 't',
  createdAt: null,
  promotedToCurrentAt: null,
  demotedFromCurrentAt: null,
  multiRegion: false,
  replicaKeys: [],
  drCompliant: undefined,
  complianceProblems: [],
};
const qlik: KeyProvider = {
  ...base,
  fingerprint: 'tenant-id',
  arn: '#QLIK_MANAGED_KEY_PROVIDER#',
  name: 'Qlik Internal Kms',
  type: 'Qlik',
  isQlikDefault: true,
  current: true,
};
const cmk01: KeyProvider = {
  ...base,
  fingerprint: '9f352c5a9c1618485051892cb57467e4',
  arn: 'arn:aws:kms:us-east-1:857519135519:key/e4e84fc7-7817-4121-b927-9d1d4ef03f1d',
  name: 'CMK - 01',
  type: 'AWS-KMS',
  isQlikDefault: false,
  current: false,
};
const cmk02: KeyProvider = {
  ...cmk01,
  fingerprint: 'b5fe',
  arn: 'arn:aws:kms:us-east-1:857519135519:key/b6a2a74c-fb34-464a-8ea6-d867fd3b9438',
  name: 'CMK - 02',
};

describe('migrationRole', () => {
  it('marks the target with its progress and the Qlik default (opaque v1: id) as the source', () => {
    const running = aMigration({ progress: 42 });
    expect(migrationRole(cmk01, running)).toEqual({ role: 'target', progress: 42 });
    expect(migrationRole(qlik, running)).toEqual({ role: 'source' });
    expect(migrationRole(cmk02, running)).toBeNull();
  });

  it('finds an AWS source by its ARN and a reset target by the managed ARN', () => {
    const reset = aMigration({
      migratingFrom: cmk02.arn,
      migratingTo: '#QLIK_MANAGED_KEY_PROVIDER#',
      migratingToFingerprint: null,
    });
    expect(migrationRole(cmk02, reset)).toEqual({ role: 'source' });
    expect(migrationRole(qlik, reset)).toEqual({ role: 'target', progress: 10 });
    expect(migrationRole(cmk01, reset)).toBeNull();
  });

  it('falls back to the current key as the source and counts a missing progress as 0', () => {
    const unnamed = aMigration({ migratingFrom: null, progress: null });
    expect(migrationRole(qlik, unnamed)).toEqual({ role: 'source' });
    expect(migrationRole(cmk01, unnamed)).toEqual({ role: 'target', progress: 0 });
  });

  it('gives no role once the migration completed, or when none ever ran', () => {
    expect(migrationRole(cmk01, aMigration({ state: 'Completed', progress: 100 }))).toBeNull();
    expect(migrationRole(cmk01, null)).toBeNull();
  });
});

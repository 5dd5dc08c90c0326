import { describe, expect, it } from 'vitest';
import type { KeyProvider } from '../api/model.ts';
import { migrationEnds, regionOfArn } from './provider-label.ts';
import { aMigration } from '../testing/test-migration.ts';

const cmk01 = {
  fingerprint: '9f352c5a9c1618485051892cb57467e4',
  arn: 'arn:aws:kms:us-east-1:857519135519:key/e4e84fc7-7817-4121-b927-9d1d4ef03f1d',
  name: 'CMK - 01',
  isQlikDefault: false,
} as KeyProvider;

describe('migration ends', () => {
  it('reads the region from the ARN', () => {
    expect(regionOfArn(cmk01.arn)).toBe('us-east-1');
    expect(regionOfArn('#QLIK_MANAGED_KEY_PROVIDER#')).toBeNull();
  });
  it('resolves the target by fingerprint and an opaque v1: source as the Qlik default', () => {
    const { from, to } = migrationEnds([cmk01], aMigration());
    expect(to).toEqual({ name: 'CMK - 01', type: 'AWS KMS', region: 'us-east-1' });
    expect(from.type).toBe('Qlik managed');
  });
  it('falls back to the ARN when the provider is unknown', () => {
    const { to } = migrationEnds([], aMigration({ migratingToFingerprint: 'other' }));
    expect(to.region).toBe('us-east-1');
    expect(to.name).toContain('arn:aws:kms');
  });
});

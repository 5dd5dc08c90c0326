import type { KeyProvider } from '../api/model.ts';

/** A customer key provider as the client holds it after normalisation; tests say what matters. */
export function aKeyProvider(overrides: Partial<KeyProvider> = {}): KeyProvider {
  return {
    fingerprint: 'fp',
    arn: 'arn:aws:kms:us-east-1:857519135519:key/e4e84fc7-7817-4121-b927-9d1d4ef03f1d',
    name: 'Key',
    description: '',
    type: 'AWS-KMS',
    isQlikDefault: false,
    current: false,
    tenantId: 'tenant',
    createdAt: null,
    promotedToCurrentAt: null,
    demotedFromCurrentAt: null,
    multiRegion: false,
    replicaKeys: [],
    drCompliant: undefined,
    complianceProblems: [],
    ...overrides,
  };
}

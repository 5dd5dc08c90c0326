import type { Migration } from '../api/model.ts';

export function aMigration(overrides: Partial<Migration> = {}): Migration {
  return {
    id: 'm-1',
    state: 'InProgress',
    progress: 10,
    tenantId: 't',
    initiatedAt: '2026-01-01T10:00:00.000Z',
    completedAt: null,
    migratingTo: 'arn:aws:kms:us-east-1:857519135519:key/e4e84fc7-7817-4121-b927-9d1d4ef03f1d',
    migratingFrom: 'v1:abc:def',
    migratingToFingerprint: '9f352c5a9c1618485051892cb57467e4',
    migratingToPrefix: '#BYOKv1#:9f352c5a9c1618485051892cb57467e4',
    ...overrides,
  };
}

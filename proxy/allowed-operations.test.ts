import { describe, expect, it } from 'vitest';
import { findAllowedOperation } from './allowed-operations.ts';

const BASE = '/api/v1/encryption/keyproviders';

describe('findAllowedOperation', () => {
  it.each([
    ['GET', `${BASE}/actions/list`, 'listKeyProviders'],
    ['GET', `${BASE}/migration/actions/details`, 'getMigrationDetails'],
    ['GET', `${BASE}/actions`, 'getKeyProvider'],
    ['GET', `${BASE}/migration`, 'getKeyProvider'],
    ['POST', `${BASE}/actions/reset-to-default-provider`, 'resetToDefaultProvider'],
    ['POST', `${BASE}/abc/actions/migrate`, 'migrateKeyProvider'],
    ['DELETE', `${BASE}/a%2Fb`, 'deleteKeyProvider'],
  ])('%s %s is %s', (method, path, name) => {
    expect(findAllowedOperation(method, path)).toBe(name);
  });

  it.each([
    ['get', BASE],
    ['GET', `${BASE}/`],
    ['GET', `${BASE}/a/b`],
    ['POST', `${BASE}/actions/list`],
    ['GET', `/x${BASE}`],
  ])('%s %s is refused', (method, path) => {
    expect(findAllowedOperation(method, path)).toBeUndefined();
  });
});

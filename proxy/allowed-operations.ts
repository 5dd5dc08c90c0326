const BASE = '/api/v1/encryption/keyproviders';
const SEGMENT = '[^/]+';

/** The 10 operations of the encryption API; `{fp}` is one path segment (an ARN fingerprint). */
const OPERATIONS: readonly (readonly [method: string, path: string, name: string])[] = [
  ['GET', '', 'getKeyProviders'],
  ['POST', '', 'createKeyProvider'],
  ['GET', '/actions/list', 'listKeyProviders'],
  ['POST', '/actions/reset-to-default-provider', 'resetToDefaultProvider'],
  ['GET', '/migration/actions/details', 'getMigrationDetails'],
  ['GET', '/{fp}', 'getKeyProvider'],
  ['PATCH', '/{fp}', 'patchKeyProvider'],
  ['DELETE', '/{fp}', 'deleteKeyProvider'],
  ['POST', '/{fp}/actions/migrate', 'migrateKeyProvider'],
  ['POST', '/{fp}/actions/test', 'testKeyProvider'],
];

const MATCHERS = OPERATIONS.map(([method, path, name]) => ({
  method,
  name,
  pattern: new RegExp(`^${BASE}${path.replace('{fp}', SEGMENT)}$`),
}));

/**
 * The operation a request calls, or undefined when the proxy must refuse it. `pathname` must be
 * already normalised (as `new URL()` does), so `..` segments cannot escape the allow-list.
 */
export function findAllowedOperation(method: string, pathname: string): string | undefined {
  return MATCHERS.find((op) => op.method === method && op.pattern.test(pathname))?.name;
}

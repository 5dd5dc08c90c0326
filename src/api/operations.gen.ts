// Generated from openapi/encryption.yaml by scripts/generate-operations.ts: do not edit.
// Regenerate with `npm run api:types`.

export const OPERATIONS = {
  listAwsKeyProviders: {
    method: 'GET',
    path: '/api/v1/encryption/keyproviders',
    changes: false,
    tier: '1',
    limit: 1000,
  },
  createKeyProvider: {
    method: 'POST',
    path: '/api/v1/encryption/keyproviders',
    changes: true,
    tier: '2',
    limit: 100,
  },
  getKeyProvider: {
    method: 'GET',
    path: '/api/v1/encryption/keyproviders/{arnFingerPrint}',
    changes: false,
    tier: '1',
    limit: 1000,
  },
  patchKeyProvider: {
    method: 'PATCH',
    path: '/api/v1/encryption/keyproviders/{arnFingerPrint}',
    changes: true,
    tier: '2',
    limit: 100,
  },
  deleteKeyProvider: {
    method: 'DELETE',
    path: '/api/v1/encryption/keyproviders/{arnFingerPrint}',
    changes: true,
    tier: '2',
    limit: 100,
  },
  migrateKeyProvider: {
    method: 'POST',
    path: '/api/v1/encryption/keyproviders/{arnFingerPrint}/actions/migrate',
    changes: true,
    tier: '2',
    limit: 100,
  },
  testKeyProvider: {
    method: 'POST',
    path: '/api/v1/encryption/keyproviders/{arnFingerPrint}/actions/test',
    changes: true,
    tier: '2',
    limit: 100,
  },
  listKeyProviders: {
    method: 'GET',
    path: '/api/v1/encryption/keyproviders/actions/list',
    changes: false,
    tier: '1',
    limit: 1000,
  },
  resetToDefaultProvider: {
    method: 'POST',
    path: '/api/v1/encryption/keyproviders/actions/reset-to-default-provider',
    changes: true,
    tier: '2',
    limit: 100,
  },
  getMigrationDetails: {
    method: 'GET',
    path: '/api/v1/encryption/keyproviders/migration/actions/details',
    changes: false,
    tier: '1',
    limit: 1000,
  },
} as const;

export type OperationId = keyof typeof OPERATIONS;
export type Operation = (typeof OPERATIONS)[OperationId];
export type ApiPath = Operation['path'];
export type HttpMethod = Operation['method'];

export const OPERATION_IDS = Object.keys(OPERATIONS) as OperationId[];

/** Every path template once, literal paths before `{param}` ones so `actions` is never a fingerprint. */
export const API_PATHS: readonly ApiPath[] = [
  ...new Set(OPERATION_IDS.map((id) => OPERATIONS[id].path)),
].sort((a, b) => Number(a.includes('{')) - Number(b.includes('{')));

/** The prefix every operation's path starts with. */
export const API_BASE_PATH = '/api/v1/encryption/keyproviders';

export interface PathMatch {
  path: ApiPath;
  /** Path parameters, still percent-encoded as they came. */
  params: Record<string, string>;
}

/** The template a concrete pathname (no trailing slash, `..` resolved) belongs to. */
export function matchPath(pathname: string): PathMatch | undefined {
  const actual = pathname.split('/');
  for (const path of API_PATHS) {
    const expected = path.split('/');
    if (expected.length !== actual.length) continue;
    const params: Record<string, string> = {};
    const matches = expected.every((part, index) => {
      const value = actual[index] ?? '';
      if (!part.startsWith('{')) return part === value;
      params[part.slice(1, -1)] = value;
      return value !== '';
    });
    if (matches) return { path, params };
  }
  return undefined;
}

/** The methods a template answers, for a 405's Allow header. */
export function methodsOf(path: ApiPath): HttpMethod[] {
  return OPERATION_IDS.filter((id) => OPERATIONS[id].path === path).map(
    (id) => OPERATIONS[id].method,
  );
}

/** The operation a request calls (method is case-sensitive, as HTTP's is), or undefined. */
export function matchOperation(
  method: string,
  pathname: string,
): (PathMatch & { operationId: OperationId }) | undefined {
  const found = matchPath(pathname);
  const operationId =
    found &&
    OPERATION_IDS.find(
      (id) => OPERATIONS[id].path === found.path && OPERATIONS[id].method === method,
    );
  return found && operationId ? { ...found, operationId } : undefined;
}

/** A concrete pathname of an operation, its parameters percent-encoded. */
export function pathOf(operationId: OperationId, params: Record<string, string> = {}): string {
  return OPERATIONS[operationId].path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
}

/** The operation of a (method, path template) pair, as openapi-fetch reports it. */
export function operationOfTemplate(method: string, path: string): OperationId | undefined {
  return OPERATION_IDS.find(
    (id) => OPERATIONS[id].method === method && OPERATIONS[id].path === path,
  );
}

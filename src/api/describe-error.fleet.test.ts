import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.ts';

// In a tenant of a fleet (/t/<id>/…), credentials and URLs come from the tenants file.
vi.mock('../config/tenant-scope.ts', () => ({ tenantScope: 'acme' }));
const { describeError } = await import('./describe-error.ts');

const error = (status: number, kind: ApiError['kind'] = 'http', code?: string) =>
  new ApiError({
    operation: 'listKeyProviders',
    kind,
    status,
    title: 'x',
    ...(code ? { code } : {}),
  });

describe('describeError in a tenant of a fleet', () => {
  it('points at the tenants file, not QLIK_API_KEY or QLIK_TENANT', () => {
    expect(describeError(error(401)).next).toContain('apiKeyEnv');
    expect(describeError(error(401)).next).not.toContain('QLIK_API_KEY');
    expect(describeError(error(502, 'unreachable')).next).toContain('CONSOLE_TENANTS_FILE');
  });

  it('explains a refused OAuth client with the server’s words', () => {
    const refused = new ApiError({
      operation: 'listKeyProviders',
      kind: 'http',
      status: 401,
      code: 'CMK-PROXY-CLIENT-REFUSED',
      title: 'Refused',
      detail: 'check GLOBEX_CLIENT_ID and GLOBEX_CLIENT_SECRET',
    });
    const described = describeError(refused);
    expect(described.title).toBe('The tenant refused the console’s OAuth client');
    expect(described.explanation).toContain('GLOBEX_CLIENT_ID');
  });
});

import { describe, expect, it } from 'vitest';
import { firstErrorCode, rawRequest } from '../server/common/test-http.ts';
import { BASE, OPERATIONS, useProxyServers } from './test-proxy.ts';

const { proxiedTenant } = useProxyServers();

describe('createApiProxy: refusals never reach the tenant', () => {
  it.each([
    ['GET', '/api/v1/users'],
    ['GET', '/api/v1/encryption/keyproviders/'],
    ['GET', `${BASE}/a/b`],
    ['PUT', `${BASE}/fp123`],
    ['POST', `${BASE}/fp123`],
    ['DELETE', BASE],
    ['POST', `${BASE}/fp123/actions/delete`],
    ['OPTIONS', BASE],
    ['HEAD', BASE],
    ['GET', '/api/v1/encryption/keyproviders-other'],
  ])('%s %s answers 404 CMK-PROXY-NOT-ALLOWED', async (method, path) => {
    const { tenant, proxy } = await proxiedTenant();
    const response = await rawRequest(proxy.url, method, path);
    expect(response.status).toBe(404);
    if (method !== 'HEAD') expect(firstErrorCode(response.body)).toBe('CMK-PROXY-NOT-ALLOWED');
    expect(response.headers['x-cmk-proxy-error']).toBe('not-allowed');
    expect(tenant.received).toEqual([]);
  });

  it.each(OPERATIONS.filter(([method]) => method !== 'GET'))(
    'read-only: %s %s answers 403 CMK-PROXY-READ-ONLY',
    async (method, path) => {
      const { tenant, proxy } = await proxiedTenant(undefined, true);
      const response = await rawRequest(proxy.url, method, path, {}, '{}');
      expect(response.status).toBe(403);
      const error = (JSON.parse(response.body) as { errors: Record<string, string>[] }).errors[0];
      expect(error).toMatchObject({
        code: 'CMK-PROXY-READ-ONLY',
        title: 'The console is read-only',
      });
      expect(error?.detail).toContain('QLIK_READ_ONLY');
      expect(tenant.received).toEqual([]);
    },
  );

  it('read-only still forwards reads', async () => {
    const { tenant, proxy } = await proxiedTenant(undefined, true);
    expect((await rawRequest(proxy.url, 'GET', `${BASE}/actions/list`)).status).toBe(200);
    expect(tenant.received).toHaveLength(1);
  });

  it('refuses requests from another origin and accepts its own', async () => {
    const { tenant, proxy } = await proxiedTenant();
    const foreign = await rawRequest(
      proxy.url,
      'POST',
      `${BASE}/actions/reset-to-default-provider`,
      {
        origin: 'https://evil.example',
      },
    );
    const crossSite = await rawRequest(proxy.url, 'GET', BASE, { 'sec-fetch-site': 'cross-site' });
    expect(foreign.status).toBe(403);
    expect(firstErrorCode(foreign.body)).toBe('CMK-PROXY-CROSS-ORIGIN');
    expect(crossSite.status).toBe(403);
    expect(tenant.received).toEqual([]);
    const own = await rawRequest(proxy.url, 'POST', `${BASE}/actions/reset-to-default-provider`, {
      origin: proxy.url,
      'sec-fetch-site': 'same-origin',
    });
    expect(own.status).toBe(200);
  });
});

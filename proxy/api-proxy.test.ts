import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstErrorCode, rawRequest } from '../server/common/test-http.ts';
import { API_KEY, BASE, expectNoKey, OPERATIONS, useProxyServers } from './test-proxy.ts';
import { tenantUpstream } from './upstream.ts';

const { startProxy, proxiedTenant, logged } = useProxyServers();

describe('createApiProxy: forwarding', () => {
  it.each(OPERATIONS)('forwards %s %s with the bearer added', async (method, path) => {
    const { tenant, proxy } = await proxiedTenant();
    const body = method === 'GET' ? undefined : '{"name":"k"}';
    const response = await rawRequest(proxy.url, method, path, {}, body);
    expect(response.status).toBe(200);
    expect(response.headers['x-cmk-proxy']).toBe('tenant');
    expect(JSON.parse(response.body)).toEqual({ method, url: path });
    expect(tenant.received).toHaveLength(1);
    expect(tenant.received[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    if (body) expect(tenant.received[0]?.body).toBe(body);
    expectNoKey(response);
  });

  it('treats GET /keyproviders/actions as a fingerprint lookup', async () => {
    const { tenant, proxy } = await proxiedTenant();
    await rawRequest(proxy.url, 'GET', `${BASE}/actions`);
    expect(tenant.received.map((r) => r.url)).toEqual([`${BASE}/actions`]);
  });

  it('sends only content-type, accept and accept-language from the browser', async () => {
    const { tenant, proxy } = await proxiedTenant();
    await rawRequest(
      proxy.url,
      'POST',
      BASE,
      {
        authorization: 'Bearer browser-token',
        cookie: 'session=abc',
        'content-type': 'application/json',
        accept: 'application/json',
        'accept-language': 'fr',
        'x-forwarded-for': '10.0.0.1',
        'x-custom': 'nope',
      },
      '{}',
    );
    const headers = tenant.received[0]?.headers ?? {};
    expect(headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(headers.cookie).toBeUndefined();
    expect(headers['x-forwarded-for']).toBeUndefined();
    expect(headers['x-custom']).toBeUndefined();
    expect(headers['content-type']).toBe('application/json');
    expect(headers.accept).toBe('application/json');
    expect(headers['accept-language']).toBe('fr');
  });
});

describe('createApiProxy: what comes back', () => {
  it.each([204, 205])('passes %i through without a body', async (status) => {
    const { proxy } = await proxiedTenant((_req, res) => {
      res.writeHead(status).end();
    });
    const response = await rawRequest(proxy.url, 'PATCH', `${BASE}/fp123`, {}, '{}');
    expect(response.status).toBe(status);
    expect(response.body).toBe('');
  });

  it('passes error statuses and bodies through untouched', async () => {
    const tenantError = { errors: [{ code: 'KP-404', title: 'Not found' }] };
    const { proxy } = await proxiedTenant((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify(tenantError));
    });
    const response = await rawRequest(proxy.url, 'GET', `${BASE}/nope`);
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body)).toEqual(tenantError);
    expect(response.headers['x-cmk-proxy-error']).toBeUndefined();
  });

  it('passes only content type, Retry-After and the request id; decompresses', async () => {
    const { proxy } = await proxiedTenant((_req, res) => {
      res.writeHead(429, {
        'content-type': 'application/json; charset=utf-8',
        'content-encoding': 'gzip',
        'retry-after': '3',
        'x-request-id': 'r-1',
        'set-cookie': ['a=1', 'b=2'],
        'content-security-policy': 'default-src *; frame-ancestors *',
        'x-frame-options': 'ALLOWALL',
        'strict-transport-security': 'max-age=1',
        'access-control-allow-origin': '*',
        'cache-control': 'public, max-age=600',
        'x-tenant-internal': 'yes',
        'keep-alive': 'timeout=99',
      });
      res.end(gzipSync('{"errors":[{"code":"429","title":"slow down"}]}'));
    });
    const response = await rawRequest(proxy.url, 'GET', BASE);
    expect(response.status).toBe(429);
    expect(JSON.parse(response.body)).toEqual({ errors: [{ code: '429', title: 'slow down' }] });
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['retry-after']).toBe('3');
    expect(response.headers['x-request-id']).toBe('r-1');
    expect(response.headers['cache-control']).toBe('no-store');
    for (const name of [
      'set-cookie',
      'content-encoding',
      'content-security-policy',
      'x-frame-options',
      'strict-transport-security',
      'access-control-allow-origin',
      'x-tenant-internal',
    ]) {
      expect(response.headers[name], name).toBeUndefined();
    }
    expect(response.headers['keep-alive']).not.toBe('timeout=99');
  });

  it('turns a tenant redirect into 502 instead of following it', async () => {
    const { tenant, proxy } = await proxiedTenant((_req, res) => {
      res.writeHead(302, { location: 'https://login.example/' }).end();
    });
    const response = await rawRequest(proxy.url, 'GET', BASE);
    expect(response.status).toBe(502);
    expect(firstErrorCode(response.body)).toBe('CMK-PROXY-REDIRECTED');
    expect(response.headers['x-cmk-proxy-error']).toBe('unreachable');
    expect(tenant.received).toHaveLength(1);
  });
});

describe('createApiProxy: the key stays on the server', () => {
  it('never appears in any answer or log line', async () => {
    const { proxy } = await proxiedTenant((req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: 'X', title: 'bad', detail: req.method }] }));
    });
    const readOnly = await startProxy({ upstream: tenantUpstream(proxy.url), readOnly: true });
    const answers = await Promise.all([
      rawRequest(proxy.url, 'GET', BASE),
      rawRequest(proxy.url, 'POST', BASE, {}, '{}'),
      rawRequest(proxy.url, 'GET', '/api/v1/users'),
      rawRequest(proxy.url, 'GET', BASE, { origin: 'https://evil.example' }),
      rawRequest(readOnly.url, 'DELETE', `${BASE}/x`),
    ]);
    answers.forEach(expectNoKey);
    expect(logged.join('\n')).not.toContain(API_KEY);
  });
});

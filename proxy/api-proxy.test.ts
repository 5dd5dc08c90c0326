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

  it('passes the query string and treats GET /keyproviders/actions as a fingerprint lookup', async () => {
    const { tenant, proxy } = await proxiedTenant();
    await rawRequest(proxy.url, 'GET', `${BASE}/actions/list?limit=5&x=%20y`);
    await rawRequest(proxy.url, 'GET', `${BASE}/actions`);
    expect(tenant.received.map((r) => r.url)).toEqual([
      `${BASE}/actions/list?limit=5&x=%20y`,
      `${BASE}/actions`,
    ]);
  });

  it('forwards an encoded slash as part of the one fingerprint segment', async () => {
    const { tenant, proxy } = await proxiedTenant();
    const response = await rawRequest(proxy.url, 'GET', `${BASE}/a%2Fb`);
    expect(response.status).toBe(200);
    expect(tenant.received[0]?.url).toBe(`${BASE}/a%2Fb`);
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

  it('drops set-cookie, hop-by-hop and tenant-origin headers; decompresses', async () => {
    const { proxy } = await proxiedTenant((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'set-cookie': ['a=1', 'b=2'],
        'strict-transport-security': 'max-age=1',
        'access-control-allow-origin': '*',
        'x-request-id': 'r-1',
        'keep-alive': 'timeout=99',
        connection: 'keep-alive, x-hop',
        'x-hop': 'by-hop',
      });
      res.end(gzipSync('[{"name":"k"}]'));
    });
    const response = await rawRequest(proxy.url, 'GET', BASE);
    expect(JSON.parse(response.body)).toEqual([{ name: 'k' }]);
    expect(response.headers['x-request-id']).toBe('r-1');
    for (const name of [
      'set-cookie',
      'content-encoding',
      'strict-transport-security',
      'access-control-allow-origin',
      'x-hop',
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

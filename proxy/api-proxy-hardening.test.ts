import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { firstErrorCode, rawRequest } from '../server/common/test-http.ts';
import { MAX_REQUEST_BODY_BYTES } from './api-proxy-app.ts';
import { BASE, useProxyServers } from './test-proxy.ts';

const { proxiedTenant } = useProxyServers();

const FP = '9f352c5a9c1618485051892cb57467e4';

function absoluteFormGet(base: string, target: string) {
  const { hostname, port } = new URL(base);
  return new Promise<string>((resolve, reject) => {
    const req = httpRequest({ hostname, port, path: target }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve(Buffer.concat(chunks).toString());
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('paths with encoded separators, an encoded %, ? or #, or dot segments never reach the tenant', () => {
  it.each([
    ['GET', `${BASE}/a%2Fb`],
    ['GET', `${BASE}/a%2fb`],
    ['GET', `${BASE}/a%5Cb`],
    ['GET', `${BASE}/%2E%2E`],
    ['GET', `${BASE}/%2e%2e/%2e%2e/users`],
    ['GET', `${BASE}/x/../actions/list`],
    ['GET', `${BASE}/./actions/list`],
    ['GET', `/api/v1/encryption/../users`],
    ['DELETE', `${BASE}/${FP}/..`],
    ['POST', `${BASE}/x/../actions/reset-to-default-provider`],
    ['GET', `${BASE}/a%00b`],
    // Still encoded after one decoding: a server that decodes again sees `/`, `..`.
    ['GET', `${BASE}/a%252Fb`],
    ['GET', `${BASE}/%252e%252e/%252e%252e/users`],
    ['DELETE', `${BASE}/${FP}%25`],
    ['GET', `${BASE}/${FP}%3Fx=1`],
    ['GET', `${BASE}/${FP}%3f`],
    ['PATCH', `${BASE}/${FP}%23frag`],
  ])('%s %s answers 404 CMK-PROXY-UNSAFE-PATH', async (method, path) => {
    const { tenant, proxy } = await proxiedTenant();
    const response = await rawRequest(proxy.url, method, path);
    expect(response.status).toBe(404);
    expect(firstErrorCode(response.body)).toBe('CMK-PROXY-UNSAFE-PATH');
    expect(response.headers['x-cmk-proxy-error']).toBe('unsafe-path');
    expect(tenant.received).toEqual([]);
  });

  it('a backslash in the path is refused too', async () => {
    const { tenant, proxy } = await proxiedTenant();
    const response = await rawRequest(proxy.url, 'GET', `${BASE}/a\\..\\actions`);
    expect([400, 404]).toContain(response.status);
    expect(tenant.received).toEqual([]);
  });

  it('an absolute-form request target is checked as sent', async () => {
    const { tenant, proxy } = await proxiedTenant();
    const response = await absoluteFormGet(proxy.url, `http://x${BASE}/q/../actions/list`);
    expect(firstErrorCode(response)).toBe('CMK-PROXY-UNSAFE-PATH');
    expect(tenant.received).toEqual([]);
  });
});

describe('query strings: none of the operations takes one, so none is forwarded', () => {
  it.each([
    ['GET', `${BASE}/actions/list?limit=5`],
    ['GET', `${BASE}?tenantId=other`],
    ['POST', `${BASE}/${FP}/actions/test?force=true`],
  ])('%s %s answers 400 CMK-PROXY-QUERY-NOT-ALLOWED', async (method, path) => {
    const { tenant, proxy } = await proxiedTenant();
    const response = await rawRequest(
      proxy.url,
      method,
      path,
      {},
      method === 'GET' ? undefined : '{}',
    );
    expect(response.status).toBe(400);
    expect(firstErrorCode(response.body)).toBe('CMK-PROXY-QUERY-NOT-ALLOWED');
    expect(response.headers['x-cmk-proxy-error']).toBe('query-not-allowed');
    expect(tenant.received).toEqual([]);
  });

  it('an empty query ("?" alone) sends the bare path', async () => {
    const { tenant, proxy } = await proxiedTenant();
    expect((await rawRequest(proxy.url, 'GET', `${BASE}/actions/list?`)).status).toBe(200);
    expect(tenant.received.map((r) => r.url)).toEqual([`${BASE}/actions/list`]);
  });
});

/** A POST whose body arrives in chunks, without Content-Length. */
function chunkedPost(base: string, path: string, bytes: number) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method: 'POST' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() });
      });
    });
    req.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    for (let sent = 0; sent < bytes; sent += chunk.length) req.write(chunk);
    req.end();
  });
}

describe('request bodies over 1 MiB get a 413 from the console', () => {
  it('with Content-Length', async () => {
    const { tenant, proxy } = await proxiedTenant();
    const body = 'a'.repeat(MAX_REQUEST_BODY_BYTES + 1);
    const response = await rawRequest(proxy.url, 'POST', BASE, {}, body);
    expect(response.status).toBe(413);
    expect(firstErrorCode(response.body)).toBe('CMK-PROXY-BODY-TOO-LARGE');
    expect(response.headers['x-cmk-proxy-error']).toBe('too-large');
    expect(tenant.received).toEqual([]);
  });

  it('sent in chunks without Content-Length', async () => {
    const { tenant, proxy } = await proxiedTenant();
    const response = await chunkedPost(proxy.url, BASE, 2 * MAX_REQUEST_BODY_BYTES);
    expect(response.status).toBe(413);
    expect(firstErrorCode(response.body)).toBe('CMK-PROXY-BODY-TOO-LARGE');
    expect(tenant.received).toEqual([]);
  });

  it('a chunked body within the limit is forwarded whole', async () => {
    const { tenant, proxy } = await proxiedTenant();
    const response = await chunkedPost(proxy.url, BASE, 128 * 1024);
    expect(response.status).toBe(200);
    expect(tenant.received[0]?.body).toHaveLength(128 * 1024);
  });

  it('exactly 1 MiB is forwarded', async () => {
    const { tenant, proxy } = await proxiedTenant();
    const body = 'a'.repeat(MAX_REQUEST_BODY_BYTES);
    expect((await rawRequest(proxy.url, 'POST', BASE, {}, body)).status).toBe(200);
    expect(tenant.received).toHaveLength(1);
  });
});

describe('what the tenant answers reaches the browser only as the API’s JSON', () => {
  it.each([
    ['text/html; charset=utf-8', 200, '<html><script>alert(1)</script></html>'],
    ['text/html', 503, '<html>maintenance</html>'],
    ['text/plain', 401, 'nope'],
    ['application/javascript', 200, 'alert(1)'],
    [null, 200, 'no type at all'],
  ])('%s (HTTP %i) becomes 502 CMK-PROXY-UNEXPECTED-CONTENT', async (type, status, body) => {
    const { proxy } = await proxiedTenant((_req, res) => {
      res.writeHead(status, type ? { 'content-type': type } : {});
      res.end(body);
    });
    const response = await rawRequest(proxy.url, 'GET', BASE);
    expect(response.status).toBe(502);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.headers['x-cmk-proxy-error']).toBe('unreachable');
    expect(firstErrorCode(response.body)).toBe('CMK-PROXY-UNEXPECTED-CONTENT');
    expect(response.body).not.toContain(body);
  });

  it.each(['application/json', 'application/problem+json; charset=utf-8'])(
    '%s passes',
    async (type) => {
      const { proxy } = await proxiedTenant((_req, res) => {
        res.writeHead(400, { 'content-type': type }).end('{"errors":[]}');
      });
      const response = await rawRequest(proxy.url, 'GET', BASE);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toBe(type);
    },
  );

  it('an empty answer without a content type passes', async () => {
    const { proxy } = await proxiedTenant((_req, res) => {
      res.writeHead(200, { 'content-length': '0' }).end();
    });
    expect((await rawRequest(proxy.url, 'DELETE', `${BASE}/${FP}`)).status).toBe(200);
  });
});

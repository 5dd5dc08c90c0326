import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../simulator/index.ts';
import { firstErrorCode } from '../common/test-http.ts';
import { resolveConsoleMode, type ConsoleMode } from '../mode.ts';
import { createProductionApp } from './production-app.ts';
import { HASHED_ASSET_CACHE } from './static-assets.ts';
import { ASSET, ASSET_SOURCE, INDEX_HTML, makeTestBuild } from './test-build.ts';

const SIMULATED: ConsoleMode = { kind: 'simulator', readOnly: false, migrationDurationMs: 1000 };
const BASE = 'http://localhost';
const LIST = '/api/v1/encryption/keyproviders/actions/list';

async function productionApp(
  mode: ConsoleMode = SIMULATED,
  overrides: { trustProxy?: boolean; reachable?: boolean } = {},
) {
  const lines: string[] = [];
  const settings = {
    host: '127.0.0.1',
    port: 0,
    trustProxy: overrides.trustProxy ?? false,
    clientDir: makeTestBuild(),
  };
  const app = await createProductionApp(mode, settings, {
    createSimulator,
    log: (line) => lines.push(line),
    isTenantReachable: () => Promise.resolve(overrides.reachable ?? true),
  });
  const request = (path: string, init?: RequestInit) => app.request(`${BASE}${path}`, init);
  return { app, request, lines };
}

describe('the built console', () => {
  it.each(['/', '/providers/9f352c5a', '/providers/new', '/migration', '/some/unknown/route'])(
    'GET %s answers index.html, never cached without asking',
    async (path) => {
      const { request } = await productionApp();
      const response = await request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe(INDEX_HTML);
    },
  );

  it('hashed assets are cached for a year, immutable', async () => {
    const { request } = await productionApp();
    const response = await request(ASSET);
    expect(response.headers.get('cache-control')).toBe(HASHED_ASSET_CACHE);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(await response.text()).toBe(ASSET_SOURCE);
  });

  it('unhashed files of public/ are revalidated', async () => {
    const { request } = await productionApp();
    expect((await request('/favicon.svg')).headers.get('cache-control')).toBe('no-cache');
  });

  it('sends the brotli twin, else the gzip one, to a browser that accepts it', async () => {
    const { request } = await productionApp();
    const br = await request(ASSET, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(ASSET_SOURCE);
    const gz = await request('/providers/x', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(INDEX_HTML);
  });

  it.each(['/assets/missing-abc.js', '/.vite/manifest.json', '/robots.txt', '/healthz/x'])(
    '%s is a 404, not the app shell',
    async (path) => {
      const response = await request404(path);
      expect(response).toBe(404);
    },
  );

  it('a POST outside the API is a 404', async () => {
    const { request } = await productionApp();
    expect((await request('/', { method: 'POST' })).status).toBe(404);
  });
});

async function request404(path: string) {
  const { request } = await productionApp();
  const response = await request(path);
  expect(await response.text()).not.toContain('built console');
  return response.status;
}

describe('security headers', () => {
  it.each(['/', ASSET, LIST, '/healthz', '/__console/info', '/nope.txt'])('on %s', async (path) => {
    const { request } = await productionApp();
    const headers = (await request(path)).headers;
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('strict-transport-security')).toBeNull();
  });

  it('HSTS when the connection itself is HTTPS', async () => {
    const { app } = await productionApp();
    const response = await app.request('https://localhost/');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
  });

  it.each([
    [true, 'https', 'max-age=31536000'],
    [true, 'https, http', 'max-age=31536000'],
    [true, 'http', null],
    [false, 'https', null],
  ])('TRUST_PROXY=%s, X-Forwarded-Proto: %s → HSTS %s', async (trustProxy, proto, hsts) => {
    const { request } = await productionApp(SIMULATED, { trustProxy });
    const response = await request('/', { headers: { 'x-forwarded-proto': proto } });
    expect(response.headers.get('strict-transport-security')).toBe(hsts);
  });
});

describe('GET /healthz', () => {
  it('answers the mode, reachability and version', async () => {
    const { request } = await productionApp();
    const response = await request('/healthz');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      status: 'ok',
      mode: 'simulator',
      tenantReachable: true,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown,
      refused: expect.objectContaining({ 'cross-origin': 0, other: 0 }) as unknown,
    });
  });

  it('counts the requests the console refused, per reason, in a fixed set', async () => {
    const { request } = await productionApp({ ...SIMULATED, readOnly: true });
    const reset = '/api/v1/encryption/keyproviders/actions/reset-to-default-provider';
    for (let n = 0; n < 3; n += 1) {
      await request(reset, { method: 'POST', headers: { origin: 'https://evil.example' } });
    }
    await request(reset, { method: 'POST' });
    await request(`${LIST}?x=1`);
    await request('/api/v1/users');
    const { refused } = (await (await request('/healthz')).json()) as {
      refused: Record<string, number>;
    };
    expect(refused).toEqual({
      'foreign-host': 0,
      'cross-origin': 3,
      'signed-out': 0,
      'not-allowed': 1,
      'unsafe-path': 0,
      'query-not-allowed': 1,
      'read-only': 1,
      'too-large': 0,
      'client-refused': 0,
      other: 0,
    });
  });

  it('stays 200 when the tenant cannot be reached, and says so', async () => {
    const mode: ConsoleMode = {
      kind: 'tenant',
      tenantUrl: 'https://acme.eu.qlikcloud.com',
      apiKey: 'k-secret',
      readOnly: false,
    };
    const { request } = await productionApp(mode, { reachable: false });
    const response = await request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ mode: 'tenant', tenantReachable: false });
  });
});

describe('API answers', () => {
  it('are gzip-compressed for a browser that accepts it', async () => {
    const { request } = await productionApp();
    const response = await request(LIST, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const providers: unknown = JSON.parse(
      gunzipSync(Buffer.from(await response.arrayBuffer())).toString(),
    );
    expect(providers).toHaveLength(3);
  });

  it('are plain JSON otherwise', async () => {
    const { request } = await productionApp();
    const response = await request(LIST);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.json()).toHaveLength(3);
  });

  it('a body over 1 MiB gets 413 with the standard error body', async () => {
    const { request } = await productionApp();
    const response = await request('/api/v1/encryption/keyproviders', {
      method: 'POST',
      headers: { 'content-length': String(2 ** 20 + 1) },
      body: 'a'.repeat(2 ** 20 + 1),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ code: 'CMK-PROXY-BODY-TOO-LARGE' }] });
  });
});

describe('the request log', () => {
  it('has one line per request: method, operation or path, status, duration; no query', async () => {
    const { request, lines } = await productionApp();
    await request(LIST);
    await request('/providers/abc?token=hunter2');
    await request(`${LIST}?apiKey=hunter2`);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^GET listKeyProviders 200 \d+ms$/);
    expect(lines[1]).toMatch(/^GET \/providers\/abc 200 \d+ms$/);
    expect(lines[2]).toMatch(/^GET listKeyProviders 400 \d+ms$/);
    expect(lines.join('\n')).not.toContain('hunter2');
  });
});

describe('a fleet (SIM_FLEET)', () => {
  const fleet = () => productionApp(resolveConsoleMode({ SIM_FLEET: '3' }));

  it.each(['/t/acme', '/t/acme/', '/t/acme/providers/9f352c5a', '/t/globex/migration', '/t/nope/'])(
    'GET %s answers index.html: deep links and reloads keep the tenant (an unknown one: the page says so)',
    async (path) => {
      const { request } = await fleet();
      const response = await request(path);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(INDEX_HTML);
    },
  );

  it.each([
    ['/t/acme/api/v1/users', 'CMK-PROXY-NOT-ALLOWED'],
    ['/t/acme/__console/nothing', 'CMK-NOT-FOUND'],
    ['/t/acme/__sim', 'Encryption-404'],
    ['/t/nope/api/v1/encryption/keyproviders', 'CMK-UNKNOWN-TENANT'],
    ['/t/nope/__console/info', 'CMK-UNKNOWN-TENANT'],
    ['/api/v1/encryption/keyproviders', 'CMK-PROXY-NOT-ALLOWED'],
  ])('GET %s is never the app shell', async (path, code) => {
    const { request } = await fleet();
    const response = await request(path);
    expect(response.status).toBe(404);
    expect(firstErrorCode(await response.text())).toBe(code);
  });

  it('compresses tenants’ API answers and logs them by tenant and operation', async () => {
    const { request, lines } = await fleet();
    const response = await request(`/t/acme${LIST}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(lines.at(-1)).toMatch(/^GET acme:listKeyProviders 200 \d+ms$/);
  });

  it('/healthz says fleet and how many tenants', async () => {
    const { request } = await fleet();
    expect(await (await request('/healthz')).json()).toEqual({
      status: 'ok',
      mode: 'fleet',
      tenants: 3,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown,
      refused: expect.objectContaining({ other: 0 }) as unknown,
    });
  });
});

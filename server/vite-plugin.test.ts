import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, preview, type InlineConfig } from 'vite';
import type { Simulator } from '../simulator/contract.ts';
import {
  firstErrorCode,
  rawRequest,
  startFakeTenant,
  type RunningServer,
} from './common/test-http.ts';
import { cmkApiPlugin, type CmkApiPluginOptions } from './vite-plugin.ts';

const BASE = '/api/v1/encryption/keyproviders';

const SECURITY_HEADERS = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

function projectDir(): string {
  const root = mkdtempSync(join(tmpdir(), 'cmk-plugin-'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>built</title>');
  return root;
}

function inlineConfig(options: CmkApiPluginOptions): InlineConfig {
  return {
    configFile: false,
    root: projectDir(),
    logLevel: 'silent',
    plugins: [cmkApiPlugin(options)],
    server: { port: 0, host: '127.0.0.1', ws: false },
    preview: { port: 0, host: '127.0.0.1' },
  };
}

async function startDev(options: CmkApiPluginOptions): Promise<string> {
  const server = await createServer(inlineConfig(options));
  await server.listen();
  closers.push(() => server.close());
  return server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
}

async function startPreview(options: CmkApiPluginOptions): Promise<string> {
  const server = await preview(inlineConfig(options));
  closers.push(() => server.close());
  return server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
}

async function fakeTenant(): Promise<RunningServer & Awaited<ReturnType<typeof startFakeTenant>>> {
  const tenant = await startFakeTenant();
  closers.push(tenant.close);
  return tenant;
}

function recordingSimulator() {
  const seen: { url: string; authorization: string | null }[] = [];
  const simulator: Simulator = {
    handle: (request) => {
      seen.push({ url: request.url, authorization: request.headers.get('authorization') });
      return Promise.resolve(Response.json({ simulated: true }));
    },
  };
  return { seen, createSimulator: () => simulator };
}

describe('cmkApiPlugin in tenant mode', () => {
  it('proxies /api/ to the tenant, has no control API and describes itself without the key', async () => {
    const tenant = await fakeTenant();
    const env = { QLIK_TENANT: tenant.url, QLIK_API_KEY: 'tenant-key-xyz' };
    const url = await startDev({ env });

    const api = await fetch(`${url}${BASE}/actions/list`);
    expect(api.headers.get('x-cmk-proxy')).toBe('tenant');
    expect(tenant.received[0]?.headers.authorization).toBe('Bearer tenant-key-xyz');

    expect((await fetch(`${url}/__sim/scenario`)).status).toBe(404);
    const info = await fetch(`${url}/__console/info`);
    const text = await info.text();
    expect(JSON.parse(text)).toEqual({
      mode: 'tenant',
      auth: 'none',
      tenantUrl: tenant.url,
      readOnly: false,
      tenantRegion: null,
    });
    expect(text).not.toContain('tenant-key-xyz');
  });

  it('applies the same path, query and body-size refusals as the production server', async () => {
    const tenant = await fakeTenant();
    const url = await startDev({ env: { QLIK_TENANT: tenant.url, QLIK_API_KEY: 'k' } });
    const dotted = await rawRequest(url, 'GET', `${BASE}/x/../actions/list`);
    expect(firstErrorCode(dotted.body)).toBe('CMK-PROXY-UNSAFE-PATH');
    const query = await fetch(`${url}${BASE}/actions/list?limit=1`);
    expect(query.status).toBe(400);
    const big = await fetch(`${url}${BASE}`, { method: 'POST', body: 'a'.repeat(2 ** 20 + 1) });
    expect(big.status).toBe(413);
    expect(tenant.received).toEqual([]);
  });

  it('refuses --host (all addresses) with a shared key, in dev and in preview', async () => {
    const env = { QLIK_TENANT: 'https://acme.eu.qlikcloud.com', QLIK_API_KEY: 'k' };
    const config = inlineConfig({ env });
    const exposed = { ...config, server: { ...config.server, host: true } };
    await expect(createServer(exposed)).rejects.toThrow(
      '--host 0.0.0.0 would serve the console to the network',
    );
    const previewed = { ...config, preview: { port: 0, host: '0.0.0.0' } };
    await expect(preview(previewed)).rejects.toThrow(/shared QLIK_API_KEY/);
  });

  it('refuses to start when only one of the two variables is set', async () => {
    await expect(createServer(inlineConfig({ env: { QLIK_API_KEY: 'k' } }))).rejects.toThrow(
      /QLIK_TENANT is missing/,
    );
  });

  it('leaves every other path to Vite', async () => {
    const url = await startDev({ env: {}, createSimulator: recordingSimulator().createSimulator });
    expect(await (await fetch(`${url}/`)).text()).toContain('<title>console</title>');
  });
});

describe('cmkApiPlugin in simulator mode', () => {
  it('answers /api/ and /__sim/ from the embedded simulator with a bearer added', async () => {
    const { seen, createSimulator } = recordingSimulator();
    const url = await startDev({ env: { SIM_MIGRATION_MS: '10' }, createSimulator });

    const api = await fetch(`${url}${BASE}`);
    expect(api.headers.get('x-cmk-proxy')).toBe('simulator');
    expect(await api.json()).toEqual({ simulated: true });
    await fetch(`${url}/__sim/scenario`, { method: 'POST' });
    expect(seen.map((s) => [new URL(s.url).pathname, s.authorization])).toEqual([
      [BASE, 'Bearer simulated-tenant'],
      ['/__sim/scenario', 'Bearer simulated-tenant'],
    ]);
    expect(await (await fetch(`${url}/__console/info`)).json()).toEqual({
      mode: 'simulator',
      auth: 'none',
      tenantUrl: null,
      readOnly: false,
      tenantRegion: null,
    });
  });

  it('vite preview serves the same routes with security headers on every response', async () => {
    const { createSimulator } = recordingSimulator();
    const url = await startPreview({ env: {}, createSimulator });
    for (const path of ['/', BASE, '/__console/info']) {
      const response = await fetch(`${url}${path}`);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers.get(name), `${path} ${name}`).toBe(value);
      }
    }
    expect((await fetch(`${url}${BASE}`)).headers.get('x-cmk-proxy')).toBe('simulator');
  });
});

describe('cmkApiPlugin in fleet mode', () => {
  const html = { headers: { accept: 'text/html' } };

  it('serves each tenant under /t/<id>, leaves its console pages to Vite, refuses unknown ids on server paths', async () => {
    const url = await startDev({ env: { SIM_FLEET: '2' } });
    const api = await fetch(`${url}/t/acme${BASE}/actions/list`);
    expect(api.headers.get('x-cmk-proxy')).toBe('simulator');
    expect(await api.json()).toHaveLength(3);
    const page = await fetch(`${url}/t/acme/providers/9f352c5a`, html);
    expect(await page.text()).toContain('<title>console</title>');
    for (const path of ['/t/acme/__console/nothing', '/t/nope/api/x', `${BASE}/actions/list`]) {
      const refused = await fetch(`${url}${path}`, html);
      expect(refused.status, path).toBe(404);
      expect(refused.headers.get('content-type'), path).toContain('application/json');
    }
    // An unknown tenant's page is the console's page: it says the tenant is not there.
    const unknown = await fetch(`${url}/t/nope/providers`, html);
    expect(await unknown.text()).toContain('<title>console</title>');
  });

  it('streams request bodies to the tenant and keeps the proxy’s refusals over real HTTP', async () => {
    const url = await startDev({ env: { SIM_FLEET: '2' } });
    const arn = 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555';
    const created = await fetch(`${url}/t/acme${BASE}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ arn, name: 'Acme key', keyprovider: 'AWS-KMS', multiRegion: true }),
    });
    expect(created.status).toBe(201);
    const big = await fetch(`${url}/t/acme${BASE}`, {
      method: 'POST',
      body: 'a'.repeat(2 ** 20 + 1),
    });
    expect(big.status).toBe(413);
    const dotted = await rawRequest(url, 'GET', `/t/acme${BASE}/x/../actions/list`);
    expect(firstErrorCode(dotted.body)).toBe('CMK-PROXY-UNSAFE-PATH');
    const sneaky = await rawRequest(url, 'GET', `/t/acme/../globex${BASE}/actions/list`);
    expect(firstErrorCode(sneaky.body)).toBe('CMK-PROXY-UNSAFE-PATH');
  });

  it('vite preview answers deep links under /t/<id> with the app shell', async () => {
    const url = await startPreview({ env: { SIM_FLEET: '2' } });
    const page = await fetch(`${url}/t/globex/migration`, html);
    expect(await page.text()).toContain('<title>built</title>');
  });

  it('refuses --host with a tenants file (shared credentials), in dev and in preview', async () => {
    const root = projectDir();
    const file = join(root, 'tenants.json');
    const tenant = { id: 'acme', name: 'Acme', url: 'https://acme.eu.qlikcloud.com' };
    writeFileSync(file, JSON.stringify({ tenants: [{ ...tenant, apiKeyEnv: 'ACME_KEY' }] }));
    const config = inlineConfig({ env: { CONSOLE_TENANTS_FILE: file, ACME_KEY: 'k' } });
    const exposed = { ...config, server: { ...config.server, host: true } };
    await expect(createServer(exposed)).rejects.toThrow(/--host 0\.0\.0\.0 .*fleet mode/);
    const previewed = { ...config, preview: { port: 0, host: '0.0.0.0' } };
    await expect(preview(previewed)).rejects.toThrow(/CONSOLE_TENANTS_FILE/);
  });
});

describe('cmkApiPlugin: host names and origins under vite and vite preview', () => {
  const SIGN_IN = {
    QLIK_TENANT: 'https://acme.eu.qlikcloud.com',
    QLIK_OAUTH_CLIENT_ID: 'id',
    QLIK_OAUTH_CLIENT_SECRET: 'secret',
    CONSOLE_ORIGIN: 'http://cmk.example.com',
  };

  it.each([
    ['vite', startDev],
    ['vite preview', startPreview],
  ])('%s: a foreign Host gets the console’s 421 on its pages and its API', async (_, start) => {
    const url = await start({ env: {} });
    const host = `attacker.example:${new URL(url).port}`;
    for (const path of ['/', '/providers/new', `${BASE}/actions/list`, '/__console/info']) {
      const refused = await rawRequest(url, 'GET', path, { host });
      expect(refused.status, path).toBe(421);
      expect(refused.headers['x-cmk-proxy-error']).toBe('foreign-host');
      expect(firstErrorCode(refused.body)).toBe('CMK-FOREIGN-HOST');
    }
    expect(
      (await rawRequest(url, 'GET', '/', { host: `localhost:${new URL(url).port}` })).status,
    ).toBe(200);
  });

  it('vite: another origin cannot call the API or the simulator, its own can', async () => {
    const url = await startDev({ env: {} });
    const port = new URL(url).port;
    const reset = `${BASE}/actions/reset-to-default-provider`;
    const foreign = await rawRequest(
      url,
      'POST',
      reset,
      { origin: `http://attacker.example:${port}` },
      '{}',
    );
    expect(foreign.status).toBe(403);
    const scenario = await rawRequest(
      url,
      'POST',
      '/__sim/reset',
      { origin: 'http://localhost:1' },
      '{}',
    );
    expect(scenario.status).toBe(403);
    const own = await rawRequest(url, 'GET', `${BASE}/actions/list`, {
      origin: `http://localhost:${port}`,
    });
    expect(own.status).toBe(200);
  });

  it('vite: TRACE and PROPFIND answer 405 on pages and API, a made-up method 400', async () => {
    const url = await startDev({ env: {} });
    for (const path of ['/', `${BASE}/actions/list`]) {
      expect((await rawRequest(url, 'TRACE', path)).status).toBe(405);
      expect((await rawRequest(url, 'PROPFIND', path)).status).toBe(405);
    }
    await expect(rawRequest(url, 'BREW', '/')).resolves.toMatchObject({ status: 400 });
  });

  it('sign-in mode: only CONSOLE_ORIGIN’s host, and Vite’s own allowedHosts agree', async () => {
    const server = await createServer(inlineConfig({ env: SIGN_IN }));
    await server.listen();
    closers.push(() => server.close());
    expect(server.config.server.allowedHosts).toEqual(expect.arrayContaining(['cmk.example.com']));
    const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
    const loopback = await rawRequest(url, 'GET', '/auth/login');
    expect(loopback.status).toBe(421);
    const own = await rawRequest(url, 'GET', '/auth/login', { host: 'cmk.example.com' });
    expect(own.status).toBe(302);
  });

  it('CONSOLE_ALLOWED_HOSTS reaches Vite’s allowedHosts in dev and preview', async () => {
    const config = inlineConfig({ env: { CONSOLE_ALLOWED_HOSTS: 'cmk.internal:8443' } });
    const server = await createServer(config);
    closers.push(() => server.close());
    expect(server.config.server.allowedHosts).toEqual(expect.arrayContaining(['cmk.internal']));
    expect(server.config.preview.allowedHosts).toEqual(expect.arrayContaining(['cmk.internal']));
  });

  it('a malformed CONSOLE_ALLOWED_HOSTS stops vite, naming the entry', async () => {
    const config = inlineConfig({ env: { CONSOLE_ALLOWED_HOSTS: 'https://cmk.internal' } });
    await expect(createServer(config)).rejects.toThrow(
      'CONSOLE_ALLOWED_HOSTS: "https://cmk.internal"',
    );
  });
});

// The host check and the same-origin rule on `npm start`, through the real listener.
import { afterEach, describe, expect, it } from 'vitest';
import { API_BASE_PATH } from '../src/api/operations.gen.ts';
import {
  firstErrorCode,
  rawRequest,
  startFakeTenant,
  type RunningServer,
} from './common/test-http.ts';
import { startConsoleServer, type ConsoleServer } from './production/start-server.ts';
import { makeTestBuild, makeTestDataDir, stopTestServer } from './production/test-build.ts';

const started: ConsoleServer[] = [];
const tenants: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map(stopTestServer));
  await Promise.all(tenants.splice(0).map((t) => t.close()));
});

const RESET = `${API_BASE_PATH}/actions/reset-to-default-provider`;

async function start(env: Record<string, string>) {
  const server = await startConsoleServer(
    { PORT: '0', CMK_OUT_DIR: makeTestBuild(), CONSOLE_DATA_DIR: makeTestDataDir(), ...env },
    { log: () => undefined, isTenantReachable: () => Promise.resolve(true) },
  );
  started.push(server);
  return { url: server.url, port: new URL(server.url).port };
}

async function keyConsole(extra: Record<string, string> = {}) {
  const tenant = await startFakeTenant();
  tenants.push(tenant);
  const console = await start({ QLIK_TENANT: tenant.url, QLIK_API_KEY: 'k-0123456789', ...extra });
  return { ...console, tenant };
}

function expectForeignHost(response: { status: number; headers: object; body: string }) {
  expect(response.status).toBe(421);
  expect(response.headers).toMatchObject({ 'x-cmk-proxy-error': 'foreign-host' });
  expect(firstErrorCode(response.body)).toBe('CMK-FOREIGN-HOST');
}

describe('a request under a name that is not the console’s', () => {
  it.each([
    '/',
    '/providers/new',
    '/assets/index-abc123.js',
    API_BASE_PATH,
    '/__console/info',
    '/__console/activity',
    '/__sim/scenario',
    '/auth/login',
  ])('API-key mode: GET %s answers 421 and nothing reaches the tenant', async (path) => {
    const { url, port, tenant } = await keyConsole();
    expectForeignHost(await rawRequest(url, 'GET', path, { host: `attacker.example:${port}` }));
    expect(tenant.received).toEqual([]);
  });

  it('a rebinding page’s POST (Host and Origin agree with each other) changes nothing', async () => {
    const { url, port, tenant } = await keyConsole();
    const name = `attacker.example:${port}`;
    const forged = { host: name, origin: `http://${name}`, 'content-type': 'application/json' };
    const response = await rawRequest(url, 'POST', RESET, forged, '{}');
    expectForeignHost(response);
    expect(JSON.parse(response.body)).toMatchObject({
      errors: [{ detail: expect.stringContaining('CONSOLE_ALLOWED_HOSTS') as unknown }],
    });
    expect(tenant.received).toEqual([]);
  });

  it.each([
    ['a loopback name on another port', (port: string) => `127.0.0.1:${Number(port) + 1}`],
    ['the machine’s network address', (port: string) => `192.168.1.20:${port}`],
    ['a name that would change the path', () => 'localhost/x?'],
    ['a name with user info', (port: string) => `a@localhost:${port}`],
  ])('%s is refused too', async (_, host) => {
    const { url, port, tenant } = await keyConsole();
    expectForeignHost(
      await rawRequest(url, 'GET', `${API_BASE_PATH}/actions/list`, { host: host(port) }),
    );
    expect(tenant.received).toEqual([]);
  });

  it('each loopback name on the listening port is served', async () => {
    const { url, port, tenant } = await keyConsole();
    for (const name of ['127.0.0.1', 'localhost', '[::1]', 'LOCALHOST']) {
      const answer = await rawRequest(url, 'GET', `${API_BASE_PATH}/actions/list`, {
        host: `${name}:${port}`,
      });
      expect(answer.status).toBe(200);
    }
    expect(tenant.received).toHaveLength(4);
  });

  it('/healthz answers any name: a load balancer probes by address, and it holds no tenant data', async () => {
    const { url } = await keyConsole();
    expectForeignHost(await rawRequest(url, 'GET', '/', { host: '10.0.0.5' }));
    const health = await rawRequest(url, 'GET', '/healthz', { host: '10.0.0.5' });
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({
      status: 'ok',
      mode: 'tenant',
      tenantReachable: true,
      version: expect.any(String) as unknown,
      // The refusal before it was counted: the counter stands in front of the host check.
      refused: expect.objectContaining({ 'foreign-host': 1 }) as unknown,
    });
  });

  it('CONSOLE_ALLOWED_HOSTS adds a reverse proxy’s names, and their https and http origins', async () => {
    const { url, tenant } = await keyConsole({ CONSOLE_ALLOWED_HOSTS: 'cmk.internal' });
    const viaProxy = {
      host: 'cmk.internal',
      origin: 'https://cmk.internal',
      'content-type': 'application/json',
    };
    expect((await rawRequest(url, 'POST', RESET, viaProxy, '{}')).status).toBe(200);
    expectForeignHost(await rawRequest(url, 'GET', API_BASE_PATH, { host: 'other.internal' }));
    expect(tenant.received).toHaveLength(1);
  });

  it('sign-in mode answers CONSOLE_ORIGIN’s host only, not the loopback names', async () => {
    const { url } = await start({
      QLIK_TENANT: 'https://acme.eu.qlikcloud.com',
      QLIK_OAUTH_CLIENT_ID: 'id',
      QLIK_OAUTH_CLIENT_SECRET: 'secret',
      CONSOLE_ORIGIN: 'https://cmk.example.com',
    });
    const port = new URL(url).port;
    for (const path of ['/', '/auth/login', API_BASE_PATH, '/__console/activity']) {
      expectForeignHost(await rawRequest(url, 'GET', path, { host: `127.0.0.1:${port}` }));
    }
    const login = await rawRequest(url, 'GET', '/auth/login', { host: 'cmk.example.com' });
    expect(login.status).toBe(302);
    const logout = await rawRequest(url, 'POST', '/auth/logout', {
      host: 'cmk.example.com',
      origin: 'http://cmk.example.com',
    });
    expect(logout.status).toBe(403);
  }, 60_000);

  it('fleet mode: every tenant’s routes refuse the name too', async () => {
    const { url, port } = await start({ SIM_FLEET: '2' });
    const host = `attacker.example:${port}`;
    for (const path of [
      `/t/acme${API_BASE_PATH}`,
      '/t/acme/__console/overview',
      '/t/acme/',
      '/__console/info',
    ]) {
      expectForeignHost(await rawRequest(url, 'GET', path, { host }));
    }
  });
});

describe('the same-origin rule compares Origin with the console’s origins', () => {
  it('another origin’s POST is refused at the right Host, and nothing reaches the tenant', async () => {
    const { url, port, tenant } = await keyConsole();
    const json = { host: `127.0.0.1:${port}`, 'content-type': 'application/json' };
    for (const origin of [
      `http://attacker.example:${port}`,
      `http://127.0.0.1:${Number(port) + 1}`,
      `http://user@127.0.0.1:${port}`,
      `http://127.0.0.1:${port}/x`,
      'null',
    ]) {
      const response = await rawRequest(url, 'POST', RESET, { ...json, origin }, '{}');
      expect(response.status).toBe(403);
      expect(firstErrorCode(response.body)).toBe('CMK-PROXY-CROSS-ORIGIN');
    }
    expect(tenant.received).toEqual([]);
    const own = await rawRequest(
      url,
      'POST',
      RESET,
      { ...json, origin: `http://localhost:${port}` },
      '{}',
    );
    expect(own.status).toBe(200);
  });

  it.each(['/__console/activity', '/__console/info'])(
    '%s: another site cannot read it',
    async (path) => {
      const { url, port } = await keyConsole();
      const host = `127.0.0.1:${port}`;
      const foreign = await rawRequest(url, 'GET', path, {
        host,
        origin: 'http://attacker.example',
      });
      const crossSite = await rawRequest(url, 'GET', path, {
        host,
        'sec-fetch-site': 'cross-site',
      });
      expect([foreign.status, crossSite.status]).toEqual([403, 403]);
      expect(firstErrorCode(foreign.body)).toBe('CMK-PROXY-CROSS-ORIGIN');
      const own = await rawRequest(url, 'GET', path, { host, 'sec-fetch-site': 'same-origin' });
      expect(own.status).toBe(200);
    },
  );

  it('a fleet tenant’s overview: another site cannot read it', async () => {
    const { url, port } = await start({ SIM_FLEET: '2' });
    const host = `127.0.0.1:${port}`;
    const foreign = await rawRequest(url, 'GET', '/t/acme/__console/overview', {
      host,
      origin: 'http://attacker.example',
    });
    expect(foreign.status).toBe(403);
    const own = await rawRequest(url, 'GET', '/t/acme/__console/overview', { host });
    expect(own.status).toBe(200);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../common/test-http.ts';
import { closeGracefully } from './graceful-shutdown.ts';
import { startConsoleServer, type ConsoleServer } from './start-server.ts';
import { makeTestBuild } from './test-build.ts';

const started: ConsoleServer[] = [];
const occupied: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => closeGracefully(s.server, 100)));
  await Promise.all(occupied.splice(0).map((s) => s.close()));
});

const KEY_MODE = { QLIK_TENANT: 'https://acme.eu.qlikcloud.com', QLIK_API_KEY: 'k-0123456789' };

async function start(env: Record<string, string>) {
  const lines: string[] = [];
  const server = await startConsoleServer(
    { PORT: '0', CMK_OUT_DIR: makeTestBuild(), ...env },
    { log: (line) => lines.push(line), isTenantReachable: () => Promise.resolve(true) },
  );
  started.push(server);
  return { server, lines };
}

describe('startConsoleServer', () => {
  it('serves on 127.0.0.1 by default and prints the URL and the mode, never the key', async () => {
    const { server, lines } = await start(KEY_MODE);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    expect(lines.join('\n')).toContain(`Console: ${server.url}`);
    expect(lines.join('\n')).toContain('proxied to https://acme.eu.qlikcloud.com');
    expect(lines.join('\n')).not.toContain('k-0123456789');
  });

  it.each(['127.0.0.1', 'localhost', '::1'])('API-key mode on HOST=%s starts', async (host) => {
    const { server } = await start({ ...KEY_MODE, HOST: host });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('the simulated tenant may be served to the network (it holds no secret)', async () => {
    const { server } = await start({ HOST: '0.0.0.0' });
    expect(server.mode.kind).toBe('simulator');
  });
});

describe('startConsoleServer refuses to start', () => {
  it.each(['0.0.0.0', '::', '192.168.1.20', 'console.example.com'])(
    'in API-key mode on HOST=%s, and says why',
    async (host) => {
      const refusal = start({ ...KEY_MODE, HOST: host });
      await expect(refusal).rejects.toThrow(`HOST=${host} would serve the console to the network`);
      await expect(refusal).rejects.toThrow(/shared QLIK_API_KEY.*sign-in mode/s);
      await expect(refusal).rejects.toHaveProperty('name', 'StartupRefusal');
    },
  );

  it.each([
    [
      { QLIK_TENANT: 'acme.eu.qlikcloud.com', QLIK_API_KEY: 'k' },
      'QLIK_TENANT=acme.eu.qlikcloud.com is not a URL',
    ],
    [
      { QLIK_TENANT: 'ftp://acme.eu.qlikcloud.com', QLIK_API_KEY: 'k' },
      'QLIK_TENANT must start with https://',
    ],
    [
      { QLIK_TENANT: 'https://acme.eu.qlikcloud.com' },
      'QLIK_TENANT is set but QLIK_API_KEY is missing',
    ],
    [{ QLIK_API_KEY: 'k' }, 'QLIK_API_KEY is set but QLIK_TENANT is missing'],
    [{ PORT: 'eighty' }, 'PORT=eighty is not a whole number'],
    [{ PORT: '70000' }, 'PORT=70000 is not a TCP port'],
    [{ TRUST_PROXY: 'maybe' }, 'TRUST_PROXY=maybe is not a yes/no value'],
  ])('with %o: %s', async (env, message) => {
    const refusal = start(env);
    await expect(refusal).rejects.toThrow(message);
    await expect(refusal).rejects.toHaveProperty('name', 'StartupRefusal');
  });

  it('when the port is in use, naming it and PORT', async () => {
    const taken = await listen(() => undefined);
    occupied.push(taken);
    const port = new URL(taken.url).port;
    await expect(start({ PORT: port })).rejects.toThrow(
      `port ${port} is in use on 127.0.0.1; set PORT to a free port`,
    );
  });

  it('when HOST is not an address of this machine', async () => {
    await expect(start({ HOST: '203.0.113.7' })).rejects.toThrow(
      'HOST=203.0.113.7 is not an address of this machine',
    );
  });

  it('when there is no build, saying to run npm run build', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'cmk-empty-'));
    await expect(start({ CMK_OUT_DIR: join(empty, 'dist') })).rejects.toThrow(
      /no built console in .*dist: run `npm run build` first/,
    );
  });
});

describe('startConsoleServer with a fleet', () => {
  function tenantsFile(): string {
    const file = join(mkdtempSync(join(tmpdir(), 'cmk-start-fleet-')), 'tenants.json');
    const tenant = { id: 'acme', name: 'Acme', url: 'https://acme.eu.qlikcloud.com' };
    writeFileSync(file, JSON.stringify({ tenants: [{ ...tenant, apiKeyEnv: 'ACME_KEY' }] }));
    return file;
  }

  it('serves a tenants file on loopback and prints the tenants, never a key', async () => {
    const { server, lines } = await start({
      CONSOLE_TENANTS_FILE: tenantsFile(),
      ACME_KEY: 'k-acme-5f2e',
    });
    expect(server.mode.kind).toBe('fleet');
    expect(lines.join('\n')).toContain('acme: https://acme.eu.qlikcloud.com (API key ACME_KEY)');
    expect(lines.join('\n')).not.toContain('k-acme-5f2e');
  });

  it('refuses a tenants file (shared credentials) on a network HOST', async () => {
    const refusal = start({
      CONSOLE_TENANTS_FILE: tenantsFile(),
      ACME_KEY: 'k',
      HOST: '0.0.0.0',
    });
    await expect(refusal).rejects.toThrow(/HOST=0\.0\.0\.0 .*fleet mode/s);
    await expect(refusal).rejects.toHaveProperty('name', 'StartupRefusal');
  });

  it('refuses a broken tenants file with its message', async () => {
    const refusal = start({ CONSOLE_TENANTS_FILE: tenantsFile() });
    await expect(refusal).rejects.toThrow(
      /tenant "acme": apiKeyEnv: environment variable ACME_KEY is not set/,
    );
  });

  it('a simulated fleet may be served to the network', async () => {
    const { server } = await start({ SIM_FLEET: '2', HOST: '0.0.0.0' });
    expect(server.mode.kind).toBe('fleet');
  });
});

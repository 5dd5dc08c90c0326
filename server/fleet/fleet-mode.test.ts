import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConsoleMode, secretsOf } from '../mode.ts';
import { sharedKeyExposure } from '../production/loopback.ts';
import { MAX_SIM_FLEET, simulatedFleet } from './simulated-fleet.ts';

function tenantsFile(tenants: unknown[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cmk-fleet-mode-')), 'tenants.json');
  writeFileSync(file, JSON.stringify({ tenants }));
  return file;
}

const acme = {
  id: 'acme',
  name: 'Acme Corp',
  url: 'https://acme.eu.qlikcloud.com',
  apiKeyEnv: 'ACME_KEY',
};
const globex = {
  id: 'globex',
  name: 'Globex',
  url: 'https://globex.us.qlikcloud.com',
  clientIdEnv: 'GLOBEX_ID',
  clientSecretEnv: 'GLOBEX_SECRET',
};
const secrets = { ACME_KEY: 'key-a', GLOBEX_ID: 'id-g', GLOBEX_SECRET: 'secret-g' };

describe('fleet mode', () => {
  it('reads CONSOLE_TENANTS_FILE; QLIK_READ_ONLY applies to every tenant', () => {
    const file = tenantsFile([acme, globex]);
    const mode = resolveConsoleMode({
      CONSOLE_TENANTS_FILE: file,
      QLIK_READ_ONLY: '1',
      ...secrets,
    });
    expect(mode).toMatchObject({
      kind: 'fleet',
      readOnly: true,
      fleet: { kind: 'file', file, tenants: [{ id: 'acme' }, { id: 'globex' }] },
    });
    expect(secretsOf(mode).sort()).toEqual(['key-a', 'secret-g']);
  });

  it('stops with the tenants file’s own message, naming tenant and field', () => {
    const file = tenantsFile([acme, globex]);
    expect(() =>
      resolveConsoleMode({ CONSOLE_TENANTS_FILE: file, ACME_KEY: 'k', GLOBEX_ID: 'i' }),
    ).toThrow(/tenant "globex": clientSecretEnv: environment variable GLOBEX_SECRET is not set/);
    expect(() => resolveConsoleMode({ CONSOLE_TENANTS_FILE: '/nowhere/tenants.json' })).toThrow(
      /\/nowhere\/tenants\.json is not a valid tenants file:\n {2}- cannot be read/,
    );
  });

  it.each([
    ['QLIK_TENANT', 'https://acme.eu.qlikcloud.com'],
    ['QLIK_API_KEY', 'k'],
    ['QLIK_OAUTH_CLIENT_ID', 'c'],
    ['QLIK_OAUTH_CLIENT_SECRET', 's'],
    ['QLIK_TENANT_REGION', 'eu-west-1'],
    ['QLIK_OAUTH_SCOPES', 'admin_classic'],
  ])('refuses CONSOLE_TENANTS_FILE together with %s', (name, value) => {
    const file = tenantsFile([acme]);
    expect(() =>
      resolveConsoleMode({ CONSOLE_TENANTS_FILE: file, ACME_KEY: 'k', [name]: value }),
    ).toThrow(new RegExp(`CONSOLE_TENANTS_FILE and ${name} are both set: choose one mode`));
  });

  it('refuses CONSOLE_TENANTS_FILE with SIM_FLEET, and SIM_FLEET with a tenant', () => {
    const file = tenantsFile([acme]);
    expect(() =>
      resolveConsoleMode({ CONSOLE_TENANTS_FILE: file, ACME_KEY: 'k', SIM_FLEET: '3' }),
    ).toThrow(/CONSOLE_TENANTS_FILE and SIM_FLEET are both set/);
    expect(() => resolveConsoleMode({ SIM_FLEET: '3', QLIK_API_KEY: 'k' })).toThrow(
      /SIM_FLEET and QLIK_API_KEY are both set/,
    );
  });

  it('simulates SIM_FLEET tenants, with SIM_LATENCY_MS and SIM_MIGRATION_MS', () => {
    const mode = resolveConsoleMode({
      SIM_FLEET: '12',
      SIM_LATENCY_MS: '50',
      SIM_MIGRATION_MS: '3000',
    });
    expect(mode).toMatchObject({
      kind: 'fleet',
      readOnly: false,
      fleet: { kind: 'simulated', latencyMs: 50, migrationDurationMs: 3000 },
    });
    expect(secretsOf(mode)).toEqual([]);
    expect(resolveConsoleMode({ SIM_FLEET: '1' })).toMatchObject({
      fleet: { latencyMs: 0, migrationDurationMs: 20_000 },
    });
  });

  it.each(['0', '1001', '-3', '2.5', 'twelve'])('refuses SIM_FLEET=%s', (size) => {
    expect(() => resolveConsoleMode({ SIM_FLEET: size })).toThrow(
      new RegExp(`SIM_FLEET=${size} is not a fleet size: .*from 1 to 1000`),
    );
  });

  it('refuses SIM_LATENCY_MS without SIM_FLEET, and one that is not a number', () => {
    expect(() => resolveConsoleMode({ SIM_LATENCY_MS: '50' })).toThrow(
      /SIM_LATENCY_MS applies to simulated fleets only/,
    );
    expect(() => resolveConsoleMode({ SIM_FLEET: '2', SIM_LATENCY_MS: 'fast' })).toThrow(
      /SIM_LATENCY_MS=fast is not a whole number/,
    );
  });

  it('keeps a fleet with shared credentials on loopback; a simulated fleet may listen anywhere', () => {
    const file = tenantsFile([acme]);
    const real = resolveConsoleMode({ CONSOLE_TENANTS_FILE: file, ACME_KEY: 'k' });
    expect(sharedKeyExposure(real, '127.0.0.1')).toBeUndefined();
    expect(sharedKeyExposure(real, '0.0.0.0')).toMatch(/HOST=0\.0\.0\.0 .*fleet mode/);
    expect(sharedKeyExposure(resolveConsoleMode({ SIM_FLEET: '3' }), '0.0.0.0')).toBeUndefined();
  });
});

describe('simulatedFleet', () => {
  it('names the first tenants, then numbers them, every id unique and URL-safe', () => {
    const fleet = simulatedFleet(MAX_SIM_FLEET);
    expect(fleet.slice(0, 2)).toEqual([
      { id: 'acme', name: 'Acme Corp', behaviour: 'default' },
      { id: 'globex', name: 'Globex', behaviour: 'fresh' },
    ]);
    expect(fleet[99]).toMatchObject({ id: 'tenant-100', name: 'Tenant 100' });
    expect(new Set(fleet.map(({ id }) => id)).size).toBe(MAX_SIM_FLEET);
    expect(fleet.every(({ id }) => /^[a-z0-9][a-z0-9-]*$/.test(id))).toBe(true);
  });

  it('deals 12 tenants one of each trouble, most on a customer key', () => {
    const count = (behaviour: string) =>
      simulatedFleet(12).filter((tenant) => tenant.behaviour === behaviour).length;
    expect(count('default')).toBe(5);
    expect(count('fresh')).toBe(2);
    for (const trouble of ['migrating', 'failing-validation', 'busy', 'unreachable', 'refused']) {
      expect(count(trouble), trouble).toBe(1);
    }
  });
});

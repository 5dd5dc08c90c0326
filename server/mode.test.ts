import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveConsoleMode, resolveTenantRegion } from './mode.ts';
import { loadConsoleEnv } from './vite-env.ts';

const TENANT = 'https://acme.eu.qlikcloud.com';

describe('resolveConsoleMode', () => {
  it('uses the simulated tenant when neither variable is set', () => {
    expect(resolveConsoleMode({})).toEqual({
      kind: 'simulator',
      readOnly: false,
      migrationDurationMs: 20_000,
    });
  });

  it('reads SIM_MIGRATION_MS and QLIK_READ_ONLY in simulator mode', () => {
    const env = { SIM_MIGRATION_MS: '1500', QLIK_READ_ONLY: 'true' };
    expect(resolveConsoleMode(env)).toEqual({
      kind: 'simulator',
      readOnly: true,
      migrationDurationMs: 1500,
    });
  });

  it('proxies to the tenant origin when both are set', () => {
    const env = { QLIK_TENANT: `${TENANT}/`, QLIK_API_KEY: ' key-1 ', QLIK_READ_ONLY: '1' };
    expect(resolveConsoleMode(env)).toEqual({
      kind: 'tenant',
      tenantUrl: TENANT,
      apiKey: 'key-1',
      readOnly: true,
      tenantRegion: 'eu-west-1',
    });
  });

  it('keeps only the origin of a tenant URL with a path', () => {
    const mode = resolveConsoleMode({ QLIK_TENANT: `${TENANT}/hub/`, QLIK_API_KEY: 'k' });
    expect(mode).toMatchObject({ tenantUrl: TENANT });
  });

  it('says QLIK_API_KEY is missing when only the tenant is set (blank counts as unset)', () => {
    expect(() => resolveConsoleMode({ QLIK_TENANT: TENANT, QLIK_API_KEY: '' })).toThrow(
      /QLIK_TENANT is set but QLIK_API_KEY is missing\. Set both .* \.env\.local.*or neither/,
    );
  });

  it('says QLIK_TENANT is missing when only the key is set', () => {
    expect(() => resolveConsoleMode({ QLIK_API_KEY: 'k' })).toThrow(
      /QLIK_API_KEY is set but QLIK_TENANT is missing/,
    );
  });

  it.each([
    'acme.eu.qlikcloud.com',
    'ftp://acme.example',
    'localhost:3000',
    'https://u:p@a.example',
  ])('refuses QLIK_TENANT=%s with a clear message', (tenant) => {
    expect(() => resolveConsoleMode({ QLIK_TENANT: tenant, QLIK_API_KEY: 'k' })).toThrow(
      /QLIK_TENANT/,
    );
  });

  // The guard's own test: the names are built here so no VITE_ credential name is spelled out.
  it.each(['QLIK_API_KEY', 'QLIK_TOKEN', 'api_secret'].map((name) => `VITE_${name}`))(
    'refuses %s, a credential Vite would ship to the browser',
    (name) => {
      expect(() => resolveConsoleMode({ [name]: 'k', QLIK_TENANT: TENANT })).toThrow(
        new RegExp(`${name} .*browser.*QLIK_API_KEY`),
      );
    },
  );

  it('leaves harmless VITE_ variables alone', () => {
    expect(resolveConsoleMode({ VITE_APP_TITLE: 'CMK' }).kind).toBe('simulator');
  });

  it.each([
    [{ QLIK_READ_ONLY: 'maybe' }, /QLIK_READ_ONLY=maybe/],
    [{ SIM_MIGRATION_MS: '2s' }, /SIM_MIGRATION_MS=2s is not a whole number/],
  ])('refuses unreadable values %o', (env, message) => {
    expect(() => resolveConsoleMode(env)).toThrow(message);
  });
});

describe('resolveTenantRegion', () => {
  it.each([
    ['https://acme.us.qlikcloud.com', 'us-east-1'],
    ['https://acme.eu.qlikcloud.com', 'eu-west-1'],
    ['https://acme.de.qlikcloud.com', 'eu-central-1'],
    ['https://acme.uk.qlikcloud.com', 'eu-west-2'],
    ['https://acme.se.qlikcloud.com', 'eu-north-1'],
    ['https://acme.sg.qlikcloud.com', 'ap-southeast-1'],
    ['https://acme.ap.qlikcloud.com', 'ap-southeast-2'],
    ['https://acme.jp.qlikcloud.com', 'ap-northeast-1'],
  ])('derives the AWS region of %s', (url, region) => {
    expect(resolveTenantRegion(url, undefined)).toBe(region);
  });

  it.each([
    'https://acme.xx.qlikcloud.com',
    'https://acme.qlikcloud.com',
    'https://eu.example.com',
    'http://127.0.0.1:4010',
  ])('does not guess for %s', (url) => {
    expect(resolveTenantRegion(url, undefined)).toBeNull();
  });

  it('prefers QLIK_TENANT_REGION and refuses one that is not a region', () => {
    expect(
      resolveConsoleMode({
        QLIK_TENANT: TENANT,
        QLIK_API_KEY: 'k',
        QLIK_TENANT_REGION: 'us-east-1',
      }),
    ).toMatchObject({
      tenantRegion: 'us-east-1',
    });
    expect(() => resolveTenantRegion(TENANT, 'Frankfurt')).toThrow(/QLIK_TENANT_REGION=Frankfurt/);
  });
});

describe('loadConsoleEnv', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('reads non-VITE variables from .env files, with process.env winning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cmk-env-'));
    writeFileSync(
      join(dir, '.env'),
      'QLIK_TENANT=https://from-env-file.example\nQLIK_READ_ONLY=1\n',
    );
    writeFileSync(join(dir, '.env.local'), 'QLIK_API_KEY=from-local\n');
    vi.stubEnv('QLIK_TENANT', 'https://from-process.example');
    const env = loadConsoleEnv('development', dir);
    expect(env.QLIK_TENANT).toBe('https://from-process.example');
    expect(env.QLIK_API_KEY).toBe('from-local');
    expect(env.QLIK_READ_ONLY).toBe('1');
  });
});

import { describe, expect, it } from 'vitest';
import type { FleetTenant } from './fleet/tenants-file.ts';
import { startupBanner } from './startup-banner.ts';

describe('startupBanner', () => {
  it('names the simulated tenant', () => {
    const lines = startupBanner({
      kind: 'simulator',
      readOnly: false,
      migrationDurationMs: 20_000,
    });
    expect(lines[0]).toBe('Encryption API: simulated tenant (built-in)');
  });

  it('names the tenant, never the key, and notes read-only and cleartext', () => {
    const mode = {
      kind: 'tenant',
      tenantUrl: 'http://acme.example',
      apiKey: 'k-123',
      readOnly: true,
    } as const;
    const text = startupBanner(mode).join('\n');
    expect(text).toContain(
      'Encryption API: proxied to http://acme.example (API key from environment, never sent to the browser)',
    );
    expect(text).toContain('read-only');
    expect(text).toContain('unencrypted');
    expect(text).not.toContain('k-123');
  });

  it('lists a fleet’s tenants with the variables they use, never the values', () => {
    const tenants: FleetTenant[] = [
      {
        id: 'acme',
        name: 'Acme',
        url: 'http://acme.example',
        credentials: { kind: 'api-key', apiKey: 'k-acme', apiKeyEnv: 'ACME_KEY' },
      },
      {
        id: 'globex',
        name: 'Globex',
        url: 'https://globex.us.qlikcloud.com',
        credentials: {
          kind: 'client-credentials',
          clientId: 'c',
          clientSecret: 's-globex',
          clientIdEnv: 'GLOBEX_ID',
          clientSecretEnv: 'GLOBEX_SECRET',
        },
      },
    ];
    const fleet = { kind: 'file', file: 'tenants.json', tenants } as const;
    const text = startupBanner({ kind: 'fleet', readOnly: true, fleet }).join('\n');
    expect(text).toContain('a fleet of 2 tenants from tenants.json');
    expect(text).toContain('acme: http://acme.example (API key ACME_KEY) WARNING');
    expect(text).toContain('globex: https://globex.us.qlikcloud.com (OAuth client GLOBEX_ID)\n');
    expect(text).toContain('read-only');
    expect(text).not.toMatch(/k-acme|s-globex/);
  });

  it('describes a simulated fleet', () => {
    const fleet = {
      kind: 'simulated',
      tenants: [],
      latencyMs: 50,
      migrationDurationMs: 4000,
    } as const;
    const text = startupBanner({
      kind: 'fleet',
      readOnly: false,
      fleet: { ...fleet, tenants: [] },
    });
    expect(text.join('\n')).toMatch(/simulated fleet of 0 tenants[\s\S]*answer after 50 ms/);
  });
});

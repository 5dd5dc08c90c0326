import { describe, expect, it } from 'vitest';
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
});

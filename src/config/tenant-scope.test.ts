import { describe, expect, it } from 'vitest';
import { tenantScopeOf } from './tenant-scope.ts';

describe('tenantScopeOf', () => {
  it('reads the tenant id from /t/<id>/…', () => {
    expect(tenantScopeOf('/t/acme/', '/')).toBe('acme');
    expect(tenantScopeOf('/t/acme', '/')).toBe('acme');
    expect(tenantScopeOf('/t/acme-2/providers/abc/edit', '/')).toBe('acme-2');
  });

  it('works below a sub-path base', () => {
    expect(tenantScopeOf('/cmk/t/globex/migration', '/cmk/')).toBe('globex');
    expect(tenantScopeOf('/t/globex/migration', '/cmk/')).toBeNull();
  });

  it('is null outside a tenant and for ids that are not URL-safe', () => {
    expect(tenantScopeOf('/', '/')).toBeNull();
    expect(tenantScopeOf('/providers/t/acme', '/')).toBeNull();
    expect(tenantScopeOf('/t/', '/')).toBeNull();
    expect(tenantScopeOf('/t/Acme/', '/')).toBeNull();
    expect(tenantScopeOf('/t/%2e%2e/', '/')).toBeNull();
    expect(tenantScopeOf('/tenants/acme', '/')).toBeNull();
  });
});

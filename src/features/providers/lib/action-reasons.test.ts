import { describe, expect, it } from 'vitest';
import { migrationBlockedReason } from './action-reasons.ts';

describe('migrationBlockedReason', () => {
  it('refuses every migration while one runs, naming the target’s progress', () => {
    expect(migrationBlockedReason('migrate', { role: 'target', progress: 42 }, true)).toBe(
      'The tenant is migrating to this key now (42 %).',
    );
    expect(migrationBlockedReason('migrate', null, true)).toContain('A migration is running');
  });

  it('refuses deleting the target and the source only', () => {
    expect(migrationBlockedReason('delete', { role: 'target', progress: 1 }, true)).toContain(
      'target of the running migration',
    );
    expect(migrationBlockedReason('delete', { role: 'source' }, true)).toContain(
      'moving the tenant off this key',
    );
    expect(migrationBlockedReason('delete', null, true)).toBeNull();
  });

  it('refuses nothing when no migration runs', () => {
    expect(migrationBlockedReason('migrate', null, false)).toBeNull();
    expect(migrationBlockedReason('delete', null, false)).toBeNull();
  });
});

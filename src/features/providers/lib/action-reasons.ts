import type { KeyProvider } from '../../../api/model.ts';
import type { MigrationRole } from '../../../lib/migration-roles.ts';
import { READ_ONLY_REASON } from '../../../lib/console-context.ts';

/** Why an action is unavailable for this provider, or null when it can be used. */
export function deleteBlockedReason(provider: KeyProvider, readOnly: boolean): string | null {
  if (provider.isQlikDefault) return 'The Qlik default key provider cannot be deleted.';
  if (provider.current) {
    return 'This key encrypts the tenant’s data now. Migrate the tenant to another key provider before deleting it.';
  }
  return readOnly ? READ_ONLY_REASON : null;
}

export function editBlockedReason(provider: KeyProvider, readOnly: boolean): string | null {
  if (provider.isQlikDefault) return 'The Qlik default key provider cannot be renamed or edited.';
  return readOnly ? READ_ONLY_REASON : null;
}

export function validateBlockedReason(provider: KeyProvider, readOnly: boolean): string | null {
  if (provider.isQlikDefault)
    return 'Qlik manages this key; there is no key policy of yours to check.';
  return readOnly ? READ_ONLY_REASON : null;
}

export function migrateBlockedReason(provider: KeyProvider, readOnly: boolean): string | null {
  if (provider.current) return 'The tenant already uses this key.';
  return readOnly ? READ_ONLY_REASON : null;
}

/** Why the tenant would refuse an action while a migration runs; null when it would not. */
export function migrationBlockedReason(
  action: 'migrate' | 'delete',
  role: MigrationRole,
  running: boolean,
): string | null {
  if (!running) return null;
  if (action === 'migrate') {
    return role?.role === 'target'
      ? `The tenant is migrating to this key now (${role.progress} %).`
      : 'A migration is running; another can start only when it completes.';
  }
  if (role?.role === 'target') {
    return 'This key is the target of the running migration; it cannot be deleted while it runs.';
  }
  if (role?.role === 'source') {
    return 'The running migration is moving the tenant off this key; it cannot be deleted while it runs.';
  }
  return null;
}

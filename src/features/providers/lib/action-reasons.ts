import type { KeyProvider } from '../../../api/model.ts';
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

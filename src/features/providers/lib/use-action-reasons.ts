import { isMigrationRunning, type KeyProvider } from '../../../api/model.ts';
import { useCurrentMigration } from '../../../api/use-current-migration.ts';
import { useConsoleContext } from '../../../lib/console-context.ts';
import { migrationRole } from '../../../lib/migration-roles.ts';
import {
  deleteBlockedReason,
  editBlockedReason,
  migrationBlockedReason,
  migrateBlockedReason,
  validateBlockedReason,
} from './action-reasons.ts';

/** Why an action is unavailable; `migration` when it is the running migration (a link to watch it helps). */
export interface BlockedReason {
  text: string;
  migration: boolean;
}

const fromMigration = (text: string | null): BlockedReason | null =>
  text === null ? null : { text, migration: true };
const fixed = (text: string | null): BlockedReason | null =>
  text === null ? null : { text, migration: false };

/** Every action's reason for this provider, from the console's mode and the shared migration state. */
export function useActionReasons(provider: KeyProvider) {
  const { readOnly } = useConsoleContext();
  const migration = useCurrentMigration().data;
  const running = isMigrationRunning(migration);
  const role = migrationRole(provider, migration);
  return {
    validate: fixed(validateBlockedReason(provider, readOnly)),
    edit: fixed(editBlockedReason(provider, readOnly)),
    migrate:
      fromMigration(migrationBlockedReason('migrate', role, running)) ??
      fixed(migrateBlockedReason(provider, readOnly)),
    delete:
      fromMigration(migrationBlockedReason('delete', role, running)) ??
      fixed(deleteBlockedReason(provider, readOnly)),
  };
}

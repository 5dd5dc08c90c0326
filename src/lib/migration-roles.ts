import { isMigrationRunning, type KeyProvider, type Migration } from '../api/model.ts';
import { isQlikKey } from './provider-label.ts';

/** The part a provider plays in the running migration. */
export type MigrationRole = { role: 'target'; progress: number } | { role: 'source' } | null;

function isTarget(provider: KeyProvider, migration: Migration): boolean {
  if (migration.migratingToFingerprint) {
    return provider.fingerprint === migration.migratingToFingerprint;
  }
  const to = migration.migratingTo;
  return to !== null && (provider.arn === to || (provider.isQlikDefault && isQlikKey(to)));
}

/** The key being replaced: the one named `migratingFrom`, else the current one (still current until the end). */
function isSource(provider: KeyProvider, migration: Migration): boolean {
  const from = migration.migratingFrom;
  if (from && isQlikKey(from)) return provider.isQlikDefault;
  if (from) return provider.arn === from;
  return provider.current;
}

export function migrationRole(
  provider: KeyProvider,
  migration: Migration | null | undefined,
): MigrationRole {
  if (!migration || !isMigrationRunning(migration)) return null;
  if (isTarget(provider, migration)) return { role: 'target', progress: migration.progress ?? 0 };
  return isSource(provider, migration) ? { role: 'source' } : null;
}

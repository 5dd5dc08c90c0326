import { toSecondsTimestamp } from './time.ts';
import { NEVER, type KeyProvider, type MigrationInformation } from './wire.ts';

export interface Migration {
  id: string;
  tenantId: string;
  migratingFrom: string;
  migratingTo: string;
  migratingToFingerprint: string;
  migratingToPrefix: string;
  /** Wire form, nanoseconds included. */
  initiatedAt: string;
  initiatedAtMs: number;
  /** Fixed at start: changing the speed only affects later migrations. */
  durationMs: number;
  /** Whether the target was promoted and the previous key demoted. */
  applied: boolean;
}

export type MigrationState = 'New' | 'InProgress' | 'Completed';

export interface MigrationPhase {
  state: MigrationState;
  progress: number;
}

/** The first 5% of a migration is spent in `New`, like a job waiting for a worker. */
const NEW_SHARE = 0.05;

export function phaseAt(migration: Migration, nowMs: number): MigrationPhase {
  const elapsed = nowMs - migration.initiatedAtMs;
  const { durationMs } = migration;
  if (elapsed >= durationMs) return { state: 'Completed', progress: 100 };
  const newPhaseMs = Math.max(1, Math.round(durationMs * NEW_SHARE));
  if (elapsed < newPhaseMs) return { state: 'New', progress: 0 };
  const share = (elapsed - newPhaseMs) / (durationMs - newPhaseMs);
  return { state: 'InProgress', progress: Math.min(99, Math.floor(share * 100)) };
}

export function isRunning(migration: Migration | null, nowMs: number): boolean {
  return migration !== null && phaseAt(migration, nowMs).state !== 'Completed';
}

export function completedAtMs(migration: Migration): number {
  return migration.initiatedAtMs + migration.durationMs;
}

/** Promotes the target and demotes the previous key, once, whichever request sees the end first. */
export function settle(migration: Migration | null, providers: KeyProvider[], nowMs: number): void {
  if (!migration || migration.applied || isRunning(migration, nowMs)) return;
  const completedAt = toSecondsTimestamp(completedAtMs(migration));
  const target = providers.find((p) => p.arnFingerPrint === migration.migratingToFingerprint);
  for (const provider of providers) {
    if (provider.current && provider !== target) {
      delete provider.current;
      provider.demotedFromCurrentAt = completedAt;
    }
  }
  if (target) {
    target.current = true;
    target.promotedToCurrentAt = completedAt;
  }
  migration.applied = true;
}

/** The details endpoint speaks the spec's spelling: `id`, `migratingToFingerprint`, `progress`. */
export function toDetails(migration: Migration, nowMs: number): MigrationInformation {
  const { state, progress } = phaseAt(migration, nowMs);
  return {
    id: migration.id,
    tenantId: migration.tenantId,
    state,
    progress,
    initiatedAt: migration.initiatedAt,
    completedAt: state === 'Completed' ? toSecondsTimestamp(completedAtMs(migration)) : NEVER,
    migratingFrom: migration.migratingFrom,
    migratingTo: migration.migratingTo,
    migratingToFingerprint: migration.migratingToFingerprint,
    migratingToPrefix: migration.migratingToPrefix,
  };
}

/** The migrate endpoint speaks the tutorial's spelling: `migrationId`, `migratingToFingerPrint`. */
export function toStartedMigration(migration: Migration): MigrationInformation {
  return {
    migrationId: migration.id,
    tenantId: migration.tenantId,
    migratingFrom: migration.migratingFrom,
    migratingTo: migration.migratingTo,
    migratingToFingerPrint: migration.migratingToFingerprint,
    migratingToPrefix: migration.migratingToPrefix,
    state: 'New',
    initiatedAt: migration.initiatedAt,
    completedAt: NEVER,
  };
}

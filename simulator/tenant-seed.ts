import type { Migration } from './migration.ts';
import type { KeyProvider } from './wire.ts';

/** A tenant that answers 429 to every `everyNthRead`-th read (GET), asking to come back later. */
export interface Throttle {
  everyNthRead: number;
  retryAfterSeconds: number;
  readsSeen: number;
}

export interface TenantSeed {
  tenantId: string;
  tenantRegion: string;
  drRegion: string | null;
  providers: KeyProvider[];
  migration: Migration | null;
  throttle?: Throttle;
}

/** What a scenario may depend on when it is loaded: a running migration starts relative to now. */
export interface ScenarioClock {
  nowMs: number;
  migrationDurationMs: number;
}

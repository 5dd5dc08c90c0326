import {
  DEFAULT_MIGRATION_DURATION_MS,
  type ScenarioName,
  type SimulatorOptions,
} from './contract.ts';
import type { Fault } from './faults.ts';
import { createOAuthState, type OAuthState } from './oauth/oauth-state.ts';
import type { LogEntry } from './request-log.ts';
import { isScenarioName, loadScenario, type TenantSeed } from './scenarios.ts';

/** Everything the simulator knows; one per `createSimulator` call. */
export interface SimContext {
  scenario: ScenarioName;
  tenant: TenantSeed;
  migrationDurationMs: number;
  faults: Fault[];
  log: LogEntry[];
  /** Codes and tokens: not part of a snapshot, so a restarted tenant forgets its sessions. */
  readonly oauth: OAuthState;
  readonly now: () => number;
  readonly apiKey: string | undefined;
  readonly configuredDurationMs: number;
}

/** What survives a restart of the simulated tenant. */
export interface Snapshot {
  scenario: ScenarioName;
  tenant: TenantSeed;
  migrationDurationMs: number;
}

export function snapshotOf(ctx: SimContext): Snapshot {
  return {
    scenario: ctx.scenario,
    tenant: ctx.tenant,
    migrationDurationMs: ctx.migrationDurationMs,
  };
}

function isSnapshot(value: unknown): value is Snapshot {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Snapshot>;
  return (
    isScenarioName(candidate.scenario) &&
    typeof candidate.migrationDurationMs === 'number' &&
    typeof candidate.tenant?.tenantId === 'string' &&
    Array.isArray(candidate.tenant.providers)
  );
}

export function createContext(options: SimulatorOptions): SimContext {
  const configuredDurationMs = options.migrationDurationMs ?? DEFAULT_MIGRATION_DURATION_MS;
  const restored = options.store?.load();
  const saved = isSnapshot(restored) ? restored : undefined;
  const scenario = saved?.scenario ?? options.scenario ?? 'default';
  const now = options.now ?? Date.now;
  return {
    scenario,
    tenant:
      saved?.tenant ??
      loadScenario(scenario, { nowMs: now(), migrationDurationMs: configuredDurationMs }),
    migrationDurationMs: saved?.migrationDurationMs ?? configuredDurationMs,
    faults: [],
    log: [],
    oauth: createOAuthState(options.oauthClients),
    now,
    apiKey: options.apiKey,
    configuredDurationMs,
  };
}

/** Loads a scenario; the migration speed goes back to the configured one unless one is given. */
export function resetContext(
  ctx: SimContext,
  scenario: ScenarioName,
  migrationDurationMs = ctx.configuredDurationMs,
): void {
  ctx.scenario = scenario;
  ctx.migrationDurationMs = migrationDurationMs;
  ctx.tenant = loadScenario(scenario, { nowMs: ctx.now(), migrationDurationMs });
  ctx.faults = [];
  ctx.log = [];
}

export function currentProvider(ctx: SimContext) {
  return ctx.tenant.providers.find((provider) => provider.current === true);
}

export function findProvider(ctx: SimContext, fingerprint: string) {
  return ctx.tenant.providers.find((provider) => provider.arnFingerPrint === fingerprint);
}

export function isQlikDefault(ctx: SimContext, fingerprint: string | undefined): boolean {
  return fingerprint === ctx.tenant.tenantId;
}

import type { ScenarioName, SimulatorOptions } from './contract.ts';
import type { Fault } from './faults.ts';
import type { LogEntry } from './request-log.ts';
import { loadScenario, type TenantSeed } from './scenarios.ts';

export const DEFAULT_MIGRATION_DURATION_MS = 20_000;

/** Everything the simulator knows; one per `createSimulator` call. */
export interface SimContext {
  scenario: ScenarioName;
  tenant: TenantSeed;
  migrationDurationMs: number;
  faults: Fault[];
  log: LogEntry[];
  readonly now: () => number;
  readonly apiKey: string | undefined;
  readonly configuredDurationMs: number;
}

export function createContext(options: SimulatorOptions): SimContext {
  const scenario = options.scenario ?? 'default';
  const configuredDurationMs = options.migrationDurationMs ?? DEFAULT_MIGRATION_DURATION_MS;
  return {
    scenario,
    tenant: loadScenario(scenario),
    migrationDurationMs: configuredDurationMs,
    faults: [],
    log: [],
    now: options.now ?? Date.now,
    apiKey: options.apiKey,
    configuredDurationMs,
  };
}

export function resetContext(ctx: SimContext, scenario: ScenarioName): void {
  ctx.scenario = scenario;
  ctx.tenant = loadScenario(scenario);
  ctx.migrationDurationMs = ctx.configuredDurationMs;
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

import type { ScenarioName } from './contract.ts';
import { largeTenant } from './seed-large.ts';
import { freshTenant, referenceTenant } from './seed-reference.ts';
import { busyTenant, failingValidationTenant, migratingTenant } from './seed-stories.ts';
import type { ScenarioClock, TenantSeed } from './tenant-seed.ts';

export type { ScenarioClock, TenantSeed, Throttle } from './tenant-seed.ts';

const SEEDS: Record<ScenarioName, (clock: ScenarioClock) => TenantSeed> = {
  default: referenceTenant,
  fresh: freshTenant,
  migrating: migratingTenant,
  'failing-validation': failingValidationTenant,
  busy: busyTenant,
  large: largeTenant,
};

export const SCENARIO_NAMES = Object.keys(SEEDS) as readonly ScenarioName[];

export function isScenarioName(value: unknown): value is ScenarioName {
  return SCENARIO_NAMES.includes(value as ScenarioName);
}

/** A fresh, unshared copy every time: handlers mutate what they get. */
export function loadScenario(name: ScenarioName, clock: ScenarioClock): TenantSeed {
  return SEEDS[name](clock);
}

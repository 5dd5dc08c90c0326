import { DEFAULT_MIGRATION_DURATION_MS } from '../../simulator/contract.ts';
import { parseWholeNumber, readSetting } from '../common/env-values.ts';
import { parseFleetSize, simulatedFleet, type SimulatedTenant } from './simulated-fleet.ts';
import { loadTenantsFile, type FleetTenant } from './tenants-file.ts';

type Env = Record<string, string | undefined>;

export type FleetSource =
  | { kind: 'file'; file: string; tenants: FleetTenant[] }
  | {
      kind: 'simulated';
      tenants: SimulatedTenant[];
      /** Every simulated tenant answers after this delay (SIM_LATENCY_MS). */
      latencyMs: number;
      migrationDurationMs: number;
    };

/** Settings of the single-tenant modes (and every QLIK_OAUTH_*); a fleet names its tenants instead. */
const SINGLE_TENANT = /^(QLIK_TENANT|QLIK_API_KEY|QLIK_TENANT_REGION|QLIK_OAUTH_\w+)$/;

function refuseSingleTenantSettings(env: Env, fleetVariable: string) {
  const set = Object.keys(env)
    .filter((name) => SINGLE_TENANT.test(name) && readSetting(env, name) !== undefined)
    .sort();
  if (set.length === 0) return;
  throw new Error(
    `${fleetVariable} and ${set.join(', ')} are both set: choose one mode. A fleet takes each ` +
      `tenant's URL and credentials from ${fleetVariable === 'SIM_FLEET' ? 'its simulators' : 'the tenants file'}; unset ${set.join(', ')}, or unset ${fleetVariable} for one tenant.`,
  );
}

/**
 * A fleet of tenants, from CONSOLE_TENANTS_FILE (validated, secrets from `env`) or SIM_FLEET
 * (simulated tenants in-process); undefined when neither is set. Throws with the reason.
 */
export function resolveFleet(env: Env): FleetSource | undefined {
  const file = readSetting(env, 'CONSOLE_TENANTS_FILE');
  const size = readSetting(env, 'SIM_FLEET');
  const latency = readSetting(env, 'SIM_LATENCY_MS');
  if (file && size) {
    throw new Error(
      'CONSOLE_TENANTS_FILE and SIM_FLEET are both set: choose one. The file lists real tenants; SIM_FLEET simulates a fleet.',
    );
  }
  if (latency !== undefined && !size) {
    throw new Error(
      'SIM_LATENCY_MS applies to simulated fleets only: set SIM_FLEET too, or unset it.',
    );
  }
  if (file) {
    refuseSingleTenantSettings(env, 'CONSOLE_TENANTS_FILE');
    return { kind: 'file', file, tenants: loadTenantsFile(file, env) };
  }
  if (!size) return undefined;
  refuseSingleTenantSettings(env, 'SIM_FLEET');
  return {
    kind: 'simulated',
    tenants: simulatedFleet(parseFleetSize(size)),
    latencyMs: parseWholeNumber('SIM_LATENCY_MS', latency, 0),
    migrationDurationMs: parseWholeNumber(
      'SIM_MIGRATION_MS',
      readSetting(env, 'SIM_MIGRATION_MS'),
      DEFAULT_MIGRATION_DURATION_MS,
    ),
  };
}

/** Every secret a fleet holds: API keys and client secrets (client ids are not secret). */
export function fleetSecrets(fleet: FleetSource): string[] {
  if (fleet.kind === 'simulated') return [];
  return fleet.tenants.map(({ credentials }) =>
    credentials.kind === 'api-key' ? credentials.apiKey : credentials.clientSecret,
  );
}

import { DEFAULT_MIGRATION_DURATION_MS } from '../simulator/contract.ts';
import { resolveSignIn, type SignInSettings } from './auth/signin-mode.ts';
import { parseFlag, parseWholeNumber, readSetting } from './common/env-values.ts';
import { resolveAllowedHosts } from './console-hosts.ts';
import { fleetSecrets, resolveFleet, type FleetSource } from './fleet/fleet-mode.ts';

export type ConsoleMode = (
  | {
      kind: 'tenant';
      tenantUrl: string;
      apiKey: string;
      readOnly: boolean;
      /** The tenant's AWS region, for the UI's key hints; null (or absent) when unknown. */
      tenantRegion?: string | null;
    }
  | {
      /** Each admin signs in with their own Qlik account; the server holds their tokens. */
      kind: 'signin';
      tenantUrl: string;
      readOnly: boolean;
      tenantRegion: string | null;
      signIn: SignInSettings;
    }
  | { kind: 'simulator'; readOnly: boolean; migrationDurationMs: number }
  | {
      /** Many tenants, each under `/t/<id>/`: from CONSOLE_TENANTS_FILE, or simulated (SIM_FLEET). */
      kind: 'fleet';
      readOnly: boolean;
      fleet: FleetSource;
    }
) & {
  /** CONSOLE_ALLOWED_HOSTS: names a reverse proxy serves the console under (console-hosts.ts). */
  allowedHosts?: readonly string[];
};

/** What must never appear in a log line for this mode. */
export function secretsOf(mode: ConsoleMode): string[] {
  if (mode.kind === 'tenant') return [mode.apiKey];
  if (mode.kind === 'signin') {
    const { clientSecret, sessionSecrets } = mode.signIn;
    return [clientSecret, ...(sessionSecrets ?? [])];
  }
  if (mode.kind === 'fleet') return fleetSecrets(mode.fleet);
  return [];
}

export type Env = Record<string, string | undefined>;

/** A variable Vite would publish to the browser whose name says it holds a secret. */
const BROWSER_CREDENTIAL = /^VITE_\w*(KEY|TOKEN|SECRET|PASSWORD)\w*$/i;

const BOTH_OR_NEITHER =
  'Set both QLIK_TENANT and QLIK_API_KEY (in the environment or in .env.local) to use a real tenant, ' +
  'or neither to use the built-in simulated tenant.';

function parseTenantUrl(value: string): string {
  const example = 'e.g. QLIK_TENANT=https://your-tenant.eu.qlikcloud.com';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`QLIK_TENANT=${value} is not a URL (${example}).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`QLIK_TENANT must start with https:// (${example}); got ${value}.`);
  }
  if (url.username || url.password) {
    throw new Error('QLIK_TENANT must not contain credentials; put the API key in QLIK_API_KEY.');
  }
  return url.origin;
}

/** Qlik Cloud region codes in tenant hosts (`<tenant>.<code>.qlikcloud.com`) → AWS regions. */
const AWS_REGION_BY_HOST_CODE: Record<string, string> = {
  us: 'us-east-1',
  eu: 'eu-west-1',
  de: 'eu-central-1',
  uk: 'eu-west-2',
  se: 'eu-north-1',
  sg: 'ap-southeast-1',
  ap: 'ap-southeast-2',
  jp: 'ap-northeast-1',
};

const AWS_REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;

/** QLIK_TENANT_REGION when set, else the AWS region of the tenant host's region code, else null. */
export function resolveTenantRegion(tenantUrl: string, configured: string | undefined) {
  if (configured !== undefined) {
    if (!AWS_REGION.test(configured)) {
      throw new Error(
        `QLIK_TENANT_REGION=${configured} is not an AWS region (expected e.g. QLIK_TENANT_REGION=eu-west-1).`,
      );
    }
    return configured;
  }
  const labels = new URL(tenantUrl).hostname.split('.');
  const code =
    labels.length === 4 && labels.slice(2).join('.') === 'qlikcloud.com' ? labels[1] : '';
  return AWS_REGION_BY_HOST_CODE[code ?? ''] ?? null;
}

/**
 * Where the console's API goes, from QLIK_TENANT, QLIK_API_KEY, QLIK_READ_ONLY, QLIK_TENANT_REGION
 * and SIM_MIGRATION_MS; sign-in mode from QLIK_OAUTH_* and CONSOLE_ORIGIN (auth/signin-mode.ts);
 * a fleet from CONSOLE_TENANTS_FILE or SIM_FLEET (fleet/fleet-mode.ts); CONSOLE_ALLOWED_HOSTS.
 */
export function resolveConsoleMode(env: Env): ConsoleMode {
  const mode = resolveModeKind(env);
  const allowedHosts = resolveAllowedHosts(env);
  return allowedHosts.length > 0 ? { ...mode, allowedHosts } : mode;
}

function resolveModeKind(env: Env): ConsoleMode {
  const leaking = Object.keys(env).find((name) => BROWSER_CREDENTIAL.test(name));
  if (leaking) {
    throw new Error(
      `${leaking} is set: Vite ships every VITE_ variable to the browser, and this looks like a ` +
        'credential. Remove it; put the API key in QLIK_API_KEY (read on the server only).',
    );
  }
  const tenant = readSetting(env, 'QLIK_TENANT');
  const apiKey = readSetting(env, 'QLIK_API_KEY');
  const readOnly = parseFlag('QLIK_READ_ONLY', readSetting(env, 'QLIK_READ_ONLY'));
  const fleet = resolveFleet(env);
  if (fleet) return { kind: 'fleet', readOnly, fleet };
  const signIn = resolveSignIn(env);
  if (signIn) {
    if (!tenant) throw new Error(`Sign-in mode needs QLIK_TENANT, the tenant's URL.`);
    const tenantUrl = parseTenantUrl(tenant);
    const tenantRegion = resolveTenantRegion(tenantUrl, readSetting(env, 'QLIK_TENANT_REGION'));
    return { kind: 'signin', tenantUrl, readOnly, tenantRegion, signIn };
  }
  if (tenant && apiKey) {
    const tenantUrl = parseTenantUrl(tenant);
    const tenantRegion = resolveTenantRegion(tenantUrl, readSetting(env, 'QLIK_TENANT_REGION'));
    return { kind: 'tenant', tenantUrl, apiKey, readOnly, tenantRegion };
  }
  if (tenant) throw new Error(`QLIK_TENANT is set but QLIK_API_KEY is missing. ${BOTH_OR_NEITHER}`);
  if (apiKey) throw new Error(`QLIK_API_KEY is set but QLIK_TENANT is missing. ${BOTH_OR_NEITHER}`);
  const migration = readSetting(env, 'SIM_MIGRATION_MS');
  const migrationDurationMs = parseWholeNumber(
    'SIM_MIGRATION_MS',
    migration,
    DEFAULT_MIGRATION_DURATION_MS,
  );
  return { kind: 'simulator', readOnly, migrationDurationMs };
}

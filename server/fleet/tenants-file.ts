import { readFileSync } from 'node:fs';
import * as z from 'zod';

type Env = Record<string, string | undefined>;

/** The secrets, and the names of the variables they came from (for messages; never the values). */
export type TenantCredentials =
  | { kind: 'api-key'; apiKey: string; apiKeyEnv: string }
  | {
      kind: 'client-credentials';
      clientId: string;
      clientSecret: string;
      clientIdEnv: string;
      clientSecretEnv: string;
    };

export interface FleetTenant {
  id: string;
  name: string;
  /** The tenant's origin. */
  url: string;
  credentials: TenantCredentials;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const envName = z.string().regex(ENV_NAME, 'must be the name of an environment variable');

const tenantSchema = z
  .strictObject({
    id: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9-]{0,62}$/,
        'must be lower-case letters, digits and dashes (URL-safe)',
      ),
    name: z.string().trim().min(1, 'must not be empty'),
    url: z.url({
      protocol: /^https?$/,
      error: 'must be the tenant URL, e.g. https://acme.eu.qlikcloud.com',
    }),
    apiKeyEnv: envName.optional(),
    clientIdEnv: envName.optional(),
    clientSecretEnv: envName.optional(),
  })
  .superRefine((tenant, context) => {
    const key = tenant.apiKeyEnv !== undefined;
    const client = tenant.clientIdEnv !== undefined || tenant.clientSecretEnv !== undefined;
    if (key === client) {
      context.addIssue({
        code: 'custom',
        path: [],
        message: 'needs either apiKeyEnv, or clientIdEnv and clientSecretEnv',
      });
    } else if (client && (!tenant.clientIdEnv || !tenant.clientSecretEnv)) {
      const missing = tenant.clientIdEnv ? 'clientSecretEnv' : 'clientIdEnv';
      context.addIssue({ code: 'custom', path: [missing], message: 'is missing' });
    }
  });

const fileSchema = z.strictObject({
  tenants: z.array(tenantSchema).min(1, 'must list at least one tenant'),
});

type TenantEntry = z.infer<typeof tenantSchema>;

/** A problem with the tenants file, every one of them named, so start-up can stop with all at once. */
export class TenantsFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is not a valid tenants file:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TenantsFileError';
  }
}

function where(data: unknown, path: readonly PropertyKey[]): string {
  const [first, index, ...rest] = path;
  if (first !== 'tenants' || typeof index !== 'number') return path.join('.') || 'the file';
  const tenants = (data as { tenants?: { id?: unknown }[] }).tenants;
  const id = tenants?.[index]?.id;
  const label = typeof id === 'string' && id ? `tenant "${id}"` : `tenant #${index + 1}`;
  return rest.length > 0 ? `${label}: ${rest.join('.')}` : label;
}

function readEnv(env: Env, tenant: TenantEntry, field: keyof TenantEntry, problems: string[]) {
  const name = tenant[field];
  const value = name ? env[name]?.trim() : undefined;
  if (!value)
    problems.push(`tenant "${tenant.id}": ${field}: environment variable ${name ?? ''} is not set`);
  return value ?? '';
}

function credentialsOf(tenant: TenantEntry, env: Env, problems: string[]): TenantCredentials {
  if (tenant.apiKeyEnv) {
    const apiKey = readEnv(env, tenant, 'apiKeyEnv', problems);
    return { kind: 'api-key', apiKey, apiKeyEnv: tenant.apiKeyEnv };
  }
  return {
    kind: 'client-credentials',
    clientId: readEnv(env, tenant, 'clientIdEnv', problems),
    clientSecret: readEnv(env, tenant, 'clientSecretEnv', problems),
    clientIdEnv: tenant.clientIdEnv ?? '',
    clientSecretEnv: tenant.clientSecretEnv ?? '',
  };
}

/** The tenants of a fleet from the file's JSON text; secrets come from `env`, never the file. */
export function parseTenantsFile(file: string, text: string, env: Env): FleetTenant[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TenantsFileError(file, [`not JSON: ${reason}`]);
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${where(data, issue.path)}: ${issue.message}`,
    );
    throw new TenantsFileError(file, problems);
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  const tenants = parsed.data.tenants.map((tenant) => {
    if (seen.has(tenant.id)) problems.push(`tenant "${tenant.id}": id: appears more than once`);
    seen.add(tenant.id);
    const url = new URL(tenant.url);
    if (url.username || url.password || url.pathname !== '/' || url.search) {
      problems.push(
        `tenant "${tenant.id}": url: must be the tenant's origin only, e.g. https://acme.eu.qlikcloud.com`,
      );
    }
    const credentials = credentialsOf(tenant, env, problems);
    return { id: tenant.id, name: tenant.name, url: url.origin, credentials };
  });
  if (problems.length > 0) throw new TenantsFileError(file, problems);
  return tenants;
}

export function loadTenantsFile(file: string, env: Env): FleetTenant[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TenantsFileError(file, [`cannot be read: ${reason}`]);
  }
  return parseTenantsFile(file, text, env);
}

import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from './queries.ts';
import { isApiError } from './api-error.ts';
import { readErrorResponse } from './read-error-response.ts';
import { send } from './transport.ts';
import { scopedPath, tenantScope } from '../config/tenant-scope.ts';

/** One tenant of a fleet, as the console's server lists it. */
export interface FleetMember {
  id: string;
  name: string;
  /** The tenant's origin; null for a simulated tenant. */
  url: string | null;
}

/** What the console's server says about where the API goes (never the key). */
export interface ConsoleInfo {
  /** `fleet`: the console serves several tenants, each under `/t/<id>/` (see tenant-scope.ts). */
  mode: 'tenant' | 'simulator' | 'fleet';
  tenantUrl: string | null;
  readOnly: boolean;
  /** The tenant's AWS region (for key hints); null when the server does not know it. */
  tenantRegion: string | null;
  /** `signin`: each person signs in with their own Qlik account; `none`: the server's API key. */
  auth: 'signin' | 'none';
  /** Fleet mode: the tenants, in the order the configuration lists them. */
  tenants: FleetMember[];
  /** In a tenant of a fleet: which one. */
  tenant: { id: string; name: string } | null;
}

const SIMULATED: ConsoleInfo = {
  mode: 'simulator',
  tenantUrl: null,
  readOnly: false,
  tenantRegion: null,
  auth: 'none',
  tenants: [],
  tenant: null,
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function readMember(raw: unknown): FleetMember | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.name !== 'string') return null;
  return { id: raw.id, name: raw.name, url: typeof raw.url === 'string' ? raw.url : null };
}

function readTenant(raw: unknown): ConsoleInfo['tenant'] {
  if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.name !== 'string') return null;
  return { id: raw.id, name: raw.name };
}

const MODES = ['tenant', 'simulator', 'fleet'] as const;

function readConsoleInfo(raw: unknown): ConsoleInfo {
  if (typeof raw !== 'object' || raw === null) return SIMULATED;
  const info = raw as Partial<Record<keyof ConsoleInfo, unknown>>;
  return {
    mode: MODES.find((mode) => mode === info.mode) ?? 'simulator',
    tenantUrl: typeof info.tenantUrl === 'string' ? info.tenantUrl : null,
    readOnly: info.readOnly === true,
    tenantRegion: typeof info.tenantRegion === 'string' ? info.tenantRegion : null,
    auth: info.auth === 'signin' ? 'signin' : 'none',
    tenants: Array.isArray(info.tenants)
      ? info.tenants.map(readMember).filter((member) => member !== null)
      : [],
    tenant: readTenant(info.tenant),
  };
}

export const consoleInfoQuery = queryOptions({
  queryKey: queryKeys.consoleInfo,
  queryFn: async ({ signal }) => {
    const response = await send(scopedPath('/__console/info'), { signal });
    // Under /t/<id>/ of a fleet, a 404 is the answer "no such tenant": a description without one.
    if (response.status === 404 && tenantScope) return { ...SIMULATED, tenant: null };
    if (!response.ok) throw await readErrorResponse('unknown', response);
    return readConsoleInfo(await response.json());
  },
  staleTime: Infinity,
  // A 404 is an answer (in a fleet: no such tenant), not a hiccup to wait out.
  retry: (failures, error) => !(isApiError(error) && error.status === 404) && failures < 3,
});

export function tenantLabel(info: ConsoleInfo | undefined): string {
  if (!info) return 'Connecting…';
  if (info.mode === 'fleet') return `${info.tenants.length} tenants`;
  if (info.mode === 'simulator' || !info.tenantUrl) return 'Simulated tenant';
  return new URL(info.tenantUrl).host;
}

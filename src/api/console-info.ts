import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from './queries.ts';
import { send } from './transport.ts';

/** What the console's server says about where the API goes (never the key). */
export interface ConsoleInfo {
  mode: 'tenant' | 'simulator';
  tenantUrl: string | null;
  readOnly: boolean;
  /** The tenant's AWS region (for key hints); null when the server does not know it. */
  tenantRegion: string | null;
  /** `signin`: each person signs in with their own Qlik account; `none`: the server's API key. */
  auth: 'signin' | 'none';
}

const SIMULATED: ConsoleInfo = {
  mode: 'simulator',
  tenantUrl: null,
  readOnly: false,
  tenantRegion: null,
  auth: 'none',
};

function readConsoleInfo(raw: unknown): ConsoleInfo {
  if (typeof raw !== 'object' || raw === null) return SIMULATED;
  const info = raw as Partial<ConsoleInfo>;
  return {
    mode: info.mode === 'tenant' ? 'tenant' : 'simulator',
    tenantUrl: typeof info.tenantUrl === 'string' ? info.tenantUrl : null,
    readOnly: info.readOnly === true,
    tenantRegion: typeof info.tenantRegion === 'string' ? info.tenantRegion : null,
    auth: info.auth === 'signin' ? 'signin' : 'none',
  };
}

export const consoleInfoQuery = queryOptions({
  queryKey: queryKeys.consoleInfo,
  queryFn: async ({ signal }) => {
    const response = await send('/__console/info', { signal });
    if (!response.ok) throw new Error(`Console info unavailable (HTTP ${response.status})`);
    return readConsoleInfo(await response.json());
  },
  staleTime: Infinity,
});

export function tenantLabel(info: ConsoleInfo | undefined): string {
  if (!info) return 'Connecting…';
  if (info.mode === 'simulator' || !info.tenantUrl) return 'Simulated tenant';
  return new URL(info.tenantUrl).host;
}

import type { Simulator, SimulatorOptions } from '../simulator/contract.ts';
import { createApiProxy } from './api-proxy.ts';
import { isCrossOriginRequest } from './cross-origin.ts';
import type { ConsoleMode } from './mode.ts';
import { standardErrorResponse } from './standard-error.ts';
import { simulatorUpstream, tenantUpstream } from './upstream.ts';

type FetchHandler = (request: Request) => Promise<Response>;

export type ConsoleRoute = 'api' | 'control' | 'info';

/** The embedded simulator accepts any bearer; the proxy needs one to add. */
export const SIMULATED_TENANT_KEY = 'simulated-tenant';

export interface ConsoleRouteOptions {
  createSimulator: (options: SimulatorOptions) => Simulator | Promise<Simulator>;
  log: (line: string) => void;
}

/** Which of the console's server routes a (normalised) path belongs to, if any. */
export function routeOf(pathname: string): ConsoleRoute | undefined {
  if (pathname === '/api' || pathname.startsWith('/api/')) return 'api';
  if (pathname.startsWith('/__sim/')) return 'control';
  if (pathname === '/__console/info') return 'info';
  return undefined;
}

const noControlApi: FetchHandler = () =>
  Promise.resolve(
    standardErrorResponse(404, {
      code: 'CMK-PROXY-NOT-ALLOWED',
      title: 'No simulator here',
      detail: 'The simulator control API exists only when the console uses the simulated tenant.',
    }),
  );

function controlApi(simulator: Simulator): FetchHandler {
  return async (request) => {
    if (isCrossOriginRequest(request)) {
      const detail = 'Only pages served by this console may call the simulator control API.';
      const error = {
        code: 'CMK-PROXY-CROSS-ORIGIN',
        title: 'Cross-origin request refused',
        detail,
      };
      return standardErrorResponse(403, error);
    }
    request.headers.set('authorization', `Bearer ${SIMULATED_TENANT_KEY}`);
    return simulator.handle(request);
  };
}

/** The embedded simulator's region, asked on every call: its scenario can change at run time. */
async function simulatedRegion(simulator: Simulator): Promise<string | null> {
  const request = new Request('http://simulator.local/__sim/state', {
    headers: { authorization: `Bearer ${SIMULATED_TENANT_KEY}` },
  });
  try {
    const response = await simulator.handle(request);
    const state = (await response.json()) as { tenantRegion?: unknown };
    return typeof state.tenantRegion === 'string' ? state.tenantRegion : null;
  } catch {
    return null;
  }
}

function consoleInfo(mode: ConsoleMode, simulator?: Simulator): FetchHandler {
  const tenantUrl = mode.kind === 'tenant' ? mode.tenantUrl : null;
  const configuredRegion = mode.kind === 'tenant' ? (mode.tenantRegion ?? null) : null;
  return async () => {
    const tenantRegion = simulator ? await simulatedRegion(simulator) : configuredRegion;
    const body = { mode: mode.kind, tenantUrl, readOnly: mode.readOnly, tenantRegion };
    return Response.json(body, { headers: { 'cache-control': 'no-store' } });
  };
}

/** The fetch-style handler of each route, for one mode. The simulator is only created in its mode. */
export async function createConsoleRoutes(
  mode: ConsoleMode,
  options: ConsoleRouteOptions,
): Promise<Record<ConsoleRoute, FetchHandler>> {
  const { log } = options;
  if (mode.kind === 'tenant') {
    const { tenantUrl, apiKey, readOnly } = mode;
    const api = createApiProxy({ upstream: tenantUpstream(tenantUrl), apiKey, readOnly, log });
    return { api, control: noControlApi, info: consoleInfo(mode) };
  }
  const simulator = await options.createSimulator({
    migrationDurationMs: mode.migrationDurationMs,
  });
  const upstream = simulatorUpstream(simulator);
  const { readOnly } = mode;
  const api = createApiProxy({ upstream, apiKey: SIMULATED_TENANT_KEY, readOnly, log });
  return { api, control: controlApi(simulator), info: consoleInfo(mode, simulator) };
}

import { Hono } from 'hono';
import { createApiProxyApp } from '../proxy/api-proxy-app.ts';
import { simulatorUpstream, tenantUpstream } from '../proxy/upstream.ts';
import type { Simulator, SimulatorOptions } from '../simulator/contract.ts';
import { controlApp, infoApp, SIMULATED_TENANT_KEY } from './console-routes.ts';
import type { ConsoleMode } from './mode.ts';
import { consoleSecurityHeaders } from './security-headers.ts';

export interface ConsoleAppOptions {
  createSimulator: (options: SimulatorOptions) => Simulator | Promise<Simulator>;
  /** Receives lines already redacted. */
  log: (line: string) => void;
  /** The production-like serve sends the security headers on every response. */
  securityHeaders?: boolean;
}

/** Where `/api` goes: the tenant with its key, or a simulator created for this mode. */
async function apiTarget(mode: ConsoleMode, options: ConsoleAppOptions) {
  if (mode.kind === 'tenant') {
    return { upstream: tenantUpstream(mode.tenantUrl), apiKey: mode.apiKey, simulator: undefined };
  }
  const simulator = await options.createSimulator({
    migrationDurationMs: mode.migrationDurationMs,
  });
  return { upstream: simulatorUpstream(simulator), apiKey: SIMULATED_TENANT_KEY, simulator };
}

/**
 * The console's server routes for one mode, as one Hono app: `/api` (the allow-listing proxy to
 * the tenant or to the embedded simulator), `/__sim` (the simulator's control API, simulator
 * mode only) and `/__console/info`. Hosts add what else they serve (Vite's own middleware,
 * static files) on the paths this app leaves unmatched.
 */
export async function createConsoleApp(mode: ConsoleMode, options: ConsoleAppOptions) {
  const { upstream, apiKey, simulator } = await apiTarget(mode, options);
  const app = new Hono();
  if (options.securityHeaders) app.use(consoleSecurityHeaders);
  const { readOnly } = mode;
  return app
    .route('/api', createApiProxyApp({ upstream, apiKey, readOnly, log: options.log }))
    .route('/__sim', controlApp(simulator))
    .route('/__console/info', infoApp(mode, simulator));
}
